import type { Ctx } from '../app';
import { busy, clearErrors, field, fieldError, h, input, messageBox, select, showProblem } from '../dom';
import { date, dateTime, label, t } from '../i18n';
import type { HelpRequest, MatchingLog, Verification } from '../types';
import { statusBadge } from './resident';

function dashboardLink(): HTMLElement {
  return h('aside', { class: 'card', 'aria-labelledby': 'dashboard-title' },
    h('h2', { id: 'dashboard-title' }, t('navDashboard')),
    h('p', {}, t('dashboardIntro')),
    h('p', {}, h('a', { href: '/dashboard/', class: 'button button--secondary', id: 'dashboard-link' }, t('openDashboard'))));
}

export async function queueView(ctx: Ctx): Promise<void> {
  const isCoordinator = ctx.session.has('COORDINATOR');
  const messages = messageBox();
  const count = h('p', { id: 'queue-count', role: 'status' });
  const list = h('ul', { class: 'cards', id: 'queue' });
  ctx.main.append(h('h1', {}, t('queueTitle')), messages.node, count, list, dashboardLink());

  async function load(): Promise<void> {
    try {
      const queue = await ctx.api.ok(ctx.api.client.GET('/coordinator-queue'));
      count.textContent = queue.length ? t('queueCount', { count: queue.length }) : t('queueEmpty');
      list.replaceChildren(...queue.map(item));
      list.dataset.loaded = 'true';
    } catch (error) {
      showProblem(list, error, messages);
    }
  }

  function item(r: HelpRequest): HTMLElement {
    const log = h('div', { class: 'stack' });
    const show = h('button', { type: 'button', class: 'button button--secondary', 'aria-expanded': 'false' }, t('matchingLog'));
    show.addEventListener('click', () => void busy(show, async () => {
      if (show.getAttribute('aria-expanded') === 'true') {
        log.replaceChildren();
        show.setAttribute('aria-expanded', 'false');
        return;
      }
      try {
        const m = await ctx.api.ok(ctx.api.client.GET('/help-requests/{id}/matching-log', { params: { path: { id: r.id } } }));
        log.replaceChildren(matchingLog(m), isCoordinator ? manualOffer(r, m) : '');
        show.setAttribute('aria-expanded', 'true');
      } catch (error) {
        showProblem(log, error, messages);
      }
    }));
    return h('li', { class: 'card', 'data-request': r.id },
      h('h2', { class: 'card__title' }, `${label('task', r.task)} · ${label('kind', r.kind)}`),
      h('p', {}, statusBadge(r.status)),
      h('p', { class: 'card__text' }, r.description),
      h('p', { class: 'muted' }, [r.wijk?.name, r.forPersonName, dateTime(r.createdAt)].filter(Boolean).join(' · ')),
      r.addressLine ? h('p', {}, r.addressLine) : null,
      show, log);
  }

  function matchingLog(m: MatchingLog): HTMLElement {
    const ul = h('ul', { class: 'plain' });
    for (const o of m.offers) {
      ul.append(h('li', {}, `${o.volunteerName} (${o.volunteerId}) — ${o.status}, ${o.reasons}`));
    }
    for (const p of m.passedOver) {
      ul.append(h('li', { class: 'muted' }, `${p.volunteerName} (${p.volunteerId}) — ${t('passedOver', { reasons: p.reasons })}`));
    }
    if (!ul.children.length) ul.append(h('li', {}, t('noneYet')));
    return ul;
  }

  function manualOffer(r: HelpRequest, m: MatchingLog): HTMLElement {
    const known = new Map<number, string>();
    for (const p of m.passedOver) known.set(p.volunteerId, p.volunteerName);
    const volunteer = input({ type: 'number', name: 'volunteerId', min: 1, inputmode: 'numeric', list: `volunteers-${r.id}` });
    const datalist = h('datalist', { id: `volunteers-${r.id}` },
      ...[...known].map(([id, name]) => h('option', { value: id }, name)));
    const note = input({ type: 'text', name: 'note', maxlength: 500 });
    const submit = h('button', { type: 'submit', class: 'button button--primary' }, t('sendOffer'));
    const form = h('form', { class: 'stack', novalidate: true },
      h('h3', {}, t('manualOffer')),
      field({ label: t('volunteerId'), field: 'volunteerId', input: volunteer }), datalist,
      field({ label: t('note'), field: 'note', input: note }),
      submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form);
      const id = Number.parseInt(volunteer.value, 10);
      if (!(id >= 1)) {
        fieldError(form, 'volunteerId', t('fieldRequired'));
        volunteer.focus();
        return;
      }
      const body: { volunteerId: number; note?: string } = { volunteerId: id };
      if (note.value.trim()) body.note = note.value.trim();
      void busy(submit, async () => {
        try {
          await ctx.api.write(`manual-offer:${r.id}`, body, (key) => ctx.api.client.POST('/help-requests/{id}/manual-offers',
            { params: { path: { id: r.id }, header: { 'Idempotency-Key': key } }, body }));
          messages.ok(t('offerSent'));
          await load();
        } catch (error) {
          showProblem(form, error, messages);
        }
      });
    });
    return form;
  }

  await load();
}

export async function verifyView(ctx: Ctx): Promise<void> {
  const messages = messageBox();
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }); // YYYY-MM-DD
  const volunteers: Array<[string, string]> = [];
  try {
    let cursor: string | undefined;
    do {
      const page = await ctx.api.ok(ctx.api.client.GET('/accounts', { params: { query: cursor ? { limit: 200, cursor } : { limit: 200 } } }));
      for (const a of page.items) {
        if (a.roles.includes('VOLUNTEER')) volunteers.push([String(a.id), `${a.displayName} (${a.email})`]);
      }
      cursor = page.nextCursor;
    } while (cursor && volunteers.length < 1000);
  } catch (error) {
    showProblem(ctx.main, error, messages);
  }
  const who = select('volunteer', volunteers);
  who.id = 'volunteer';
  const show = h('button', { type: 'submit', class: 'button button--primary' }, t('showVerification'));
  const pick = h('form', { class: 'stack', novalidate: true, id: 'pick-volunteer' },
    field({ label: t('chooseVolunteer'), field: 'accountId', input: who }), show);
  const record = h('div', { class: 'stack', id: 'verification' });

  async function load(accountId: number): Promise<void> {
    const v: Verification = await ctx.api.ok(ctx.api.client.GET('/volunteers/{accountId}/verification',
      { params: { path: { accountId } } }));
    record.replaceChildren(
      h('section', { class: 'card', 'aria-labelledby': 'vog-title' },
        h('h2', { id: 'vog-title' }, t('vogChecks')),
        v.vogChecks.length
          ? h('ul', { class: 'plain' }, ...v.vogChecks.map((c) => h('li', {}, `${date(c.issuedOn)} — ${c.screeningProfile}, ${t('validUntil', { date: date(c.validUntil) })}`)))
          : h('p', {}, t('noneYet')),
        h('h2', {}, t('intakes')),
        v.intakes.length ? h('ul', { class: 'plain' }, ...v.intakes.map((i) => h('li', {}, date(i.heldOn)))) : h('p', {}, t('noneYet')),
        h('h2', {}, t('capacitiesLegend')),
        h('ul', { class: 'plain' }, ...v.capacities.map((c) => h('li', {}, `${label('cap', c.capacity)}: ${c.status === 'ACTIVE'
          ? t('capacityActive') : t('capacityNeeds', { missing: c.missing.join(', ') })}`)))),
      vogForm(accountId), intakeForm(accountId));
  }

  function vogForm(accountId: number): HTMLElement {
    const issued = input({ type: 'date', name: 'issuedOn', max: today, value: today });
    const profile = input({ type: 'text', name: 'screeningProfile', maxlength: 200, value: '45 Gezondheidszorg en welzijn van mens en dier' });
    const submit = h('button', { type: 'submit', class: 'button button--primary' }, t('recordVog'));
    const form = h('form', { class: 'stack card', novalidate: true, id: 'vog-form' },
      h('h2', {}, t('recordVog')),
      field({ label: t('vogIssuedOn'), field: 'issuedOn', input: issued }),
      field({ label: t('screeningProfile'), field: 'screeningProfile', input: profile }), submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const body = { issuedOn: issued.value, screeningProfile: profile.value.trim() };
      void busy(submit, async () => {
        try {
          await ctx.api.ok(ctx.api.client.POST('/volunteers/{accountId}/vog-checks', { params: { path: { accountId } }, body }));
          await load(accountId);
          messages.ok(t('vogRecorded'));
        } catch (error) {
          showProblem(form, error, messages);
        }
      });
    });
    return form;
  }

  function intakeForm(accountId: number): HTMLElement {
    const held = input({ type: 'date', name: 'heldOn', max: today, value: today });
    const submit = h('button', { type: 'submit', class: 'button button--primary' }, t('recordIntake'));
    const form = h('form', { class: 'stack card', novalidate: true, id: 'intake-form' },
      h('h2', {}, t('recordIntake')), field({ label: t('intakeHeldOn'), field: 'heldOn', input: held }), submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void busy(submit, async () => {
        try {
          await ctx.api.ok(ctx.api.client.POST('/volunteers/{accountId}/intakes', { params: { path: { accountId } }, body: { heldOn: held.value } }));
          await load(accountId);
          messages.ok(t('intakeRecorded'));
        } catch (error) {
          showProblem(form, error, messages);
        }
      });
    });
    return form;
  }

  pick.addEventListener('submit', (e) => {
    e.preventDefault();
    messages.clear();
    void busy(show, async () => {
      try {
        await load(Number(who.value));
      } catch (error) {
        showProblem(pick, error, messages);
      }
    });
  });

  ctx.main.append(h('h1', {}, t('verifyTitle')), h('p', {}, t('verifyIntro')), messages.node, pick, record, dashboardLink());
}
