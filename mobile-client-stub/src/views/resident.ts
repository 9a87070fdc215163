import type { Ctx } from '../app';
import { h } from '../dom';
export function requestsView(ctx: Ctx): void { ctx.main.append(h('h1', {}, 'requestsView')); }
export function newRequestView(ctx: Ctx): void { ctx.main.append(h('h1', {}, 'newRequestView')); }
export function requestDetailView(ctx: Ctx): void { ctx.main.append(h('h1', {}, 'requestDetailView')); }
