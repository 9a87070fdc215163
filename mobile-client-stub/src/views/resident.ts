import type { Ctx } from '../app';
import { announce, busy, choices, clearErrors, field, fieldError, h, input, messageBox, select, showProblem } from '../dom';
import { dateTime, label, t } from '../i18n';
import { openLive } from '../live';
import { placePicker } from '../places';
import { OUTCOME_QUESTIONS, outcomeBody, outcomeState, rememberOutcome, type OutcomeQuestion } from '../outcome';
import { ApiError } from '../problem';
import { asksForPerson, buildHelpRequest, kindsFor, tasksFor, type RequestFormValues } from '../requestForm';
import type { HelpRequest, InitiativeKind, RequestStatus, Skill } from '../types';

/** A message carried to the next view (after posting: "Je vraag is verstuurd"). */
let flash: string | undefined;

const CANCELLABLE: RequestStatus[] = ['OPEN', 'OFFERED', 'ACCEPTED', 'ESCALATED'];

/** The status as a badge; a volunteer reads their task's status from their own side ("Je helpt"). */
export function statusBadge(status: RequestStatus, side: 'requester' | 'volunteer' = 'requester'): HTMLSpanElement {
  const text = side === 'volunteer' ? label('taskStatus', status) : label('status', status);
  return h('span', { class: `badge badge--${status.toLowerCase()}`, 'data-status': status },
    text === status ? label('status', status) : text);
}

export async function requestsView(ctx: Ctx): Promise<() => void> {
  const list = h('ul', { class: 'cards', id: 'my-requests' });
  const messages = messageBox();
  ctx.main.append(
    h('h1', {}, t('myRequestsTitle')),
    h('p', {}, h('a', { href: '#/requests/new', class: 'button button--primary button--wide' }, t('askHelp'))),
    messages.node,
    list);

  async function load(): Promise<void> {
    try {
      const page = await ctx.api.ok(ctx.api.client.GET('/help-requests', { params: { query: { limit: 50 } } }));
      list.replaceChildren();
      if (page.items.length === 0) list.append(h('li', { class: 'empty' }, t('noRequests')));
      for (const r of page.items) {
        list.append(h('li', { class: 'card card--link', 'data-request': r.id },
          h('h2', { class: 'card__title' }, h('a', { href: `#/requests/${r.id}` }, label('task', r.task))),
          h('p', { class: 'card__text' }, r.description),
          h('p', {}, statusBadge(r.status)),
          h('p', { class: 'muted' }, t('postedOn', { date: dateTime(r.createdAt) }))));
      }
    } catch (error) {
      showProblem(list, error, messages);
    }
  }
  await load();
  return openLive(ctx.api, {
    onNotification: (n) => {
      announce(n.title);
      void load();
    },
    onTick: () => void load(),
  });
}

export function newRequestView(ctx: Ctx): void {
  const roles = ctx.session.get()!.account.roles;
  const messages = messageBox();
  const kinds = kindsFor(roles);
  const kind = select('kind', kinds.map((k) => [k, label('kind', k)]), 'GOEDE_BUREN');
  kind.id = 'kind';
  const task = select('task', [], undefined);
  task.id = 'task';
  const description = h('textarea', { name: 'description', id: 'description', rows: 4, maxlength: 1000, required: true });
  const urgency = choices('radio', 'urgency', t('urgency'),
    (['URGENT', 'NORMAL', 'PLANNED'] as const).map((u) => [u, label('urgency', u)]), ['NORMAL']);
  const windowStart = input({ type: 'datetime-local', name: 'windowStart', id: 'windowStart' });
  const windowEnd = input({ type: 'datetime-local', name: 'windowEnd', id: 'windowEnd' });
  const place = placePicker(ctx.api, { fieldName: 'location', legend: t('whereLegend'), intro: t('whereIntro'), withAddressLine: true });

  const forOther = asksForPerson(roles);
  const isVet = roles.includes('VET_STAFF') && !roles.includes('MANTELZORGER') && !roles.includes('RESIDENT');
  const personName = input({ type: 'text', name: 'personName', maxlength: 100 });
  const personNeeds = h('textarea', { name: 'personNeeds', rows: 2, maxlength: 1000 });
  const handoverNote = h('textarea', { name: 'handoverNote', rows: 2, maxlength: 1000 });
  const consentGivenBy = input({ type: 'text', name: 'consentGivenBy', maxlength: 100 });
  const consentMethod = select('consentMethod', [['VERBAL', t('consentVERBAL')], ['WRITTEN', t('consentWRITTEN')]], 'VERBAL');
  const person = h('fieldset', { class: 'group', hidden: !forOther },
    h('legend', {}, t('forPerson')),
    field({ label: t('personName'), field: 'onBehalf.personName', input: personName }),
    field({ label: t('personNeeds'), field: 'onBehalf.needs', input: personNeeds }),
    field({ label: t('handoverNote'), field: 'onBehalf.handoverNote', input: handoverNote }),
    isVet ? h('fieldset', { class: 'group' }, h('legend', {}, t('consentLegend')),
      field({ label: t('consentGivenBy'), field: 'onBehalf.consent.givenBy', input: consentGivenBy }),
      field({ label: t('consentMethod'), field: 'onBehalf.consent.method', input: consentMethod })) : null);

  // Rides (AutoMaatje)
  const destination = placePicker(ctx.api, { fieldName: 'ride.destination', legend: t('rideDestination'), withAddressLine: false });
  const destinationLine = input({ type: 'text', name: 'destinationLine', maxlength: 200 });
  const appointmentAt = input({ type: 'datetime-local', name: 'appointmentAt' });
  const passengers = input({ type: 'number', name: 'passengers', min: 1, max: 4, value: 1, inputmode: 'numeric' });
  const walker = input({ type: 'checkbox', name: 'walker', id: 'walker' });
  const wheelchair = input({ type: 'checkbox', name: 'wheelchair', id: 'wheelchair' });
  const ride = h('fieldset', { class: 'group', hidden: true },
    h('legend', {}, t('rideLegend')),
    destination.node,
    field({ label: t('rideDestinationLine'), field: 'ride.destinationLine', input: destinationLine }),
    field({ label: t('rideAppointment'), field: 'ride.appointmentAt', input: appointmentAt }),
    field({ label: t('ridePassengers'), field: 'ride.passengers', input: passengers }),
    h('div', { class: 'choice' }, walker, h('label', { for: 'walker' }, t('rideWalker'))),
    h('div', { class: 'choice' }, wheelchair, h('label', { for: 'wheelchair' }, t('rideWheelchair'))));

  // Respijt
  const recurrence = select('recurrence', (['NONE', 'WEEKLY', 'FORTNIGHTLY'] as const).map((r) => [r, label('recurrence', r)]), 'NONE');
  const until = input({ type: 'date', name: 'until' });
  const respijt = h('fieldset', { class: 'group', hidden: true },
    h('legend', {}, t('kindRESPIJT')),
    field({ label: t('respijtRecurrence'), field: 'respijt.recurrence', input: recurrence }),
    field({ label: t('respijtUntil'), field: 'respijt.until', input: until }));

  function onKind(): void {
    const k = kind.value as InitiativeKind;
    task.replaceChildren(...tasksFor(k).map((s) => h('option', { value: s }, label('task', s))));
    ride.hidden = k !== 'AUTOMAATJE';
    respijt.hidden = k !== 'RESPIJT';
  }
  kind.addEventListener('change', onKind);
  onKind();

  const submit = h('button', { type: 'submit', class: 'button button--primary button--wide', id: 'send-request' }, t('sendRequest'));
  const form = h('form', { class: 'stack', novalidate: true, id: 'request-form' },
    field({ label: t('kind'), field: 'kind', input: kind }),
    field({ label: t('task'), field: 'task', input: task }),
    field({ label: t('description'), field: 'description', input: description, hint: t('descriptionHint') }),
    urgency,
    h('div', { class: 'row' },
      field({ label: t('windowStart'), field: 'windowStart', input: windowStart, hint: t('whenHint') }),
      field({ label: t('windowEnd'), field: 'windowEnd', input: windowEnd })),
    place.node,
    person,
    ride,
    respijt,
    submit);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearErrors(form);
    messages.clear();
    const values: RequestFormValues = {
      kind: kind.value as InitiativeKind,
      task: task.value as Skill,
      description: description.value,
      urgency: (form.querySelector<HTMLInputElement>('input[name="urgency"]:checked')?.value ?? 'NORMAL') as RequestFormValues['urgency'],
      windowStart: windowStart.value,
      windowEnd: windowEnd.value,
      location: place.value(),
      addressLine: place.addressLine(),
      personName: personName.value,
      personNeeds: personNeeds.value,
      handoverNote: handoverNote.value,
      consentGivenBy: consentGivenBy.value,
      consentMethod: consentMethod.value as 'VERBAL' | 'WRITTEN',
      destination: destination.value(),
      destinationLine: destinationLine.value,
      appointmentAt: appointmentAt.value,
      passengers: passengers.value,
      walker: walker.checked,
      wheelchair: wheelchair.checked,
      recurrence: recurrence.value as RequestFormValues['recurrence'],
      until: until.value,
    };
    const built = buildHelpRequest(values, roles);
    if (!built.body) {
      for (const name of built.missing) {
        fieldError(form, name, name === 'location' || name === 'ride.destination' ? t('placeMissing') : t('fieldRequired'));
      }
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const body = built.body;
    void busy(submit, async () => {
      try {
        const created = await ctx.api.write('post-request', body, (key) =>
          ctx.api.client.POST('/help-requests', { body, params: { header: { 'Idempotency-Key': key } } }));
        flash = t('requestSent');
        ctx.go(`#/requests/${created.id}`);
      } catch (error) {
        showProblem(form, error, messages);
      }
    });
  });

  ctx.main.append(h('h1', {}, t('newRequestTitle')), messages.node, form);
}

export async function requestDetailView(ctx: Ctx): Promise<() => void> {
  const id = Number(ctx.params.id);
  const messages = messageBox();
  const status = h('div', { id: 'request-status', class: 'status-box' });
  const body = h('div', { class: 'stack' });
  const actions = h('div', { class: 'stack' });
  ctx.main.append(
    h('p', {}, h('a', { href: '#/requests', class: 'back' }, `← ${t('back')}`)),
    h('h1', {}, t('requestTitle')),
    messages.node,
    status,
    h('p', { class: 'muted' }, t('statusLive')),
    body,
    actions);
  if (flash) {
    messages.ok(flash);
    flash = undefined;
  }
  let shown: RequestStatus | undefined;

  async function load(): Promise<void> {
    let r: HelpRequest;
    try {
      r = await ctx.api.ok(ctx.api.client.GET('/help-requests/{id}', { params: { path: { id } } }));
    } catch (error) {
      showProblem(body, error, messages);
      return;
    }
    if (shown && shown !== r.status) announce(t('statusChanged', { status: label('status', r.status) }));
    const changed = shown !== r.status;
    shown = r.status;
    status.dataset.status = r.status;
    status.replaceChildren(h('h2', { class: 'status-box__label' }, t('statusNow')), statusBadge(r.status));
    body.replaceChildren(h('dl', { class: 'facts' },
      h('dt', {}, t('kind')), h('dd', {}, label('kind', r.kind)),
      h('dt', {}, t('task')), h('dd', {}, label('task', r.task)),
      h('dt', {}, t('description')), h('dd', {}, r.description),
      h('dt', {}, t('when')), h('dd', {}, r.windowStart ? `${dateTime(r.windowStart)}${r.windowEnd ? ` – ${dateTime(r.windowEnd)}` : ''}` : t('asap')),
      r.addressLine ? h('dt', {}, t('address')) : null, r.addressLine ? h('dd', {}, r.addressLine) : null,
      r.wijk ? h('dt', {}, t('wijk')) : null, r.wijk ? h('dd', {}, r.wijk.name) : null,
      r.forPersonName ? h('dt', {}, t('forPerson')) : null, r.forPersonName ? h('dd', {}, r.forPersonName) : null,
      h('dt', {}, t('postedOn', { date: '' }).trim()), h('dd', {}, dateTime(r.createdAt))));
    // Redraw the forms only when the status changed, so typing is never lost to a refresh.
    if (changed) drawActions(r);
  }

  function drawActions(r: HelpRequest): void {
    actions.replaceChildren();
    const mine = r.postedAs !== undefined && ctx.session.get()!.account.roles.some((x) => x === r.postedAs);
    if (mine && CANCELLABLE.includes(r.status)) actions.append(cancelForm(r));
    if (mine && r.status === 'DONE' && !r.completion?.confirmedAt) actions.append(confirmForm(r));
    // The outcome questions (#11): the requester, or VET staff on their behalf; once per request.
    const onBehalf = ctx.session.has('VET_STAFF');
    if ((mine || onBehalf) && r.status === 'DONE' && outcomeState(localStorage, r.id) !== 'skipped') {
      actions.append(outcomeBox(r));
    }
  }

  function outcomeBox(r: HelpRequest): HTMLElement {
    const title = h('h2', { id: 'outcome-title' }, t('outcomeTitle'));
    const box = h('section', { class: 'card stack', id: 'outcome', 'aria-labelledby': 'outcome-title' }, title);
    /** Replaces the questions by a closing line, and moves focus there (the button is gone). */
    const finish = (text: string, focus: boolean) => {
      const line = h('p', { id: 'outcome-done', tabindex: -1 }, text);
      box.replaceChildren(title, line);
      announce(text);
      if (focus) line.focus();
    };
    if (outcomeState(localStorage, r.id) === 'answered') {
      finish(t('outcomeThanks'), false);
      return box;
    }
    const scale: Array<[string, string]> = ([1, 2, 3, 4, 5] as const).map((n) => [String(n), t(`outcomeScale${n}`)]);
    const sets = OUTCOME_QUESTIONS.map((q) => {
      const set = choices('radio', `outcome-${q}`, t(`outcome${q}`), [...scale, ['', t('outcomeNoAnswer')]], [''], q);
      set.classList.add('scale');
      return set;
    });
    const send = h('button', { type: 'submit', class: 'button button--primary button--wide', id: 'outcome-send' }, t('outcomeSend'));
    const skip = h('button', { type: 'button', class: 'button button--secondary button--wide', id: 'outcome-skip' }, t('outcomeSkip'));
    const form = h('form', { class: 'stack', novalidate: true, id: 'outcome-form' },
      h('p', {}, t('outcomeIntro')), ...sets, h('div', { class: 'row' }, send, skip));
    box.append(form);

    const skipAll = () => {
      rememberOutcome(localStorage, r.id, 'skipped');
      finish(t('outcomeSkipped'), true);
    };
    skip.addEventListener('click', skipAll);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form);
      const values = Object.fromEntries(OUTCOME_QUESTIONS.map((q) =>
        [q, form.querySelector<HTMLInputElement>(`input[name="outcome-${q}"]:checked`)?.value ?? ''])) as Record<OutcomeQuestion, string>;
      const payload = outcomeBody(values);
      if (!payload) {
        skipAll();
        return;
      }
      void busy(send, async () => {
        try {
          await ctx.api.write(`outcome:${r.id}`, payload, (key) => ctx.api.client.POST('/help-requests/{id}/outcome',
            { params: { path: { id: r.id }, header: { 'Idempotency-Key': key } }, body: payload }));
          rememberOutcome(localStorage, r.id, 'answered');
          finish(t('outcomeThanks'), true);
        } catch (error) {
          if (error instanceof ApiError && error.status === 409) {
            // Answered before (on another phone, or by the VET): do not ask again.
            rememberOutcome(localStorage, r.id, 'answered');
            finish(t('outcomeAlready'), true);
            return;
          }
          showProblem(form, error, messages);
        }
      });
    });
    return box;
  }

  function cancelForm(r: HelpRequest): HTMLElement {
    const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 500 });
    const submit = h('button', { type: 'submit', class: 'button button--danger' }, t('cancelConfirm'));
    const form = h('form', { class: 'stack', novalidate: true, id: 'cancel-form' },
      field({ label: t('cancelReason'), field: 'reason', input: reason }), submit);
    const box = h('details', { class: 'card' }, h('summary', {}, t('cancelRequest')), form);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form);
      if (!reason.value.trim()) {
        fieldError(form, 'reason', t('fieldRequired'));
        reason.focus();
        return;
      }
      const payload = { reason: reason.value.trim() };
      void busy(submit, async () => {
        try {
          await ctx.api.write(`cancel:${r.id}`, payload, (key) => ctx.api.client.POST('/help-requests/{id}/cancellation',
            { params: { path: { id: r.id }, header: { 'Idempotency-Key': key } }, body: payload }));
          messages.ok(t('cancelled'));
          await load();
        } catch (error) {
          showProblem(form, error, messages);
        }
      });
    });
    return box;
  }

  function confirmForm(r: HelpRequest): HTMLElement {
    const helped = choices('radio', 'helpedWell', t('helpedWell'), [['true', t('yes')], ['false', t('no')]], ['true']);
    const feedback = h('textarea', { name: 'feedback', rows: 2, maxlength: 500 });
    const submit = h('button', { type: 'submit', class: 'button button--primary' }, t('confirmButton'));
    const form = h('form', { class: 'stack card', novalidate: true, id: 'confirm-form' },
      h('h2', {}, t('confirmTitle')), helped, field({ label: t('feedback'), field: 'feedback', input: feedback }), submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const payload: { helpedWell: boolean; feedback?: string } = {
        helpedWell: form.querySelector<HTMLInputElement>('input[name="helpedWell"]:checked')?.value !== 'false',
      };
      if (feedback.value.trim()) payload.feedback = feedback.value.trim();
      void busy(submit, async () => {
        try {
          await ctx.api.write(`confirm:${r.id}`, payload, (key) => ctx.api.client.POST('/help-requests/{id}/confirmation',
            { params: { path: { id: r.id }, header: { 'Idempotency-Key': key } }, body: payload }));
          messages.ok(t('confirmed'));
          shown = undefined;
          await load();
        } catch (error) {
          showProblem(form, error, messages);
        }
      });
    });
    return form;
  }

  await load();
  return openLive(ctx.api, {
    onNotification: (n) => {
      if (n.data.requestId === String(id)) void load();
    },
    onTick: () => void load(),
  });
}
