import type { Ctx } from '../app';
import { announce, busy, clearErrors, field, fieldError, h, input, messageBox, select, showProblem, uid } from '../dom';
import { distance } from '../geo';
import { currentLang, dateTime, label, t } from '../i18n';
import { openLive } from '../live';
import { placePicker } from '../places';
import { ApiError, slug } from '../problem';
import type { Capacity, HelpRequest, Offer, VolunteerProfile, VolunteerProfileForm, WeeklySlot } from '../types';
import { statusBadge } from './resident';
import { mySignals, worryForm } from './signals';

// GET /me/tasks has no offer id, and the withdrawal is POST /offers/{id}/withdrawal: remember the
// offer of each task accepted on this phone (see the README's notes on API gaps).
const TASK_OFFERS = 'noaber.taskOffers';
function taskOffers(): Record<string, number> {
  try {
    return JSON.parse(localStorage.getItem(TASK_OFFERS) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}
function rememberOffer(requestId: number, offerId: number): void {
  localStorage.setItem(TASK_OFFERS, JSON.stringify({ ...taskOffers(), [requestId]: offerId }));
}

function when(start?: string, end?: string): string {
  if (!start) return t('asap');
  return end ? `${dateTime(start)} – ${dateTime(end)}` : dateTime(start);
}

export async function offersView(ctx: Ctx): Promise<() => void> {
  const messages = messageBox();
  const offers = h('ul', { class: 'cards', id: 'offers' });
  const tasks = h('ul', { class: 'cards', id: 'tasks' });
  const signals = h('ul', { class: 'cards', id: 'my-signals' });
  ctx.main.append(
    h('h1', {}, t('offersTitle')),
    messages.node,
    offers,
    h('h2', { id: 'tasks-title' }, t('tasksTitle')),
    tasks,
    h('h2', {}, t('signalMineTitle')),
    signals);

  // Reloads come from the live stream and the polling fallback: redraw only what changed, so an
  // open "Klaar?" form or a half-typed number is never wiped by a refresh.
  let shownOffers = '';
  let shownTasks = '';
  async function load(): Promise<void> {
    try {
      const [open, mine] = await Promise.all([
        ctx.api.ok(ctx.api.client.GET('/me/offers')),
        ctx.api.ok(ctx.api.client.GET('/me/tasks')),
      ]);
      const [o, m] = [JSON.stringify(open), JSON.stringify(mine)];
      if (o !== shownOffers) drawOffers(open);
      if (m !== shownTasks) drawTasks(mine);
      [shownOffers, shownTasks] = [o, m];
      await mySignals(ctx, signals);
    } catch (error) {
      showProblem(offers, error, messages);
    }
  }

  function drawOffers(open: Offer[]): void {
    const focused = document.activeElement;
    offers.replaceChildren();
    if (open.length === 0) offers.append(h('li', { class: 'empty' }, t('noOffers')));
    for (const o of open) {
      const where = o.where
        ? (o.where.wijk ? t('offerWhere', { wijk: o.where.wijk.name, distance: distance(o.where.distanceMeters, currentLang()) })
          : t('offerWhereNoWijk', { distance: distance(o.where.distanceMeters, currentLang()) }))
        : '';
      const accept = h('button', { type: 'button', class: 'button button--primary', 'data-action': 'accept' }, t('accept'));
      const decline = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'decline' }, t('decline'));
      const titleId = uid('offer');
      accept.setAttribute('aria-describedby', titleId);
      decline.setAttribute('aria-describedby', titleId);
      accept.addEventListener('click', () => void answer(o, 'accept', accept));
      decline.addEventListener('click', () => void answer(o, 'decline', decline));
      offers.append(h('li', { class: 'card', 'data-offer': o.id },
        h('h2', { class: 'card__title', id: titleId }, `${label('task', o.task)} · ${label('kind', o.kind)}`),
        h('p', { class: 'card__text' }, o.description),
        where ? h('p', {}, where) : null,
        h('p', {}, `${t('when')}: ${o.appointmentAt ? dateTime(o.appointmentAt) : when(o.windowStart, o.windowEnd)}`),
        h('p', { class: 'muted' }, t('offerAnswerBy', { date: dateTime(o.answerBy) })),
        h('div', { class: 'actions' }, accept, decline)));
    }
    if (focused && !document.contains(focused)) offers.querySelector<HTMLElement>('button')?.focus();
  }

  async function answer(o: Offer, what: 'accept' | 'decline', button: HTMLButtonElement): Promise<void> {
    await busy(button, async () => {
      try {
        if (what === 'accept') {
          await ctx.api.write(`accept:${o.id}`, null, (key) => ctx.api.client.POST('/offers/{id}/accept',
            { params: { path: { id: o.id }, header: { 'Idempotency-Key': key } } }));
          rememberOffer(o.requestId, o.id);
          messages.ok(t('accepted'));
        } else {
          await ctx.api.write(`decline:${o.id}`, null, (key) => ctx.api.client.POST('/offers/{id}/decline',
            { params: { path: { id: o.id }, header: { 'Idempotency-Key': key } } }));
          messages.ok(t('declined'));
        }
      } catch (error) {
        if (error instanceof ApiError && slug(error.problem) === 'offer-no-longer-open') messages.error(t('offerGone'));
        else showProblem(offers, error, messages);
      }
    });
    await load();
    if (what === 'accept') document.getElementById('tasks-title')?.setAttribute('tabindex', '-1');
  }

  function drawTasks(mine: HelpRequest[]): void {
    tasks.replaceChildren();
    if (mine.length === 0) tasks.append(h('li', { class: 'empty' }, t('noTasks')));
    for (const r of mine) tasks.append(taskCard(r));
  }

  function taskCard(r: HelpRequest): HTMLElement {
    const card = h('li', { class: 'card', 'data-task': r.id });
    const coords = r.location ? `${r.location.coordinates[1]?.toFixed(5)}, ${r.location.coordinates[0]?.toFixed(5)}` : '';
    card.append(
      h('h3', { class: 'card__title' }, `${label('task', r.task)} · ${label('kind', r.kind)}`),
      h('p', {}, statusBadge(r.status, 'volunteer')),
      h('p', { class: 'card__text' }, r.description),
      h('dl', { class: 'facts' },
        h('dt', {}, t('address')), h('dd', { class: 'task-address' }, r.addressLine ?? coords,
          r.addressLine && coords ? h('span', { class: 'muted' }, ` (${coords})`) : null),
        h('dt', {}, t('when')), h('dd', {}, r.ride ? dateTime(r.ride.appointmentAt) : when(r.windowStart, r.windowEnd)),
        r.forPersonName ? h('dt', {}, t('forPerson')) : null, r.forPersonName ? h('dd', {}, r.forPersonName) : null,
        r.personNeeds ? h('dt', {}, t('needs')) : null, r.personNeeds ? h('dd', {}, r.personNeeds) : null,
        r.handoverNote ? h('dt', {}, t('handover')) : null, r.handoverNote ? h('dd', {}, r.handoverNote) : null,
        r.ride?.destinationLine ? h('dt', {}, t('rideDestination')) : null,
        r.ride?.destinationLine ? h('dd', {}, r.ride.destinationLine) : null));
    const actions = h('div', { class: 'stack' });
    if (r.status === 'ACCEPTED') {
      const start = h('button', { type: 'button', class: 'button button--primary', 'data-action': 'start' }, t('startTask'));
      start.addEventListener('click', () => void busy(start, async () => {
        try {
          await ctx.api.write(`start:${r.id}`, null, (key) => ctx.api.client.POST('/me/tasks/{id}/start',
            { params: { path: { id: r.id }, header: { 'Idempotency-Key': key } } }));
          await load();
          messages.ok(t('started'));
        } catch (error) {
          showProblem(card, error, messages);
        }
      }));
      actions.append(start);
    }
    actions.append(doneForm(r, card));
    actions.append(worryForm(ctx, r, messages));
    const offerId = taskOffers()[String(r.id)];
    if (offerId) {
      const withdraw = h('button', { type: 'button', class: 'button button--secondary' }, t('withdraw'));
      withdraw.addEventListener('click', () => void busy(withdraw, async () => {
        try {
          await ctx.api.write(`withdraw:${offerId}`, null, (key) => ctx.api.client.POST('/offers/{id}/withdrawal',
            { params: { path: { id: offerId }, header: { 'Idempotency-Key': key } } }));
          messages.ok(t('withdrawn'));
          await load();
        } catch (error) {
          showProblem(card, error, messages);
        }
      }));
      actions.append(withdraw);
    }
    card.append(actions);
    return card;
  }

  function doneForm(r: HelpRequest, card: HTMLElement): HTMLElement {
    const isRide = r.kind === 'AUTOMAATJE' || r.task === 'RIDES';
    const minutes = input({ type: 'number', name: 'minutesSpent', min: 1, max: 1440, inputmode: 'numeric' });
    const km = input({ type: 'number', name: 'kmDriven', min: 0, max: 2000, step: '0.1', inputmode: 'decimal' });
    const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-action': 'done' }, t('markDone'));
    const form = h('form', { class: 'stack', novalidate: true },
      field({ label: t('minutesSpent'), field: 'minutesSpent', input: minutes }),
      isRide ? field({ label: t('kmDriven'), field: 'kmDriven', input: km }) : null,
      submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form);
      const m = Number.parseInt(minutes.value, 10);
      if (!(m >= 1)) {
        fieldError(form, 'minutesSpent', t('fieldRequired'));
        minutes.focus();
        return;
      }
      const payload: { minutesSpent: number; kmDriven?: number } = { minutesSpent: m };
      if (isRide && km.value) payload.kmDriven = Number(km.value);
      void busy(submit, async () => {
        try {
          await ctx.api.write(`complete:${r.id}`, payload, (key) => ctx.api.client.POST('/me/tasks/{id}/completion',
            { params: { path: { id: r.id }, header: { 'Idempotency-Key': key } }, body: payload }));
          messages.ok(t('doneMessage'));
          await load();
        } catch (error) {
          showProblem(form, error, messages);
          void card;
        }
      });
    });
    return h('details', { class: 'done' }, h('summary', {}, t('doneTitle')), form);
  }

  await load();
  return openLive(ctx.api, {
    onNotification: (n) => {
      announce(t('newNotification', { title: n.title }));
      void load();
    },
    onTick: () => void load(),
  });
}

const CAPACITIES: Capacity[] = ['GOEDE_BUUR', 'VOORZORGCIRKEL', 'AUTOMAATJE_DRIVER', 'RESPIJT'];
const DAYS: WeeklySlot['day'][] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DEFAULT_RADIUS: Record<Capacity, number> = { GOEDE_BUUR: 1500, VOORZORGCIRKEL: 1000, AUTOMAATJE_DRIVER: 15000, RESPIJT: 5000 };

export async function profileView(ctx: Ctx): Promise<void> {
  const messages = messageBox();
  let profile: VolunteerProfile | undefined;
  try {
    profile = await ctx.api.ok(ctx.api.client.GET('/me/volunteer-profile'));
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) showProblem(ctx.main, error, messages);
  }

  const home = placePicker(ctx.api, { fieldName: 'home', legend: t('home'), withAddressLine: false, initial: profile?.home });

  const caps = h('fieldset', { class: 'choices', 'data-field': 'capacities' },
    h('legend', {}, t('capacitiesLegend')), h('p', { class: 'field__error' }));
  const capInputs = new Map<Capacity, { check: HTMLInputElement; radius: HTMLInputElement }>();
  CAPACITIES.forEach((c, i) => {
    const current = profile?.capacities.find((x) => x.capacity === c);
    const check = input({ type: 'checkbox', name: 'capacity', value: c, id: `cap-${c}`, checked: Boolean(current) });
    const radius = input({ type: 'number', name: `radius-${c}`, min: 100, max: 50000, step: 100, inputmode: 'numeric',
      value: current?.maxRadiusMeters ?? DEFAULT_RADIUS[c] });
    capInputs.set(c, { check, radius });
    caps.append(h('div', { class: 'capacity' },
      h('div', { class: 'choice' }, check, h('label', { for: check.id }, label('cap', c))),
      field({ label: t('radius'), field: `capacities[${i}].maxRadiusMeters`, input: radius }),
      current?.status === 'NEEDS_VERIFICATION'
        ? h('p', { class: 'muted' }, t('needsCheck', { missing: current.missing.join(', ') })) : null));
  });

  const carSeats = input({ type: 'number', name: 'carSeats', min: 1, max: 8, value: profile?.driver?.carSeats ?? 3 });
  const wheelchairFits = input({ type: 'checkbox', id: 'wheelchairFits', checked: profile?.driver?.wheelchairFits ?? false });
  const walkerFits = input({ type: 'checkbox', id: 'walkerFits', checked: profile?.driver?.walkerFits ?? true });
  const driver = h('fieldset', { class: 'group', 'data-field': 'driver' },
    h('legend', {}, t('capAUTOMAATJE_DRIVER')), h('p', { class: 'field__error' }),
    field({ label: t('carSeats'), field: 'driver.carSeats', input: carSeats }),
    h('div', { class: 'choice' }, wheelchairFits, h('label', { for: 'wheelchairFits' }, t('wheelchairFits'))),
    h('div', { class: 'choice' }, walkerFits, h('label', { for: 'walkerFits' }, t('walkerFits'))));
  const syncDriver = () => { driver.hidden = !capInputs.get('AUTOMAATJE_DRIVER')!.check.checked; };
  caps.addEventListener('change', syncDriver);
  syncDriver();

  const slots = h('ul', { class: 'slots' });
  const addSlot = (slot?: WeeklySlot): void => {
    const n = slots.children.length;
    const day = select('day', DAYS.map((d) => [d, label('day', d)]), slot?.day ?? 'MONDAY');
    const from = input({ type: 'time', name: 'from', value: slot?.from.slice(0, 5) ?? '09:00' });
    const until = input({ type: 'time', name: 'until', value: slot?.until.slice(0, 5) ?? '12:00' });
    const remove = h('button', { type: 'button', class: 'button button--secondary button--small' }, t('removeSlot'));
    const item = h('li', { class: 'slot', 'data-field': `weeklyAvailability[${n}]` },
      field({ label: t('day'), field: `weeklyAvailability[${n}].day`, input: day }),
      field({ label: t('from'), field: `weeklyAvailability[${n}].from`, input: from }),
      field({ label: t('until'), field: `weeklyAvailability[${n}].until`, input: until }),
      remove);
    remove.addEventListener('click', () => {
      item.remove();
      addButton.focus();
    });
    slots.append(item);
  };
  const addButton = h('button', { type: 'button', class: 'button button--secondary' }, t('addSlot'));
  addButton.addEventListener('click', () => {
    addSlot();
    slots.lastElementChild?.querySelector('select')?.focus();
  });
  for (const s of profile?.weeklyAvailability ?? []) addSlot(s);
  const availability = h('fieldset', { class: 'group', 'data-field': 'weeklyAvailability' },
    h('legend', {}, t('availabilityLegend')), h('p', { class: 'field__hint' }, t('availabilityHint')),
    h('p', { class: 'field__error' }), slots, addButton);

  const maxTasks = input({ type: 'number', name: 'maxTasksPerWeek', min: 1, max: 50, value: profile?.maxTasksPerWeek ?? 3, inputmode: 'numeric' });
  const paused = input({ type: 'checkbox', id: 'paused', checked: profile?.paused ?? false });
  const submit = h('button', { type: 'submit', class: 'button button--primary button--wide', id: 'save-profile' }, t('saveProfile'));
  const form = h('form', { class: 'stack', novalidate: true, id: 'profile-form' },
    home.node, caps, driver, availability,
    field({ label: t('maxTasks'), field: 'maxTasksPerWeek', input: maxTasks }),
    h('div', { class: 'choice', 'data-field': 'paused' }, paused, h('label', { for: 'paused' }, t('paused'))),
    submit);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearErrors(form);
    messages.clear();
    const where = home.value();
    const chosen = CAPACITIES.filter((c) => capInputs.get(c)!.check.checked);
    let missing = false;
    if (!where) missing = fieldError(form, 'home', t('placeMissing'));
    if (chosen.length === 0) missing = fieldError(form, 'capacities', t('fieldRequired')) || missing;
    if (missing || !where) {
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const body: VolunteerProfileForm = {
      home: where,
      capacities: chosen.map((c) => ({ capacity: c, maxRadiusMeters: Number(capInputs.get(c)!.radius.value) || DEFAULT_RADIUS[c] })),
      weeklyAvailability: [...slots.querySelectorAll('li')].map((li) => ({
        day: li.querySelector('select')!.value as WeeklySlot['day'],
        from: li.querySelector<HTMLInputElement>('input[name="from"]')!.value,
        until: li.querySelector<HTMLInputElement>('input[name="until"]')!.value,
      })),
      maxTasksPerWeek: Number(maxTasks.value) || 1,
      paused: paused.checked,
      helpsNeighbouringGemeenten: profile?.helpsNeighbouringGemeenten ?? false,
    };
    if (chosen.includes('AUTOMAATJE_DRIVER')) {
      body.driver = { carSeats: Number(carSeats.value) || 1, wheelchairFits: wheelchairFits.checked, walkerFits: walkerFits.checked };
    }
    if (profile?.quietHours) body.quietHours = profile.quietHours;
    if (profile?.languages) body.languages = profile.languages;
    if (profile?.skills) body.skills = profile.skills;
    if (profile?.unavailable) body.unavailable = profile.unavailable;
    // The API names capacities by their place in the list sent; the form by their place in CAPACITIES.
    const renamed = (name: string) => name.replace(/^capacities\[(\d+)]/, (_, i: string) =>
      `capacities[${CAPACITIES.indexOf(chosen[Number(i)]!)}]`);
    void busy(submit, async () => {
      try {
        profile = await ctx.api.ok(ctx.api.client.PUT('/me/volunteer-profile', { body }));
        messages.ok(t('profileSaved'));
        announce(t('profileSaved'));
      } catch (error) {
        if (error instanceof ApiError && error.problem) {
          error.problem.errors = error.problem.errors.map((x) => ({ ...x, field: renamed(x.field) }));
        }
        showProblem(form, error, messages);
      }
    });
  });

  ctx.main.append(
    h('h1', {}, t('profileTitle')),
    h('p', {}, profile ? t('profileIntro') : t('noProfile')),
    profile?.homeWijk ? h('p', { class: 'muted' }, t('homeSet', { wijk: profile.homeWijk.name })) : '',
    messages.node,
    form);
}
