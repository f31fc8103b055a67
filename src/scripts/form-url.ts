/**
 * The islands' forms and the address bar, through the one URL codec (src/lib/keadaan-url.ts): a
 * form is read as the query string its GET submission would send, a state is shown by filling the
 * form from its canonical query string, and the address changes only when that string does.
 */

/** The fields of one or more forms as a GET submission sends them, without empty values. */
export function paramsForm(...forms: HTMLFormElement[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const form of forms) {
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v) params.append(k, v);
  }
  return params;
}

/** The values a form offers per field name (checkboxes, radio buttons, select options): the `dikenal` of bacaUrl. */
export function nilaiDikenal(...forms: HTMLFormElement[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const tambah = (nama: string, v: string) => {
    if (v) (out[nama] ??= []).push(v);
  };
  for (const form of forms) {
    for (const el of form.elements) {
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) tambah(el.name, el.value);
      else if (el instanceof HTMLSelectElement) for (const o of el.options) tambah(el.name, o.value);
    }
  }
  return out;
}

/**
 * Show a state in a form: each field takes its value from the state's query string (`tulisUrl`);
 * a field the string does not name is cleared, and a select falls back to its first option, the
 * page's default.
 */
export function isiForm(form: HTMLFormElement, query: string): void {
  const params = new URLSearchParams(query);
  const daftar = (nama: string) => params.getAll(nama).flatMap((v) => v.split(','));
  for (const el of form.elements) {
    if (el instanceof HTMLInputElement) {
      if (el.type === 'checkbox') el.checked = daftar(el.name).includes(el.value);
      else if (el.type === 'radio') el.checked = el.value === (params.get(el.name) ?? '');
      else if (el.name && !['submit', 'reset', 'button', 'hidden'].includes(el.type)) el.value = params.get(el.name) ?? '';
    } else if (el instanceof HTMLSelectElement) {
      const v = params.get(el.name);
      const i = [...el.options].findIndex((o) => o.value === v);
      el.selectedIndex = Math.max(0, i);
    }
  }
}

/**
 * Put a state's query string in the address bar, as a new history entry (`push`) or in place of
 * the current one; nothing happens when the address already says it. Returns whether it changed.
 */
export function gantiUrl(query: string, push = false): boolean {
  const url = `${location.pathname}${query}`;
  if (url === `${location.pathname}${location.search}`) return false;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
  return true;
}
