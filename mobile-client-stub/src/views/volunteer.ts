import type { Ctx } from '../app';
import { h } from '../dom';
export function offersView(ctx: Ctx): void { ctx.main.append(h('h1', {}, 'offersView')); }
export function profileView(ctx: Ctx): void { ctx.main.append(h('h1', {}, 'profileView')); }
