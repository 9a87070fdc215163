import type { Api } from './api';
import { choices, field, h, input, select, uid } from './dom';
import { wijkCentre, normalisePostcode, point } from './geo';
import { t } from './i18n';
import { ApiError } from './problem';
import type { GeoJsonPoint, WijkCollection } from './types';

let wijkCache: Promise<WijkCollection | undefined> | undefined;

/** The wijken of the caller's gemeente, once per page load (they change about once a year). */
export function loadWijken(api: Api): Promise<WijkCollection | undefined> {
  wijkCache ??= api.ok(api.client.GET('/wijken')).then((w) => w as WijkCollection, () => {
    wijkCache = undefined;
    return undefined;
  });
  return wijkCache;
}

export interface PlacePicker {
  node: HTMLFieldSetElement;
  value: () => GeoJsonPoint | undefined;
  /** What the resident typed or the lookup found, for the volunteer who accepts. */
  addressLine: () => string;
}

type Mode = 'address' | 'gps' | 'wijk';

/**
 * "Where?": by postcode and house number (GET /addresses; 503 while PDOK is off, the default),
 * by the phone's location (Geolocation API), or — the fallback that always works — the middle of
 * a wijk chosen from the list. The API field is `fieldName`, so its errors land here.
 */
export function placePicker(api: Api, options: { fieldName: string; legend: string; intro?: string;
  withAddressLine: boolean; initial?: GeoJsonPoint }): PlacePicker {
  let chosen: GeoJsonPoint | undefined = options.initial;
  const status = h('p', { class: 'place__status', role: 'status', 'aria-live': 'polite' });
  const errorId = uid('err');
  const mode = choices('radio', uid('mode'), options.legend, [
    ['address', t('whereAddress')], ['gps', t('whereGps')], ['wijk', t('whereWijk')]], [], options.fieldName);
  mode.classList.add('place');
  mode.querySelector('.field__error')!.id = errorId;
  if (options.intro) mode.querySelector('legend')!.after(h('p', { class: 'field__hint' }, options.intro));

  // By address
  const postcode = input({ type: 'text', name: 'postcode', autocomplete: 'postal-code', inputmode: 'text', size: 8 });
  const huisnummer = input({ type: 'text', name: 'huisnummer', autocomplete: 'address-line2', size: 6 });
  const find = h('button', { type: 'button', class: 'button button--secondary' }, t('findAddress'));
  const addressPanel = h('div', { class: 'place__panel', 'data-mode': 'address', hidden: true },
    h('div', { class: 'row' },
      field({ label: t('postcode'), field: 'postcode', input: postcode }),
      field({ label: t('huisnummer'), field: 'huisnummer', input: huisnummer })),
    find);
  find.addEventListener('click', () => void lookup());

  async function lookup(): Promise<void> {
    const pc = normalisePostcode(postcode.value);
    if (!pc) {
      status.textContent = t('postcodeInvalid');
      postcode.setAttribute('aria-invalid', 'true');
      postcode.focus();
      return;
    }
    postcode.removeAttribute('aria-invalid');
    status.textContent = t('loading');
    try {
      const found = await api.ok(api.client.GET('/addresses', { params: { query: { postcode: pc, huisnummer: huisnummer.value.trim() } } }));
      chosen = found.location;
      status.textContent = t('addressFound', { address: found.displayName });
      if (addressLine && !addressLine.value) addressLine.value = `${found.street} ${found.huisnummer}, ${found.city}`;
    } catch (error) {
      chosen = undefined;
      status.textContent = error instanceof ApiError && error.status === 404 ? t('addressNotFound') : t('addressUnavailable');
    }
  }

  // By the phone's location
  const gps = h('button', { type: 'button', class: 'button button--secondary' }, t('useGps'));
  const gpsPanel = h('div', { class: 'place__panel', 'data-mode': 'gps', hidden: true }, gps);
  gps.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      status.textContent = t('gpsUnsupported');
      return;
    }
    status.textContent = t('loading');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        chosen = point(p.coords.longitude, p.coords.latitude);
        status.textContent = t('gpsFound');
      },
      () => {
        chosen = undefined;
        status.textContent = t('gpsDenied');
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 });
  });

  // The middle of a wijk
  const wijk = select('wijk', [['', t('chooseWijk')]]);
  wijk.id = uid('wijk');
  const centres = new Map<string, GeoJsonPoint>();
  const wijkPanel = h('div', { class: 'place__panel', 'data-mode': 'wijk', hidden: true },
    field({ label: t('wijk'), field: 'wijk', input: wijk }));
  void loadWijken(api).then((collection) => {
    for (const f of collection?.features ?? []) {
      const centre = wijkCentre(f);
      if (!centre) continue;
      centres.set(f.id, centre);
      wijk.append(h('option', { value: f.id }, f.properties.name));
    }
    wijk.dataset.loaded = 'true';
  });
  wijk.addEventListener('change', () => {
    chosen = centres.get(wijk.value);
    status.textContent = '';
  });

  const addressLine = options.withAddressLine
    ? input({ type: 'text', name: 'addressLine', autocomplete: 'street-address', maxlength: 200 })
    : undefined;

  mode.append(addressPanel, gpsPanel, wijkPanel, status);
  if (addressLine) mode.append(field({ label: t('addressLine'), field: 'addressLine', input: addressLine }));
  if (options.initial) status.textContent = '';

  mode.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.type !== 'radio') return;
    const m = target.value as Mode;
    for (const panel of [addressPanel, gpsPanel, wijkPanel]) panel.hidden = panel.dataset.mode !== m;
    if (m === 'wijk') chosen = centres.get(wijk.value) ?? options.initial;
    else chosen = options.initial;
    status.textContent = '';
  });

  return { node: mode, value: () => chosen, addressLine: () => addressLine?.value.trim() ?? '' };
}
