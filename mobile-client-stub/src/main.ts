import './styles.css';
import { createApi } from './api';
import type { Ctx, View } from './app';
import { h } from './dom';
import { currentLang, initLang, setLang, t, type TextKey } from './i18n';
import { homeRoute, SessionStore } from './session';
import type { Role } from './types';
import { loginView, registerView } from './views/login';
import { newRequestView, requestDetailView, requestsView } from './views/resident';
import { offersView, profileView } from './views/volunteer';
import { inboxView } from './views/inbox';
import { queueView, verifyView } from './views/coordinator';
import { signalQueueView } from './views/signals';
import { trendsView } from './views/trends';

initLang(localStorage);
const session = new SessionStore(sessionStorage);
const api = createApi({
  baseUrl: location.origin,
  session,
  onSessionEnded: () => {
    sessionEnded = true;
    go('#/login');
  },
});
let sessionEnded = false;

interface Route {
  pattern: RegExp;
  view: View;
  /** Roles that see it; empty = anyone logged in; undefined = also anonymous */
  roles?: Role[];
}

const ROUTES: Route[] = [
  { pattern: /^#\/login$/, view: loginView },
  { pattern: /^#\/register$/, view: registerView },
  { pattern: /^#\/requests$/, view: requestsView, roles: ['RESIDENT', 'MANTELZORGER', 'VET_STAFF'] },
  { pattern: /^#\/requests\/new$/, view: newRequestView, roles: ['RESIDENT', 'MANTELZORGER', 'VET_STAFF'] },
  { pattern: /^#\/requests\/(?<id>\d+)$/, view: requestDetailView, roles: ['RESIDENT', 'MANTELZORGER', 'VET_STAFF', 'COORDINATOR'] },
  { pattern: /^#\/offers$/, view: offersView, roles: ['VOLUNTEER'] },
  { pattern: /^#\/profile$/, view: profileView, roles: ['VOLUNTEER'] },
  { pattern: /^#\/inbox$/, view: inboxView, roles: [] },
  { pattern: /^#\/queue$/, view: queueView, roles: ['COORDINATOR', 'VET_STAFF'] },
  { pattern: /^#\/verify$/, view: verifyView, roles: ['COORDINATOR'] },
  { pattern: /^#\/signals$/, view: signalQueueView, roles: ['COORDINATOR', 'VET_STAFF'] },
  { pattern: /^#\/trends$/, view: trendsView, roles: ['COORDINATOR', 'VET_STAFF'] },
];

const NAV: Array<{ route: string; text: TextKey; roles: Role[] }> = [
  { route: '#/requests', text: 'navRequests', roles: ['RESIDENT', 'MANTELZORGER', 'VET_STAFF'] },
  { route: '#/requests/new', text: 'navNewRequest', roles: ['RESIDENT', 'MANTELZORGER', 'VET_STAFF'] },
  { route: '#/offers', text: 'navOffers', roles: ['VOLUNTEER'] },
  { route: '#/profile', text: 'navProfile', roles: ['VOLUNTEER'] },
  { route: '#/queue', text: 'navQueue', roles: ['COORDINATOR', 'VET_STAFF'] },
  { route: '#/verify', text: 'navVerify', roles: ['COORDINATOR'] },
  { route: '#/signals', text: 'navSignals', roles: ['COORDINATOR', 'VET_STAFF'] },
  { route: '#/trends', text: 'navTrends', roles: ['COORDINATOR', 'VET_STAFF'] },
  { route: '#/inbox', text: 'navInbox', roles: [] },
];

const main = document.getElementById('main')!;
let stop: (() => void) | undefined;
let first = true;

function go(route: string): void {
  if (location.hash === route) void render();
  else location.hash = route;
}

function renderShell(): void {
  const s = session.get();
  document.documentElement.lang = currentLang();
  document.getElementById('skip-link')!.textContent = t('skip');
  const lang = document.getElementById('lang')!;
  lang.textContent = t('langSwitch');
  lang.setAttribute('lang', currentLang() === 'nl' ? 'en' : 'nl');
  lang.setAttribute('aria-label', t('langSwitchLabel'));
  const logout = document.getElementById('logout')!;
  logout.textContent = t('logout');
  logout.hidden = !s;
  const who = document.getElementById('who')!;
  who.hidden = !s;
  who.textContent = s ? t('loggedInAs', { name: s.account.displayName }) : '';
  const nav = document.getElementById('nav')!;
  nav.setAttribute('aria-label', t('nav'));
  nav.hidden = !s;
  const list = document.getElementById('nav-list')!;
  list.replaceChildren();
  if (!s) return;
  const roles = s.account.roles;
  for (const item of NAV) {
    if (item.roles.length && !item.roles.some((r) => roles.includes(r))) continue;
    const current = location.hash === item.route;
    list.append(h('li', {}, h('a', { href: item.route, 'aria-current': current ? 'page' : undefined }, t(item.text))));
  }
  if (roles.includes('COORDINATOR') || roles.includes('VET_STAFF')) {
    list.append(h('li', {}, h('a', { href: '/dashboard/' }, t('navDashboard'))));
  }
}

async function render(): Promise<void> {
  stop?.();
  stop = undefined;
  const s = session.get();
  let hash = location.hash || '';
  if (!s && !/^#\/(login|register)$/.test(hash)) {
    hash = '#/login';
    history.replaceState(null, '', hash);
  } else if (s && (hash === '' || hash === '#/' || /^#\/(login|register)$/.test(hash))) {
    hash = homeRoute(s.account.roles);
    history.replaceState(null, '', hash);
  }
  renderShell();
  const route = ROUTES.find((r) => r.pattern.test(hash));
  main.replaceChildren();
  const allowed = route && (!route.roles || route.roles.length === 0
    || route.roles.some((r) => s?.account.roles.includes(r)));
  if (!route || !allowed) {
    main.append(h('h1', { tabindex: -1 }, t('notFound')), h('p', {}, h('a', { href: '#/' }, t('back'))));
    return;
  }
  const params = (route.pattern.exec(hash)?.groups ?? {}) as Record<string, string>;
  const ctx: Ctx = { api, session, main, params, go, refresh: () => void render() };
  if (sessionEnded && hash === '#/login') {
    ctx.params = { ...params, notice: t('sessionEnded') };
    sessionEnded = false;
  }
  const result = await route.view(ctx);
  if (typeof result === 'function') stop = result;
  const heading = main.querySelector<HTMLElement>('h1');
  document.title = heading ? `${heading.textContent} — Noaber` : 'Noaber';
  // Move focus to the new page's heading, as a page load would (not on the very first load).
  if (!first && heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
  first = false;
}

document.getElementById('lang')!.addEventListener('click', () => {
  setLang(currentLang() === 'nl' ? 'en' : 'nl', localStorage);
  void render().then(() => document.getElementById('lang')!.focus());
});
document.getElementById('logout')!.addEventListener('click', () => {
  const s = session.get();
  if (s) {
    // Best effort: end the session on the server too; the page forgets the tokens either way.
    void api.client.POST('/auth/logout', { body: { refreshToken: s.refreshToken } }).catch(() => undefined);
  }
  session.end();
  go('#/login');
});
document.getElementById('skip-link')!.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => void render());
void render();
