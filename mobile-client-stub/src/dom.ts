import { t } from './i18n';
import { ApiError, placeProblem } from './problem';

type Child = Node | string | false | null | undefined;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/** A DOM element: attributes (on* are listeners, booleans toggle), then children. No innerHTML anywhere. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    node.append(child);
  }
  return node;
}

let ids = 0;
export function uid(prefix: string): string {
  ids += 1;
  return `${prefix}-${ids}`;
}

export interface FieldOptions {
  label: string;
  /** The API's name for it, so a problem's errors[] lands here. */
  field: string;
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  hint?: string;
}

/** Label, input, hint and an error line the input is described by. */
export function field({ label, field: name, input, hint }: FieldOptions): HTMLDivElement {
  const id = input.id || uid('f');
  input.id = id;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  input.setAttribute('aria-describedby', hint ? `${hintId} ${errorId}` : errorId);
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'field__hint', id: hintId }, hint) : null,
    input,
    h('p', { class: 'field__error', id: errorId }));
}

export function input(attrs: Attrs): HTMLInputElement {
  return h('input', attrs);
}

export function select(name: string, options: Array<[string, string]>, value?: string): HTMLSelectElement {
  const node = h('select', { name });
  for (const [v, text] of options) node.append(h('option', { value: v, selected: v === value }, text));
  return node;
}

/** A radio group or check boxes in a fieldset with a legend; field errors go under the legend. */
export function choices(kind: 'radio' | 'checkbox', name: string, legend: string, options: Array<[string, string]>,
  checked: readonly string[], fieldName = name): HTMLFieldSetElement {
  const errorId = uid('err');
  const set = h('fieldset', { class: 'choices', 'data-field': fieldName, 'aria-describedby': errorId },
    h('legend', {}, legend),
    h('p', { class: 'field__error', id: errorId }));
  for (const [value, text] of options) {
    const id = uid(name);
    set.append(h('div', { class: 'choice' },
      h('input', { type: kind, id, name, value, checked: checked.includes(value) }),
      h('label', { for: id }, text)));
  }
  return set;
}

/** The page-wide polite live region (in index.html): screen readers read what changed. */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A tick later, so the same text twice is still read out.
  setTimeout(() => { region.textContent = text; }, 50);
}

/** A message box in a view: role=status for good news, role=alert for errors. */
export function messageBox(): { node: HTMLDivElement; ok: (text: string) => void; error: (text: string) => void; clear: () => void } {
  const node = h('div', { class: 'message', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'alert', role: 'alert' });
  const wrap = h('div', { class: 'messages' }, node, error);
  return {
    node: wrap,
    ok: (text) => { error.textContent = ''; node.textContent = text; },
    error: (text) => { node.textContent = ''; error.textContent = text; },
    clear: () => { node.textContent = ''; error.textContent = ''; },
  };
}

/** Clears the field errors of a form. */
export function clearErrors(form: HTMLElement): void {
  for (const p of form.querySelectorAll<HTMLElement>('.field__error')) p.textContent = '';
  for (const i of form.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
}

/** Marks one field (by its API name) invalid with a message; false if the form has no such field. */
export function fieldError(form: HTMLElement, name: string, message: string): boolean {
  const box = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
  if (!box) return false;
  const p = box.querySelector<HTMLElement>('.field__error');
  if (p) p.textContent = message;
  const control = box.querySelector('input, select, textarea');
  control?.setAttribute('aria-invalid', 'true');
  return true;
}

/**
 * Shows an API error on a form: each errors[] entry next to its field, the rest in the message
 * box, and focus on the first field in error (or the message) so keyboard and screen reader
 * users land on it.
 */
export function showProblem(form: HTMLElement, error: unknown, messages: ReturnType<typeof messageBox>): void {
  clearErrors(form);
  const fields = [...form.querySelectorAll<HTMLElement>('[data-field]')].map((e) => e.dataset.field!);
  const fallback = error instanceof ApiError && error.status === undefined ? t('networkError') : t('genericError');
  const placed = placeProblem(error instanceof ApiError ? error.problem : undefined, fields, fallback);
  for (const [name, message] of placed.byField) fieldError(form, name, message);
  if (placed.general.length) messages.error(placed.general.join(' '));
  else messages.clear();
  const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (first) first.focus();
}

/** Disables a button while a promise runs (no double posts), with a busy text for screen readers. */
export async function busy<T>(button: HTMLButtonElement, run: () => Promise<T>): Promise<T> {
  const text = button.textContent ?? '';
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await run();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = text;
  }
}
