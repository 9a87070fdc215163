// Noaber wijkdashboard: reach statistics for coordinators of a gemeente.
// Plain ES module, no build step and nothing loaded from elsewhere. Served by the backend at
// /dashboard/, so every API call is same-origin. The access token lives in this module only
// (never in localStorage or a cookie): a reload means logging in again.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The metrics in display order, with the Dutch label, how to show the value, and the short label for tight spots. */
const METRICS = [
  { key: 'requestsPosted', label: 'Hulpvragen', unit: 'count' },
  { key: 'requestsOnBehalfShare', label: 'Via VET-medewerker', unit: 'share' },
  { key: 'requestsAccepted', label: 'Gekoppeld', unit: 'count' },
  { key: 'matchedShare', label: 'Aandeel gekoppeld', unit: 'share' },
  { key: 'medianHoursToAcceptance', label: 'Wachttijd tot koppeling (mediaan, uur)', unit: 'hours' },
  { key: 'p90HoursToAcceptance', label: 'Wachttijd tot koppeling (90%, uur)', unit: 'hours' },
  { key: 'medianHoursToDone', label: 'Tijd tot hulp geboden (mediaan, uur)', unit: 'hours' },
  { key: 'p90HoursToDone', label: 'Tijd tot hulp geboden (90%, uur)', unit: 'hours' },
  { key: 'escalations', label: 'Naar coördinator', unit: 'count' },
  { key: 'unmetRequests', label: 'Niet gelukt', unit: 'count' },
  { key: 'residentsHelped', label: 'Inwoners geholpen', unit: 'count' },
  { key: 'volunteerHours', label: 'Uren vrijwilligers', unit: 'hours' },
  { key: 'rides', label: 'Ritten', unit: 'count' },
  { key: 'rideKm', label: 'Km gereden', unit: 'km' },
  { key: 'respijtHours', label: 'Uren respijt', unit: 'hours' },
  { key: 'mantelzorgersRelieved', label: 'Mantelzorgers ontlast', unit: 'count' },
  { key: 'activeVolunteers', label: 'Actieve vrijwilligers', unit: 'count' },
  { key: 'newVolunteers', label: 'Nieuwe vrijwilligers', unit: 'count' },
  { key: 'reciprocalResidents', label: 'Geven én ontvangen', unit: 'count' },
  { key: 'thinInitiatives', label: 'Initiatieven op ≤ 2 vrijwilligers', unit: 'count' },
  { key: 'coverageShare', label: 'Dekking Goede Buren', unit: 'share' },
];
const METRIC_BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

/** Shown on every card; the rest go under "Meer cijfers". */
const MAIN_METRICS = ['requestsPosted', 'matchedShare', 'medianHoursToAcceptance', 'residentsHelped',
  'activeVolunteers', 'volunteerHours', 'escalations', 'coverageShare'];

const SIGNALS = {
  GREEN: { text: 'op koers', cls: 'green' },
  AMBER: { text: 'let op', cls: 'amber' },
  RED: { text: 'achter', cls: 'red' },
};

const TASKS = {
  SHOPPING: 'Boodschappen', WALKING: 'Wandelen', DOG: 'Hond uitlaten', SMALL_JOBS: 'Klusjes',
  PAPERWORK: 'Papierwerk', DIGITAL_HELP: 'Digitale hulp', COMPANY: 'Gezelschap', RIDES: 'Ritten',
  RESPIJT: 'Respijt',
};

const KINDS = { GOEDE_BUREN: 'Goede Buren', VOORZORGCIRKEL: 'Voorzorgcirkel', AUTOMAATJE: 'AutoMaatje', RESPIJT: 'Respijt' };

const GEMEENTEN = { GM0150: 'Deventer', GM0153: 'Enschede' };

/** ColorBrewer "Blues", 5 classes: sequential and colour-blind safe. */
const SCALE = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

const SUPPRESSED = '<5';
/** Fill of a wijk without data: grey, apart from the blues and from the hatching of "<5". */
const NO_DATA = '#c8c8c8';

// ---------------------------------------------------------------------------------------------
// State. Kept in memory only.

let session = null; // { accessToken, refreshToken, account }
let refreshing = null; // one refresh at a time: refresh tokens are single-use
let loadSeq = 0;
let mapSeq = 0;
let reach = null; // the last /stats/reach answer
let gemeenteNames = { ...GEMEENTEN };

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------------
// Formatting

const nf0 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const nf1 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

function isNumber(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A figure as text: a number in Dutch style, "<5" as is, or null when there is nothing. */
function formatValue(value, metricKey) {
  if (value === SUPPRESSED) return SUPPRESSED;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) value = Number(value);
  if (!isNumber(value)) return value == null ? null : String(value);
  const unit = METRIC_BY_KEY.get(metricKey)?.unit ?? 'count';
  if (unit === 'share') return pct.format(value);
  if (unit === 'count') return Number.isInteger(value) ? nf0.format(value) : nf1.format(value);
  return nf1.format(value);
}

function numeric(value) {
  if (isNumber(value)) return value;
  if (typeof value === 'string' && value !== SUPPRESSED && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

function parseDate(iso) {
  const [y, m, d] = String(iso).split('-').map(Number);
  return new Date(Date.UTC(y, (m || 1) - 1, d || 1));
}

function isoDate(date) {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function isoWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return { week: Math.ceil(((d - yearStart) / 86400000 + 1) / 7), year: d.getUTCFullYear() };
}

const monthLong = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "november 2026", "4e kwartaal 2026", "2026", "week 45 (2026)". */
function periodName(periodStart, period) {
  const d = parseDate(periodStart);
  switch (period) {
    case 'QUARTER': return `${Math.floor(d.getUTCMonth() / 3) + 1}e kwartaal ${d.getUTCFullYear()}`;
    case 'YEAR': return String(d.getUTCFullYear());
    case 'WEEK': { const w = isoWeek(d); return `week ${w.week} (${w.year}), vanaf ${fullDate.format(d)}`; }
    default: return monthLong.format(d);
  }
}

/** Short tick labels for the trend chart's x axis. */
function periodTick(periodStart, period, first) {
  const d = parseDate(periodStart);
  switch (period) {
    case 'QUARTER': return [`K${Math.floor(d.getUTCMonth() / 3) + 1}`, String(d.getUTCFullYear())];
    case 'YEAR': return [String(d.getUTCFullYear())];
    case 'WEEK': return [`wk ${isoWeek(d).week}`, dayMonth.format(d)];
    default: {
      const m = monthShort.format(d).replace('.', '');
      return first || d.getUTCMonth() === 0 ? [m, String(d.getUTCFullYear())] : [m];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Small DOM helpers

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const c of children.flat()) if (c != null && c !== false) node.append(c);
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  for (const c of children.flat()) if (c != null && c !== false) node.append(c);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.setAttribute('class', v);
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
}

function setStatus(text) {
  $('status').textContent = text;
}

function showError(id, text) {
  const box = $(id);
  box.textContent = text || '';
  box.classList.toggle('is-visible', Boolean(text));
}

// ---------------------------------------------------------------------------------------------
// API

class ApiError extends Error {
  constructor(status, problem, message) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

class SessionEnded extends Error {
  constructor(status) {
    super(status === 403
      ? 'Dit account mag het wijkdashboard niet bekijken. Log in als coördinator of VET-medewerker.'
      : 'Je sessie is verlopen. Log opnieuw in.');
    this.status = status;
  }
}

async function readProblem(response) {
  const type = response.headers.get('content-type') || '';
  if (type.includes('json')) {
    try { return await response.json(); } catch { return null; }
  }
  return null;
}

function problemText(problem, status) {
  if (problem && typeof problem.detail === 'string' && problem.detail) return problem.detail;
  if (problem && typeof problem.title === 'string' && problem.title) return problem.title;
  if (status >= 500) return 'Er ging iets mis bij de server. Probeer het over een paar minuten opnieuw.';
  return `Er ging iets mis (fout ${status}).`;
}

async function tryRefresh() {
  if (!session?.refreshToken) return false;
  if (!refreshing) {
    const token = session.refreshToken;
    refreshing = (async () => {
      try {
        const r = await fetch('/auth/refresh', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ refreshToken: token }),
          credentials: 'omit',
        });
        if (!r.ok) return false;
        const pair = await r.json();
        if (!session || !pair?.accessToken) return false;
        session.accessToken = pair.accessToken;
        session.refreshToken = pair.refreshToken ?? null;
        if (pair.account) session.account = pair.account;
        return true;
      } catch {
        return false;
      } finally {
        refreshing = null;
      }
    })();
  }
  return refreshing;
}

/** A call with the bearer token. 401 once → refresh and retry; 401/403 after that → SessionEnded. */
async function api(path, { accept = 'application/json', raw = false } = {}) {
  if (!session) throw new SessionEnded(401);
  for (let attempt = 0; ; attempt++) {
    const token = session.accessToken;
    let response;
    try {
      response = await fetch(path, {
        headers: { Authorization: `Bearer ${token}`, Accept: accept },
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, null, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
    }
    if (response.status === 401 && attempt === 0 && (await tryRefresh())) continue;
    if (response.status === 401 || response.status === 403) throw new SessionEnded(response.status);
    if (!response.ok) {
      const problem = await readProblem(response);
      throw new ApiError(response.status, problem, problemText(problem, response.status));
    }
    return raw ? response : response.json();
  }
}

// ---------------------------------------------------------------------------------------------
// Login and logout

function setupLogin() {
  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = $('email').value.trim();
    const password = $('password').value;
    let invalid = false;
    invalid = fieldError('email', email ? '' : 'Vul je e-mailadres in.') || invalid;
    invalid = fieldError('password', password ? '' : 'Vul je wachtwoord in.') || invalid;
    if (invalid) {
      showError('login-error', 'Vul je e-mailadres en wachtwoord in.');
      (email ? $('password') : $('email')).focus();
      return;
    }
    showError('login-error', '');
    $('login-notice').textContent = '';
    const button = $('login-button');
    button.disabled = true;
    button.textContent = 'Bezig met inloggen…';
    try {
      const r = await fetch('/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email, password }),
        credentials: 'omit',
      });
      if (!r.ok) {
        const problem = await readProblem(r);
        for (const e of Array.isArray(problem?.errors) ? problem.errors : []) {
          if (e?.field === 'email') fieldError('email', 'Vul een geldig e-mailadres in.');
          if (e?.field === 'password') fieldError('password', 'Vul je wachtwoord in.');
        }
        showError('login-error', loginProblemText(problem, r));
        $('password').select();
        return;
      }
      const pair = await r.json();
      session = { accessToken: pair.accessToken, refreshToken: pair.refreshToken ?? null, account: pair.account ?? {} };
      $('password').value = '';
      enterDashboard();
    } catch {
      showError('login-error', 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
    } finally {
      button.disabled = false;
      button.textContent = 'Inloggen';
    }
  });
}

/** The API's problem details are in English; the ones a coordinator meets at login get Dutch words. */
function loginProblemText(problem, response) {
  const type = String(problem?.type ?? '');
  if (type.endsWith('invalid-credentials') || (response.status === 401 && !problem?.detail)) {
    return 'Het e-mailadres of wachtwoord klopt niet.';
  }
  if (type.endsWith('login-throttled') || response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.max(1, Math.ceil(seconds / 60)) : null;
    return minutes
      ? `Te vaak een verkeerd wachtwoord. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`
      : 'Te vaak een verkeerd wachtwoord. Probeer het later opnieuw.';
  }
  if (response.status === 400 && Array.isArray(problem?.errors) && problem.errors.length) {
    return 'Controleer je e-mailadres en wachtwoord.';
  }
  return problemText(problem, response.status);
}

function fieldError(field, message) {
  const input = $(field);
  const box = $(`${field}-error`);
  box.textContent = message || '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  return Boolean(message);
}

function enterDashboard() {
  const account = session.account || {};
  const code = account.gemeente || '';
  $('gemeente-name').textContent = gemeenteNames[code] ? `Gemeente ${gemeenteNames[code]} (${code})` : `Gemeente ${code}`;
  $('display-name').textContent = account.displayName || account.email || '';
  $('who').hidden = false;
  $('logout').hidden = false;
  $('page-nav').hidden = false;
  $('login').hidden = true;
  $('dashboard').hidden = false;
  $('dashboard-title').focus();
  loadAll();
  loadQueue();
}

/**
 * Back to the login form; message says why (none after Uitloggen). The refresh token is revoked on
 * the server when it may still be valid: after Uitloggen, and when the account lacks the role (403).
 */
function leaveDashboard(message, revoke = !message) {
  const old = session;
  session = null;
  reach = null;
  loadSeq++;
  mapSeq++;
  if (old?.refreshToken && revoke) {
    // Best effort: end the session on the server too. The page forgets the tokens either way.
    fetch('/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: old.refreshToken }),
      credentials: 'omit',
      keepalive: true,
    }).catch(() => {});
  }
  $('who').hidden = true;
  $('logout').hidden = true;
  $('page-nav').hidden = true;
  $('dashboard').hidden = true;
  $('login').hidden = false;
  for (const id of ['wijk-map', 'trend-chart']) $(id).replaceChildren();
  for (const id of ['cards', 'map-legend', 'trend-table', 'queue-list']) $(id).replaceChildren();
  $('queue-count').textContent = '';
  $('wachtrij').hidden = true;
  $('nav-wachtrij').hidden = true;
  setStatus('');
  showError('load-error', '');
  showError('login-error', message || '');
  $('login-notice').textContent = message ? '' : 'Je bent uitgelogd.';
  $('escalation-link').setAttribute('aria-expanded', 'false');
  $('queue-list').hidden = true;
  resetFilters(); // the next person to log in starts from the default view
  $('email').focus();
}

function handleFailure(error) {
  if (error instanceof SessionEnded) {
    if (session) leaveDashboard(error.message, error.status === 403);
    return;
  }
  setStatus('');
  showError('load-error', error?.message || 'Er ging iets mis bij het laden.');
}

// ---------------------------------------------------------------------------------------------
// Filters

function defaultRange() {
  const today = new Date();
  const from = new Date(today.getFullYear(), today.getMonth() - 11, 1);
  return { from: isoDate(from), to: isoDate(today) };
}

function setupFilters() {
  const metricSelect = $('metric');
  for (const m of METRICS) metricSelect.append(el('option', { value: m.key, text: m.label }));
  resetFilters();

  const form = $('filters');
  form.addEventListener('submit', (e) => { e.preventDefault(); loadAll(); });
  for (const id of ['period', 'kind']) $(id).addEventListener('change', () => loadAll());
  for (const id of ['from', 'to']) $(id).addEventListener('change', () => { if ($(id).value) loadAll(); });
  metricSelect.addEventListener('change', () => {
    if (!reach) { loadAll(); return; }
    renderTrend();
    loadMap();
  });
  $('download-csv').addEventListener('click', downloadCsv);
  $('logout').addEventListener('click', () => leaveDashboard());
  $('escalation-link').addEventListener('click', toggleQueue);
}

/** Period MONTH, all kinds, residentsHelped, from the first day of the month 11 months ago up to today. */
function resetFilters() {
  const { from, to } = defaultRange();
  $('period').value = 'MONTH';
  $('kind').value = '';
  $('metric').value = 'residentsHelped';
  $('from').value = from;
  $('to').value = to;
}

function filters() {
  return {
    period: $('period').value,
    from: $('from').value,
    to: $('to').value,
    kind: $('kind').value,
    metric: $('metric').value,
  };
}

function reachQuery(f) {
  const q = new URLSearchParams({ period: f.period, from: f.from, to: f.to });
  if (f.kind) q.set('kind', f.kind);
  return q.toString();
}

function checkRange(f) {
  if (!f.from || !f.to) return 'Kies een begin- en einddatum.';
  if (f.from > f.to) return 'De begindatum ligt na de einddatum. Kies een andere periode.';
  return '';
}

// ---------------------------------------------------------------------------------------------
// Loading

async function loadAll() {
  if (!session) return;
  const f = filters();
  const problem = checkRange(f);
  if (problem) { showError('load-error', problem); return; }
  const seq = ++loadSeq;
  setStatus('Bezig met laden…');
  showError('load-error', '');
  $('dashboard').setAttribute('aria-busy', 'true');
  try {
    const data = await api(`/stats/reach?${reachQuery(f)}`);
    if (seq !== loadSeq) return;
    reach = normaliseReach(data, f);
    renderCards();
    renderTrend();
    await loadMap(seq);
  } catch (error) {
    if (seq === loadSeq) handleFailure(error);
  } finally {
    if (seq === loadSeq) $('dashboard').removeAttribute('aria-busy');
  }
}

function normaliseReach(data, f) {
  const rows = Array.isArray(data?.rows) ? data.rows.filter((r) => r && r.periodStart) : [];
  const starts = [...new Set(rows.map((r) => r.periodStart))].sort();
  return {
    gemeente: data?.gemeente ?? session?.account?.gemeente ?? '',
    period: data?.period ?? f.period,
    from: data?.from ?? f.from,
    to: data?.to ?? f.to,
    kind: data?.kind ?? (f.kind || null),
    rows,
    starts,
    latest: starts[starts.length - 1] ?? null,
  };
}

/** Loads and draws the map for the current metric and the latest period. */
async function loadMap(parentSeq) {
  if (!session || !reach) return;
  const seq = ++mapSeq;
  const f = filters();
  const map = $('wijk-map');
  if (parentSeq == null) setStatus('Bezig met laden…');
  map.setAttribute('aria-busy', 'true');
  try {
    if (!reach.latest) {
      renderMap(null, f.metric);
    } else {
      const q = new URLSearchParams({ metric: f.metric, period: reach.period, date: reach.latest });
      if (reach.kind) q.set('kind', reach.kind);
      const geo = await api(`/stats/wijken.geojson?${q}`, { accept: 'application/geo+json, application/json' });
      if (seq !== mapSeq || (parentSeq != null && parentSeq !== loadSeq)) return;
      renderMap(geo, f.metric);
    }
    setStatus('Bijgewerkt');
  } catch (error) {
    if (seq === mapSeq) handleFailure(error);
  } finally {
    if (seq === mapSeq) map.removeAttribute('aria-busy');
  }
}

// ---------------------------------------------------------------------------------------------
// Cards

function renderCards() {
  const container = $('cards');
  container.replaceChildren();
  const latest = reach.latest;
  $('cards-subtitle').textContent = latest
    ? `Cijfers van ${periodName(latest, reach.period)}${reach.kind ? `, alleen ${KINDS[reach.kind] ?? reach.kind}` : ''}.`
    : 'Er zijn geen cijfers voor deze periode.';
  if (!latest) return;
  const rows = reach.rows.filter((r) => r.periodStart === latest);
  const total = rows.find((r) => r.wijk == null);
  const wijken = rows.filter((r) => r.wijk != null)
    .sort((a, b) => String(a.wijkName ?? a.wijk).localeCompare(String(b.wijkName ?? b.wijk), 'nl'));
  if (total) container.append(card(total, 'Hele gemeente', 'total'));
  for (const r of wijken) container.append(card(r, r.wijkName || r.wijk, r.wijk));
}

function card(row, title, key) {
  const headingId = `card-${key}`;
  const metrics = row.metrics && typeof row.metrics === 'object' ? row.metrics : {};
  const main = MAIN_METRICS.map((k) => METRIC_BY_KEY.get(k));
  const rest = METRICS.filter((m) => !MAIN_METRICS.includes(m.key));
  const extra = [
    ...byTask(row.escalationsByTask, 'Naar coördinator per soort taak'),
    ...byTask(row.unmetByTask, 'Niet gelukt per soort taak'),
  ];
  return el('article', {
    class: `card${key === 'total' ? ' card--total' : ''}`,
    dataset: { wijk: key },
    'aria-labelledby': headingId,
    tabindex: '-1',
  },
  el('h4', { id: headingId, class: 'card__title' },
    title,
    key !== 'total' ? el('span', { class: 'card__code', text: ` ${key}` }) : null),
  metricList(main.map((m) => [m, metrics[m.key]])),
  el('details', { class: 'card__more' },
    el('summary', { text: 'Meer cijfers' }),
    metricList(rest.map((m) => [m, metrics[m.key]])),
    extra));
}

function metricList(entries) {
  return el('dl', { class: 'metrics' }, entries.map(([m, figure]) => {
    const value = figure && typeof figure === 'object' ? figure.value : figure;
    const goal = figure && typeof figure === 'object' ? figure.goal : null;
    const signal = figure && typeof figure === 'object' ? figure.signal : null;
    const text = formatValue(value, m.key);
    const goalText = goal != null ? formatValue(goal, m.key) : null;
    const s = SIGNALS[signal];
    return el('div', { class: 'metric', dataset: { metric: m.key } },
      el('dt', { class: 'metric__label', text: m.label }),
      el('dd', { class: 'metric__figures' },
        text == null
          ? el('span', { class: 'metric__value metric__value--none' },
            el('span', { 'aria-hidden': 'true', text: '–' }),
            el('span', { class: 'visually-hidden', text: 'geen gegevens' }))
          : el('span', { class: `metric__value${text === SUPPRESSED ? ' metric__value--suppressed' : ''}`, text }),
        goalText != null ? el('span', { class: 'metric__goal', text: `doel ${goalText}` }) : null,
        s ? el('span', { class: `signal signal--${s.cls}` },
          el('span', { class: 'signal__dot', 'aria-hidden': 'true' }),
          el('span', { class: 'signal__text', text: s.text })) : null));
  }));
}

function byTask(map, title) {
  if (!map || typeof map !== 'object') return [];
  const entries = Object.entries(map);
  if (!entries.length) return [];
  return [el('div', { class: 'by-task' },
    el('p', { class: 'by-task__title', text: title }),
    el('ul', {}, entries.map(([task, v]) => el('li', {},
      el('span', { text: TASKS[task] ?? task }), ' ',
      el('span', { class: 'by-task__value', text: formatValue(v, 'escalations') ?? '–' })))))];
}

function highlightCard(wijk) {
  const target = document.querySelector(`.card[data-wijk="${CSS.escape(wijk)}"]`);
  if (!target) return;
  for (const c of document.querySelectorAll('.card.is-highlighted')) c.classList.remove('is-highlighted');
  target.classList.add('is-highlighted');
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
  target.focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------------
// Map

function renderMap(geo, metricKey) {
  const map = $('wijk-map');
  const legend = $('map-legend');
  map.replaceChildren();
  legend.replaceChildren();
  const metric = METRIC_BY_KEY.get(metricKey) ?? { key: metricKey, label: metricKey, unit: 'count' };
  const features = Array.isArray(geo?.features)
    ? geo.features.filter((f) => f?.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
    : [];
  const when = features[0]?.properties?.periodStart ?? reach?.latest;
  $('map-title').textContent = `Kaart: ${metric.label}`;
  $('map-subtitle').textContent = when ? `Per wijk, ${periodName(when, reach?.period)}.` : '';
  map.dataset.metric = metricKey;
  if (when) map.dataset.periodStart = when;

  if (!features.length) {
    map.setAttribute('viewBox', '0 0 600 120');
    map.setAttribute('aria-label', `Kaart: ${metric.label}. Er zijn geen wijkgrenzen om te tonen.`);
    map.append(svg('text', { x: 300, y: 64, 'text-anchor': 'middle', class: 'map__empty', text: 'Geen kaart beschikbaar' }));
    return;
  }

  // Equirectangular projection, x scaled by cos(latitude of the centre), fitted to the bounding box.
  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  for (const f of features) {
    for (const ring of rings(f.geometry)) {
      for (const [lon, lat] of ring) {
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
    }
  }
  const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const W = 600;
  const pad = 12;
  const scale = (W - 2 * pad) / spanX;
  const H = Math.round(spanY * scale + 2 * pad);
  const project = ([lon, lat]) => [pad + (lon - minLon) * k * scale, pad + (maxLat - lat) * scale];
  map.setAttribute('viewBox', `0 0 ${W} ${H}`);
  map.setAttribute('preserveAspectRatio', 'xMidYMid meet');

  const values = features.map((f) => numeric(f.properties?.value)).filter((v) => v != null);
  const classes = classify(values, metric);

  map.append(svg('defs', {},
    svg('pattern', { id: 'hatch-suppressed', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      svg('rect', { width: 6, height: 6, fill: '#e4e4e4' }),
      svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#7a7a7a', 'stroke-width': 2 }))));

  const shapes = svg('g', { class: 'map__shapes' });
  const labels = svg('g', { class: 'map__labels', 'aria-hidden': 'true' });
  // Drawn on top of every wijk so a focused or hovered wijk's border is never hidden by a neighbour.
  const halo = svg('path', { class: 'map__focus-halo', d: '' });
  const ring = svg('path', { class: 'map__focus-ring', d: '' });
  const highlight = svg('g', { class: 'map__focus', 'aria-hidden': 'true' }, halo, ring);
  let suppressedSeen = false;
  let noneSeen = false;
  const summary = [];

  const sorted = [...features].sort((a, b) => String(a.properties?.name ?? '').localeCompare(String(b.properties?.name ?? ''), 'nl'));
  for (const f of sorted) {
    const p = f.properties ?? {};
    const code = p.wijk ?? f.id ?? '';
    const name = p.name ?? code;
    const raw = p.value;
    const v = numeric(raw);
    const text = formatValue(raw, metricKey);
    let fill;
    let cls;
    if (v != null) { fill = classes.colorOf(v); cls = 'map__wijk'; }
    else if (raw === SUPPRESSED) { fill = 'url(#hatch-suppressed)'; cls = 'map__wijk map__wijk--suppressed'; suppressedSeen = true; }
    else { fill = NO_DATA; cls = 'map__wijk map__wijk--none'; noneSeen = true; }
    const d = pathData(f.geometry, project);
    const goalText = p.goal != null ? `, doel ${formatValue(p.goal, metricKey)}` : '';
    const sig = SIGNALS[p.signal] ? `, ${SIGNALS[p.signal].text}` : '';
    const titleText = `${name}: ${text ?? 'geen gegevens'}${goalText}${sig}`;
    summary.push(`${name} ${text ?? 'geen gegevens'}`);
    const shape = svg('path', {
      d, fill, class: cls, tabindex: 0, role: 'link', 'aria-label': titleText,
      dataset: { wijk: code, value: text ?? '' },
    }, svg('title', { text: titleText }));
    const go = () => highlightCard(code);
    shape.addEventListener('click', go);
    shape.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); }
    });
    const show = () => { halo.setAttribute('d', d); ring.setAttribute('d', d); highlight.classList.add('is-on'); };
    const hide = () => { highlight.classList.remove('is-on'); };
    shape.addEventListener('focus', show);
    shape.addEventListener('blur', hide);
    shape.addEventListener('mouseenter', show);
    shape.addEventListener('mouseleave', () => { if (document.activeElement !== shape) hide(); });
    shapes.append(shape);

    const [cx, cy] = labelPoint(f.geometry, project);
    if (text != null && Number.isFinite(cx)) {
      labels.append(svg('text', { x: cx.toFixed(1), y: cy.toFixed(1), class: 'map__label', 'text-anchor': 'middle', 'dominant-baseline': 'central', text }));
    }
  }
  map.append(shapes, highlight, labels);
  map.dataset.viewWidth = String(W);
  sizeMapLabels();
  map.setAttribute('aria-label', `Kaart: ${metric.label} per wijk${when ? `, ${periodName(when, reach?.period)}` : ''}. ${summary.join('; ')}.`);

  // Legend: the five classes, then the patterns for "<5" and no data.
  const items = classes.legend;
  const list = el('ul', { class: 'legend__list' });
  for (const [color, label] of items) {
    list.append(el('li', {}, legendSwatch(color), el('span', { text: label })));
  }
  if (suppressedSeen) list.append(el('li', {}, legendSwatch('hatch'), el('span', { text: '<5 (klein aantal)' })));
  if (noneSeen) list.append(el('li', {}, legendSwatch(NO_DATA), el('span', { text: 'geen gegevens' })));
  legend.append(el('p', { class: 'legend__title', text: metric.label }), list);
}

/**
 * Up to five equal-width classes from the lowest to the highest value on the map. Whole counts get
 * whole-number classes ("12 – 17"); other figures get class limits with one decimal or as a percentage.
 */
function classify(values, metric) {
  if (!values.length) return { colorOf: () => SCALE[0], legend: [] };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const fmt = (x) => formatValue(metric.unit === 'share' ? x : Math.round(x * 10) / 10, metric.key);
  const pick = (i, k) => SCALE[k <= 1 ? SCALE.length - 1 : Math.round((i * (SCALE.length - 1)) / (k - 1))];
  if (hi === lo) {
    return { colorOf: () => pick(0, 1), legend: [[pick(0, 1), fmt(hi)]] };
  }
  if (values.every(Number.isInteger)) {
    const step = Math.max(1, Math.ceil((hi - lo + 1) / SCALE.length));
    const k = Math.ceil((hi - lo + 1) / step);
    const legend = [];
    for (let i = 0; i < k; i++) {
      const a = lo + i * step;
      const b = Math.min(hi, a + step - 1);
      legend.push([pick(i, k), a === b ? fmt(a) : `${fmt(a)} – ${fmt(b)}`]);
    }
    return { colorOf: (v) => pick(Math.min(k - 1, Math.floor((v - lo) / step)), k), legend };
  }
  const k = SCALE.length;
  const step = (hi - lo) / k;
  const legend = [];
  for (let i = 0; i < k; i++) legend.push([pick(i, k), `${fmt(lo + i * step)} – ${fmt(lo + (i + 1) * step)}`]);
  return { colorOf: (v) => pick(Math.min(k - 1, Math.floor((v - lo) / step)), k), legend };
}

/** Map labels in viewBox units, so that they show at about 13 px (11 px on a phone) whatever the map's size. */
function sizeMapLabels() {
  const map = $('wijk-map');
  const labels = map.querySelector('.map__labels');
  const viewWidth = Number(map.dataset.viewWidth);
  const shown = map.getBoundingClientRect().width;
  if (!labels || !viewWidth || !shown) return;
  const px = shown < 480 ? 11 : 13;
  labels.style.fontSize = `${((px * viewWidth) / shown).toFixed(2)}px`;
  labels.style.strokeWidth = `${((3.5 * viewWidth) / shown).toFixed(2)}px`;
}

function watchSizes() {
  let lastTrendWidth = 0;
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      sizeMapLabels();
      const width = Math.round($('trend-chart').getBoundingClientRect().width);
      if (reach && width >= 280 && Math.abs(width - lastTrendWidth) > 8) {
        lastTrendWidth = width;
        renderTrend();
      }
    });
  });
  observer.observe($('wijk-map'));
  observer.observe($('trend-chart'));
}

function legendSwatch(color) {
  const s = svg('svg', { class: 'legend__swatch', viewBox: '0 0 24 16', width: 24, height: 16, 'aria-hidden': 'true', focusable: 'false' });
  if (color === 'hatch') {
    s.append(
      svg('defs', {}, svg('pattern', { id: 'hatch-legend', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        svg('rect', { width: 6, height: 6, fill: '#e4e4e4' }),
        svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#7a7a7a', 'stroke-width': 2 }))),
      svg('rect', { x: 0.5, y: 0.5, width: 23, height: 15, fill: 'url(#hatch-legend)', stroke: '#555' }));
  } else {
    s.append(svg('rect', { x: 0.5, y: 0.5, width: 23, height: 15, fill: color, stroke: '#555' }));
  }
  return s;
}

function rings(geometry) {
  if (geometry.type === 'Polygon') return geometry.coordinates ?? [];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates ?? []).flat();
  return [];
}

function pathData(geometry, project) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const poly of polys ?? []) {
    for (const ring of poly ?? []) {
      if (!ring?.length) continue;
      d += ring.map((pt, i) => {
        const [x, y] = project(pt);
        return `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
      }).join('') + 'Z';
    }
  }
  return d;
}

/** Where to put the value: the area centroid of the largest outer ring (projected). */
function labelPoint(geometry, project) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = null;
  for (const poly of polys ?? []) {
    const ring = (poly?.[0] ?? []).map(project);
    if (ring.length < 3) continue;
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += cross;
      cx += (ring[j][0] + ring[i][0]) * cross;
      cy += (ring[j][1] + ring[i][1]) * cross;
    }
    if (Math.abs(a) < 1e-9) continue;
    const c = [cx / (3 * a), cy / (3 * a), Math.abs(a / 2)];
    if (!best || c[2] > best[2]) best = c;
  }
  return best ? [best[0], best[1]] : [NaN, NaN];
}

// ---------------------------------------------------------------------------------------------
// Trend chart

function renderTrend() {
  const chart = $('trend-chart');
  const tableBox = $('trend-table');
  chart.replaceChildren();
  tableBox.replaceChildren();
  if (!reach) return;
  const metricKey = $('metric').value;
  const metric = METRIC_BY_KEY.get(metricKey) ?? { key: metricKey, label: metricKey, unit: 'count' };
  const period = reach.period;
  const points = reach.rows
    .filter((r) => r.wijk == null)
    .sort((a, b) => String(a.periodStart).localeCompare(String(b.periodStart)))
    .map((r) => {
      const fig = r.metrics?.[metricKey];
      const raw = fig && typeof fig === 'object' ? fig.value : fig;
      return { start: r.periodStart, raw, value: numeric(raw), goal: numeric(fig?.goal), signal: fig?.signal };
    });
  $('trend-title').textContent = `Verloop: ${metric.label}`;
  $('trend-subtitle').textContent = `Hele gemeente, per ${({ MONTH: 'maand', QUARTER: 'kwartaal', YEAR: 'jaar', WEEK: 'week' })[period] ?? 'periode'}.`;
  chart.dataset.metric = metricKey;

  // Drawn at the size it is shown, so the text stays at its real size on a phone and at 200% zoom.
  const shownWidth = Math.round(chart.getBoundingClientRect().width);
  const W = shownWidth >= 280 ? shownWidth : 640;
  const H = Math.round(Math.min(320, Math.max(230, W * 0.5)));
  chart.dataset.width = String(W);
  const m = { top: 20, right: 20, bottom: 56, left: 64 };
  chart.setAttribute('viewBox', `0 0 ${W} ${H}`);
  chart.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  if (!points.length) {
    chart.setAttribute('aria-label', `Verloop van ${metric.label}: er zijn geen cijfers.`);
    chart.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'trend__empty', text: 'Geen cijfers voor deze periode' }));
    return;
  }

  const known = points.flatMap((p) => [p.value, p.goal]).filter((v) => v != null);
  let top = known.length ? Math.max(...known) : 1;
  let bottom = known.length ? Math.min(0, ...known) : 0;
  if (metric.unit === 'share') top = Math.max(top, 0.0001);
  const ticks = niceTicks(bottom, top <= bottom ? bottom + 1 : top, 5);
  bottom = ticks[0];
  top = ticks[ticks.length - 1];
  const iw = W - m.left - m.right;
  const ih = H - m.top - m.bottom;
  const n = points.length;
  const x = (i) => m.left + (n === 1 ? iw / 2 : (i * iw) / (n - 1));
  const y = (v) => m.top + ih - ((v - bottom) / (top - bottom)) * ih;

  const grid = svg('g', { class: 'trend__grid', 'aria-hidden': 'true' });
  for (const t of ticks) {
    grid.append(svg('line', { x1: m.left, x2: W - m.right, y1: y(t), y2: y(t) }));
    grid.append(svg('text', { x: m.left - 8, y: y(t), 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'trend__tick', text: formatValue(t, metricKey) }));
  }
  const xAxis = svg('g', { class: 'trend__axis', 'aria-hidden': 'true' });
  xAxis.append(svg('line', { x1: m.left, x2: W - m.right, y1: m.top + ih, y2: m.top + ih }));
  const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(iw / 44))));
  let firstTick = true;
  points.forEach((p, i) => {
    if ((n - 1 - i) % every !== 0) return; // counted from the latest period, which always gets a label
    const lines = periodTick(p.start, period, firstTick);
    firstTick = false;
    const t = svg('text', { x: x(i), y: m.top + ih + 18, 'text-anchor': 'middle', class: 'trend__tick' });
    lines.forEach((line, j) => t.append(svg('tspan', { x: x(i), dy: j ? 14 : 0, text: line })));
    xAxis.append(t);
  });
  const yLabel = svg('text', {
    class: 'trend__axis-label', 'text-anchor': 'middle',
    transform: `translate(14 ${m.top + ih / 2}) rotate(-90)`, text: metric.label.length > 34 ? `${metric.label.slice(0, 32)}…` : metric.label,
  });

  // Goal: dashed, only where a period has one.
  const goalLine = svg('path', { class: 'trend__goal', d: segments(points.map((p) => p.goal), x, y) });
  // Values: a line with gaps where a period is "<5" or has no data.
  const line = svg('path', { class: 'trend__line', d: segments(points.map((p) => p.value), x, y) });
  const dots = svg('g', { class: 'trend__dots' });
  points.forEach((p, i) => {
    const label = `${periodName(p.start, period)}: ${formatValue(p.raw, metricKey) ?? 'geen gegevens'}`;
    if (p.value != null) {
      dots.append(svg('circle', { cx: x(i), cy: y(p.value), r: 4 }, svg('title', { text: label })));
    } else if (p.raw === SUPPRESSED) {
      dots.append(svg('text', { x: x(i), y: m.top + ih - 6, 'text-anchor': 'middle', class: 'trend__suppressed' }, '<5', svg('title', { text: label })));
    }
  });
  chart.append(grid, xAxis, yLabel, goalLine, line, dots);

  const hasGoal = points.some((p) => p.goal != null);
  const legend = svg('g', { class: 'trend__legend', 'aria-hidden': 'true', transform: `translate(${m.left} ${H - 8})` },
    svg('line', { x1: 0, x2: 22, y1: -4, y2: -4, class: 'trend__line' }),
    svg('text', { x: 28, y: 0, class: 'trend__tick', text: 'hele gemeente' }));
  if (hasGoal) {
    legend.append(svg('line', { x1: 130, x2: 152, y1: -4, y2: -4, class: 'trend__goal' }), svg('text', { x: 158, y: 0, class: 'trend__tick', text: 'doel' }));
  }
  chart.append(legend);

  const described = points.map((p) => `${periodName(p.start, period)} ${formatValue(p.raw, metricKey) ?? 'geen gegevens'}`).join('; ');
  chart.setAttribute('aria-label', `Verloop van ${metric.label} voor de hele gemeente: ${described}.`);

  // The same numbers as a table, for screen readers and for copying.
  const table = el('table', { class: 'data-table' },
    el('caption', { class: 'visually-hidden', text: `${metric.label}, hele gemeente` }),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: 'Periode' }),
      el('th', { scope: 'col', text: 'Waarde' }),
      el('th', { scope: 'col', text: 'Doel' }),
      el('th', { scope: 'col', text: 'Stoplicht' }))),
    el('tbody', {}, points.map((p) => el('tr', {},
      el('th', { scope: 'row', text: periodName(p.start, period) }),
      el('td', { text: formatValue(p.raw, metricKey) ?? '–' }),
      el('td', { text: p.goal != null ? formatValue(p.goal, metricKey) : '–' }),
      el('td', { text: SIGNALS[p.signal]?.text ?? 'geen doel' })))));
  tableBox.append(table);
}

function segments(values, x, y) {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v == null) { pen = false; return; }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
    pen = true;
  });
  // A lone point between gaps still shows as its dot; the path just has a zero-length move.
  return d;
}

function niceTicks(lo, hi, count) {
  const span = hi - lo;
  const raw = span / Math.max(1, count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks = [];
  for (let t = start; t <= end + step / 2; t += step) ticks.push(Math.round(t / step) * step);
  return ticks.length > 1 ? ticks : [start, start + step];
}

// ---------------------------------------------------------------------------------------------
// CSV download

async function downloadCsv() {
  if (!session) return;
  const f = filters();
  const problem = checkRange(f);
  if (problem) { showError('load-error', problem); return; }
  const button = $('download-csv');
  button.disabled = true;
  setStatus('CSV wordt gemaakt…');
  try {
    const response = await api(`/stats/reach.csv?${reachQuery(f)}`, { accept: 'text/csv', raw: true });
    const blob = await response.blob();
    const gemeente = reach?.gemeente || session?.account?.gemeente || 'gemeente';
    const name = `noaber-bereik-${gemeente}-${f.period}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
    const url = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: 'text/csv' }));
    const a = el('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    setStatus('CSV gedownload');
  } catch (error) {
    handleFailure(error);
  } finally {
    button.disabled = false;
  }
}

// ---------------------------------------------------------------------------------------------
// Coordinator queue

/** The escalated requests waiting for a coordinator (GET /coordinator-queue); null when not available. */
async function fetchQueue() {
  try {
    const data = await api('/coordinator-queue');
    return Array.isArray(data) ? data : null;
  } catch (error) {
    if (error instanceof SessionEnded && error.status === 401) throw error;
    return null;
  }
}

async function loadQueue() {
  const box = $('wachtrij');
  try {
    const items = await fetchQueue();
    if (!session) return;
    if (items == null) { box.hidden = true; $('nav-wachtrij').hidden = true; return; }
    showQueue(items);
    box.hidden = false;
    $('nav-wachtrij').hidden = false;
  } catch (error) {
    if (error instanceof SessionEnded) handleFailure(error);
    else { box.hidden = true; $('nav-wachtrij').hidden = true; }
  }
}

function showQueue(items) {
  const n = items.length;
  $('queue-count').textContent = n === 1
    ? '1 hulpvraag wacht op een coördinator.'
    : `${nf0.format(n)} hulpvragen wachten op een coördinator.`;
  const list = $('queue-list');
  list.replaceChildren();
  for (const item of items.slice(0, 20)) {
    if (!item || typeof item !== 'object') continue;
    const created = typeof item.createdAt === 'string' ? new Date(item.createdAt) : null;
    const bits = [
      TASKS[item.task] ?? item.task,
      item.wijk?.name ?? (typeof item.wijk === 'string' ? item.wijk : null),
      created && !Number.isNaN(created.getTime())
        ? `sinds ${created.toLocaleString('nl-NL', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })}` : null,
    ].filter(Boolean);
    list.append(el('li', {},
      el('strong', { text: item.id != null ? `Hulpvraag ${item.id}` : 'Hulpvraag' }),
      bits.length ? ` — ${bits.join(', ')}` : ''));
  }
  if (n > 20) list.append(el('li', { text: `en nog ${nf0.format(n - 20)} meer` }));
}

async function toggleQueue() {
  const button = $('escalation-link');
  const list = $('queue-list');
  const open = button.getAttribute('aria-expanded') === 'true';
  if (open) {
    button.setAttribute('aria-expanded', 'false');
    list.hidden = true;
    return;
  }
  try {
    const items = await fetchQueue();
    if (items == null) return;
    showQueue(items);
    list.hidden = items.length === 0;
    button.setAttribute('aria-expanded', items.length ? 'true' : 'false');
  } catch (error) {
    if (error instanceof SessionEnded) handleFailure(error);
  }
}

// ---------------------------------------------------------------------------------------------
// Start

async function loadGemeenteNames() {
  // Public list; used only for a nicer header. The built-in names cover Deventer and Enschede.
  try {
    const r = await fetch('/gemeenten', { headers: { Accept: 'application/json' }, credentials: 'omit' });
    if (!r.ok) return;
    const list = await r.json();
    if (Array.isArray(list)) for (const g of list) if (g?.code && g?.name) gemeenteNames[g.code] = g.name;
  } catch {
    // keep the built-in names
  }
}

setupLogin();
setupFilters();
watchSizes();
loadGemeenteNames();
$('email').focus();
