import type { Ctx } from '../app';
import { h } from '../dom';
export function inboxView(ctx: Ctx): void { ctx.main.append(h('h1', {}, 'inboxView')); }
