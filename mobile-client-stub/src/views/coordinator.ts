import type { Ctx } from '../app';
import { h } from '../dom';
export function queueView(ctx: Ctx): void { ctx.main.append(h('h1', {}, 'queueView')); }
export function verifyView(ctx: Ctx): void { ctx.main.append(h('h1', {}, 'verifyView')); }
