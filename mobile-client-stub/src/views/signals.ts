// Zorgsignalen (issue #11): a volunteer's worry about the person helped goes to the VET team of the
// wijk. With URGENT_SAFETY the phone shows "Bel 112" at once: the queue is no emergency service.
import type { Ctx } from '../app';
import { busy, clearErrors, field, fieldError, h, messageBox, select, showProblem } from '../dom';
import { dateTime, label, t } from '../i18n';
import type { CareSignal, CareSignalReceipt, HelpRequest } from '../types';

const CATEGORIES = ['LONELINESS', 'SELF_NEGLECT', 'MONEY_TROUBLE', 'MEMORY_PROBLEMS', 'UNSAFE_HOME', 'PET_NEGLECT', 'OTHER'] as const;
const URGENCIES = ['SOON', 'WHEN_POSSIBLE', 'URGENT_SAFETY'] as const;
const FOLLOW_UPS = ['CONTACTED', 'REFERRED_WMO', 'REFERRED_HUISARTS', 'REFERRED_OTHER', 'NO_ACTION_NEEDED'] as const;

/** The prominent emergency block: a real tel: link, announced at once. */
export function call112(): HTMLElement {
  return h('div', { class: 'emergency', role: 'alert', id: 'call-112' },
    h('p', { class: 'emergency__title' }, t('signalEmergencyTitle')),
    h('a', { class: 'button button--danger button--wide', href: 'tel:112' }, t('signalCall112')),
    h('p', {}, t('signalEmergencyText')));
}

/** "Ik maak me zorgen" on a task card: category, urgency, a short note. */
export function worryForm(ctx: Ctx, r: HelpRequest, messages: ReturnType<typeof messageBox>): HTMLElement {
  const category = select('category', CATEGORIES.map((c) => [c, label('signalCategory', c)]));
  const urgency = select('urgency', URGENCIES.map((u) => [u, label('signalUrgency', u)]));
  const note = h('textarea', { name: 'note', maxlength: 500, rows: 3 });
  const emergency = h('div', { class: 'stack', 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-action': 'signal' }, t('signalSend'));
  const form = h('form', { class: 'stack', novalidate: true, 'data-signal-form': r.id },
    h('p', { class: 'field__hint' }, t('signalIntro')),
    field({ label: t('signalCategory'), field: 'category', input: category }),
    field({ label: t('signalUrgency'), field: 'urgency', input: urgency }),
    emergency,
    field({ label: t('signalNote'), field: 'note', input: note as unknown as HTMLInputElement, hint: t('signalNoteHint') }),
    submit);
  // Safety first: the number shows the moment "onveilig, nu" is chosen, before anything is sent.
  urgency.addEventListener('change', () => {
    emergency.replaceChildren(...(urgency.value === 'URGENT_SAFETY' ? [call112()] : []));
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearErrors(form);
    const body = {
      category: category.value as (typeof CATEGORIES)[number],
      urgency: urgency.value as (typeof URGENCIES)[number],
      ...(note.value.trim() ? { note: note.value.trim() } : {}),
    };
    if (body.note && body.note.length > 500) {
      fieldError(form, 'note', t('signalNoteTooLong'));
      return;
    }
    void busy(submit, async () => {
      try {
        const receipt = await ctx.api.write(`signal:${r.id}:${body.category}`, body, (key) =>
          ctx.api.client.POST('/me/tasks/{id}/signals', { params: { path: { id: r.id }, header: { 'Idempotency-Key': key } }, body }));
        if (receipt.emergencyNumbers?.length) emergency.replaceChildren(call112());
        messages.ok(t('signalSent'));
        form.reset();
      } catch (error) {
        showProblem(form, error, messages);
      }
    });
  });
  return h('details', { class: 'worry' }, h('summary', {}, t('signalWorry')), form);
}

/** The volunteer's own signals: received or picked up, nothing more. */
export async function mySignals(ctx: Ctx, list: HTMLElement): Promise<void> {
  const mine: CareSignalReceipt[] = await ctx.api.ok(ctx.api.client.GET('/me/signals'));
  list.replaceChildren();
  if (mine.length === 0) list.append(h('li', { class: 'empty' }, t('signalNone')));
  for (const s of mine) {
    list.append(h('li', { class: 'card', 'data-signal': s.id, 'data-progress': s.progress },
      h('p', { class: 'card__title' }, label('signalCategory', s.category)),
      h('p', {}, s.progress === 'PICKED_UP' ? t('signalPickedUp') : t('signalReceived')),
      h('p', { class: 'muted' }, dateTime(s.raisedAt))));
  }
}

/** VET staff and coordinators: the queue of their wijken, with the follow-up. */
export async function signalQueueView(ctx: Ctx): Promise<void> {
  const messages = messageBox();
  const list = h('ul', { class: 'cards', id: 'signals' });
  ctx.main.append(h('h1', {}, t('signalQueueTitle')), h('p', {}, t('signalQueueIntro')), messages.node, list);

  async function load(): Promise<void> {
    try {
      const queue: CareSignal[] = await ctx.api.ok(ctx.api.client.GET('/signals', { params: { query: {} } }));
      list.replaceChildren();
      if (queue.length === 0) list.append(h('li', { class: 'empty' }, t('signalQueueEmpty')));
      for (const s of queue) list.append(item(s));
      list.setAttribute('data-loaded', 'true');
    } catch (error) {
      showProblem(list, error, messages);
    }
  }

  function item(s: CareSignal): HTMLElement {
    const card = h('li', { class: `card${s.urgency === 'URGENT_SAFETY' ? ' card--urgent' : ''}`, 'data-signal': s.id, 'data-status': s.status },
      h('h2', { class: 'card__title' }, `${label('signalCategory', s.category)} · ${label('signalUrgency', s.urgency)}`),
      h('p', {}, `${s.wijk?.name ?? ''} · ${label('signalStatus', s.status)} · ${dateTime(s.raisedAt)}`),
      s.note ? h('p', { class: 'card__text' }, s.note) : null);
    if (s.status !== 'CLOSED') card.append(followUpForm(s));
    else if (s.followUp) card.append(h('p', { class: 'muted' }, label('signalFollowUp', s.followUp)));
    return card;
  }

  function followUpForm(s: CareSignal): HTMLElement {
    const kind = select('followUp', FOLLOW_UPS.map((f) => [f, label('signalFollowUp', f)]));
    const note = h('textarea', { name: 'note', maxlength: 500, rows: 2 });
    const close = h('input', { type: 'checkbox', id: `close-${s.id}`, name: 'close', checked: true });
    const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-action': 'follow-up' }, t('signalRecord'));
    const form = h('form', { class: 'stack', novalidate: true },
      field({ label: t('signalFollowUpLabel'), field: 'followUp', input: kind }),
      field({ label: t('signalFollowUpNote'), field: 'note', input: note as unknown as HTMLInputElement }),
      h('div', { class: 'choice' }, close, h('label', { for: close.id }, t('signalClose'))),
      submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const body = { followUp: kind.value as (typeof FOLLOW_UPS)[number], close: close.checked,
        ...(note.value.trim() ? { note: note.value.trim() } : {}) };
      void busy(submit, async () => {
        try {
          await ctx.api.write(`follow-up:${s.id}`, body, (key) => ctx.api.client.POST('/signals/{id}/follow-up',
            { params: { path: { id: s.id }, header: { 'Idempotency-Key': key } }, body }));
          messages.ok(t('signalRecorded'));
          await load();
        } catch (error) {
          showProblem(form, error, messages);
        }
      });
    });
    return h('details', { class: 'follow-up' }, h('summary', {}, t('signalHandle')), form);
  }

  await load();
}
