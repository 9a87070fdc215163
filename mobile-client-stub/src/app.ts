import type { Api } from './api';
import type { SessionStore } from './session';

/** What every view gets: the typed API, the session, and where to draw. */
export interface Ctx {
  api: Api;
  session: SessionStore;
  main: HTMLElement;
  params: Record<string, string>;
  /** Go somewhere else (a hash route). */
  go: (route: string) => void;
  /** Draw the view again (after a language switch or a change). */
  refresh: () => void;
}

/** A view draws into ctx.main and may return a function that stops what it started (a live stream). */
export type View = (ctx: Ctx) => void | (() => void) | Promise<void | (() => void)>;
