import type { Ctx } from '../app';
import { busy, choices, clearErrors, field, fieldError, h, input, messageBox, select, showProblem } from '../dom';
import { t } from '../i18n';
import { ApiError, slug } from '../problem';
import { homeRoute } from '../session';
import type { Role } from '../types';

export const DEMO_PASSWORD = 'noaber-demo';
export const DEMO_ACCOUNTS: Array<[string, string]> = [
  ['bewoner1', 'Bewoner (resident)'],
  ['bewoner2', 'Bewoner (resident)'],
  ['mantelzorger', 'Mantelzorger'],
  ['vrijwilliger1', 'Vrijwilliger (volunteer)'],
  ['vrijwilliger2', 'Vrijwilliger (volunteer)'],
  ['buur', 'Vrijwilliger + bewoner'],
  ['vet', 'VET-medewerker'],
  ['coordinator', 'Coördinator'],
  ['admin', 'Beheer (admin)'],
];

export function demoEmail(who: string, town = 'deventer'): string {
  return `${who}.${town}@demo.noaber.nl`;
}

export function loginView(ctx: Ctx): void {
  const messages = messageBox();
  const email = input({ type: 'email', name: 'email', autocomplete: 'username', required: true, spellcheck: 'false' });
  email.id = 'email';
  const password = input({ type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  password.id = 'password';
  const submit = h('button', { type: 'submit', class: 'button button--primary button--wide' }, t('loginButton'));
  const form = h('form', { class: 'stack', novalidate: true, id: 'login-form' },
    field({ label: t('email'), field: 'email', input: email }),
    field({ label: t('password'), field: 'password', input: password }),
    submit);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearErrors(form);
    let missing = false;
    if (!email.value.trim()) missing = fieldError(form, 'email', t('fieldRequired'));
    if (!password.value) missing = fieldError(form, 'password', t('fieldRequired')) || missing;
    if (missing) {
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    void busy(submit, async () => {
      try {
        const pair = await ctx.api.ok(ctx.api.client.POST('/auth/login', {
          body: { email: email.value.trim(), password: password.value },
        }));
        ctx.session.start(pair);
        ctx.go(homeRoute(pair.account.roles));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          messages.error(t('loginFailed'));
          password.focus();
        } else if (error instanceof ApiError && slug(error.problem) === 'login-throttled') {
          messages.error(t('loginThrottled'));
        } else {
          showProblem(form, error, messages);
        }
      }
    });
  });

  const demo = h('ul', { class: 'demo-list' });
  for (const [who, role] of DEMO_ACCOUNTS) {
    const address = demoEmail(who);
    demo.append(h('li', {},
      h('button', {
        type: 'button', class: 'button button--secondary button--small', 'aria-label': `${t('demoUse')}: ${address}`,
        onclick: () => {
          email.value = address;
          password.value = DEMO_PASSWORD;
          submit.focus();
        },
      }, t('demoUse')),
      h('span', { class: 'demo-list__text' }, h('span', { class: 'demo-list__email' }, address), ` — ${role}`)));
  }

  ctx.main.append(
    h('section', { class: 'card', 'aria-labelledby': 'login-title' },
      h('h1', { id: 'login-title' }, t('loginTitle')),
      h('p', { class: 'lead' }, t('tagline')),
      ctx.params.notice ? h('p', { class: 'notice', role: 'status' }, ctx.params.notice) : null,
      messages.node,
      form,
      h('p', {}, `${t('noAccount')} `, h('a', { href: '#/register' }, t('registerLink')))),
    h('section', { class: 'card', 'aria-labelledby': 'demo-title' },
      h('h2', { id: 'demo-title' }, t('demoTitle')),
      h('p', {}, t('demoIntro', { password: DEMO_PASSWORD })),
      demo));
}

export async function registerView(ctx: Ctx): Promise<void> {
  const messages = messageBox();
  const gemeenten = await ctx.api.ok(ctx.api.client.GET('/gemeenten')).catch(() => []);
  const gemeente = select('gemeente', gemeenten.map((g) => [g.code, g.name]), 'GM0150');
  const name = input({ type: 'text', name: 'displayName', autocomplete: 'name', required: true });
  const email = input({ type: 'email', name: 'email', autocomplete: 'email', required: true, spellcheck: 'false' });
  const password = input({ type: 'password', name: 'password', autocomplete: 'new-password', required: true, minlength: 8 });
  const roles = choices('checkbox', 'roles', t('rolesLegend'),
    (['RESIDENT', 'MANTELZORGER', 'VOLUNTEER'] as const).map((r) => [r, t(`role${r}`)]), ['RESIDENT']);
  const submit = h('button', { type: 'submit', class: 'button button--primary button--wide' }, t('registerButton'));
  const form = h('form', { class: 'stack', novalidate: true },
    field({ label: t('gemeente'), field: 'gemeente', input: gemeente }),
    field({ label: t('displayName'), field: 'displayName', input: name }),
    field({ label: t('email'), field: 'email', input: email }),
    field({ label: t('password'), field: 'password', input: password, hint: t('passwordHint') }),
    roles,
    submit);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = [...roles.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value as Role);
    void busy(submit, async () => {
      try {
        const body = { gemeente: gemeente.value, email: email.value.trim(), password: password.value,
          displayName: name.value.trim(), roles: chosen };
        await ctx.api.ok(ctx.api.client.POST('/auth/register', { body }));
        const pair = await ctx.api.ok(ctx.api.client.POST('/auth/login', { body: { email: body.email, password: body.password } }));
        ctx.session.start(pair);
        ctx.go(homeRoute(pair.account.roles));
      } catch (error) {
        showProblem(form, error, messages);
      }
    });
  });

  ctx.main.append(h('section', { class: 'card', 'aria-labelledby': 'register-title' },
    h('h1', { id: 'register-title' }, t('registerTitle')),
    messages.node,
    form,
    h('p', {}, `${t('haveAccount')} `, h('a', { href: '#/login' }, t('loginTitle')))));
}
