// Trends per wijk (issue #11): zorgsignalen per month, wijk and category (GET /stats/signals) and the
// residents' outcome answers per month and wijk (GET /stats/outcomes), for coordinators and VET
// staff. The API hides small numbers ("<5"); the page shows every figure exactly as it is given.
import type { Ctx } from '../app';
import { announce, field, h, messageBox, select, showProblem } from '../dom';
import { currentLang, label, t } from '../i18n';
import { OUTCOME_QUESTIONS, showFigure } from '../outcome';
import type { OutcomeReport, SignalTrends } from '../types';

type Row = { periodStart: string; wijk?: string; wijkName?: string };

function month(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(currentLang() === 'en' ? 'en-GB' : 'nl-NL',
    { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

function wijkOf(row: Row): string {
  return row.wijk ? (row.wijkName ?? row.wijk) : t('trendsWholeGemeente');
}

/** A table in a box that scrolls sideways by itself (keyboard too), named by its caption. */
function table(id: string, caption: string, head: HTMLTableSectionElement, body: HTMLTableSectionElement): HTMLElement {
  const captionId = `${id}-caption`;
  return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: 0 },
    h('table', { class: 'figures', id }, h('caption', { id: captionId }, caption), head, body));
}

/** The first two cells of a row: the month as the row's header, and the wijk. */
function rowStart(row: Row): HTMLTableCellElement[] {
  return [h('th', { scope: 'row' }, month(row.periodStart)), h('td', {}, wijkOf(row))];
}

/** The wijken the reports speak of, by code, for the choice of what to show. */
function wijkenIn(rows: Row[]): Array<[string, string]> {
  const seen = new Map<string, string>();
  for (const row of rows) if (row.wijk && !seen.has(row.wijk)) seen.set(row.wijk, wijkOf(row));
  return [...seen].sort((a, b) => a[1].localeCompare(b[1]));
}

export function signalTable(report: SignalTrends): HTMLElement {
  const head = h('thead', {}, h('tr', {},
    h('th', { scope: 'col' }, t('trendsMonth')),
    h('th', { scope: 'col' }, t('trendsWijk')),
    h('th', { scope: 'col' }, t('trendsTotal')),
    ...report.categories.map((c) => h('th', { scope: 'col' }, label('signalCategory', c)))));
  const body = h('tbody', {});
  for (const row of report.rows) {
    body.append(h('tr', { class: row.wijk ? undefined : 'figures__total', 'data-wijk': row.wijk ?? 'gemeente' },
      ...rowStart(row),
      h('td', {}, showFigure(row.signals)),
      ...report.categories.map((c) => h('td', {}, c in row.byCategory ? showFigure(row.byCategory[c]) : '–'))));
  }
  if (!report.rows.length) body.append(h('tr', {}, h('td', { colspan: 3 + report.categories.length }, t('trendsEmpty'))));
  return table('signal-trends', t('trendsSignalsCaption'), head, body);
}

export function outcomeTable(report: OutcomeReport): HTMLElement {
  const head = h('thead', {},
    h('tr', {},
      h('td', { colspan: 3 }),
      ...OUTCOME_QUESTIONS.map((q) => h('th', { scope: 'colgroup', colspan: 3 }, t(`outcome${q}`)))),
    h('tr', {},
      h('th', { scope: 'col' }, t('trendsMonth')),
      h('th', { scope: 'col' }, t('trendsWijk')),
      h('th', { scope: 'col' }, t('trendsRespondents')),
      ...OUTCOME_QUESTIONS.flatMap(() => [
        h('th', { scope: 'col' }, t('trendsAnswers')),
        h('th', { scope: 'col' }, t('trendsMean')),
        h('th', { scope: 'col' }, t('trendsShareHigh'))])));
  const colgroups = [h('colgroup', { span: 3 }), ...OUTCOME_QUESTIONS.map(() => h('colgroup', { span: 3 }))];
  const body = h('tbody', {});
  for (const row of report.rows) {
    body.append(h('tr', { class: row.wijk ? undefined : 'figures__total', 'data-wijk': row.wijk ?? 'gemeente' },
      ...rowStart(row),
      h('td', {}, showFigure(row.respondents)),
      ...OUTCOME_QUESTIONS.flatMap((q) => {
        const f = row.questions[q];
        return [h('td', {}, showFigure(f.answers)), h('td', {}, showFigure(f.mean, 'mean')), h('td', {}, showFigure(f.shareHigh, 'share'))];
      })));
  }
  if (!report.rows.length) body.append(h('tr', {}, h('td', { colspan: 12 }, t('trendsEmpty'))));
  const box = table('outcome-trends', t('trendsOutcomesCaption'), head, body);
  box.querySelector('table')!.prepend(box.querySelector('caption')!, ...colgroups);
  return box;
}

export async function trendsView(ctx: Ctx): Promise<void> {
  const messages = messageBox();
  const signals = h('section', { class: 'stack', id: 'trends-signals' });
  const outcomes = h('section', { class: 'stack', id: 'trends-outcomes' });
  const pick = h('form', { class: 'stack', novalidate: true, id: 'trends-wijk' });
  ctx.main.append(h('h1', {}, t('trendsTitle')), h('p', {}, t('trendsIntro')), messages.node, pick, signals, outcomes);
  const query = { period: 'MONTH' as const };
  const [s, o] = await Promise.allSettled([
    ctx.api.ok(ctx.api.client.GET('/stats/signals', { params: { query } })),
    ctx.api.ok(ctx.api.client.GET('/stats/outcomes', { params: { query } })),
  ]);
  if (s.status === 'rejected') showProblem(signals, s.reason, messages);
  if (o.status === 'rejected') showProblem(outcomes, o.reason, messages);
  // One wijk (or the gemeente as a whole) at a time: a month per row shows the trend.
  const rows: Row[] = [...(s.status === 'fulfilled' ? s.value.rows : []), ...(o.status === 'fulfilled' ? o.value.rows : [])];
  const wijk = select('wijk', [['', t('trendsWholeGemeente')], ...wijkenIn(rows)], '');
  wijk.id = 'trends-wijk-choice';
  pick.append(field({ label: t('trendsWhich'), field: 'wijk', input: wijk }));
  const only = <R extends Row>(all: R[]) => all.filter((r) => (r.wijk ?? '') === wijk.value);
  function draw(): void {
    if (s.status === 'fulfilled') signals.replaceChildren(signalTable({ ...s.value, rows: only(s.value.rows) }));
    if (o.status === 'fulfilled') outcomes.replaceChildren(outcomeTable({ ...o.value, rows: only(o.value.rows) }));
  }
  wijk.addEventListener('change', () => {
    draw();
    announce(t('trendsShown', { wijk: wijk.selectedOptions[0]?.textContent ?? '' }));
  });
  draw();
}
