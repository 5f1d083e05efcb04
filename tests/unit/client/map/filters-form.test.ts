// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readForm, watchForm, writeForm } from '../../../../src/client/map/filters-form';
import { defaultState, parseState } from '../../../../src/lib/map/state';

/** The form as MapFilters.astro writes it, with no box for products (none yet). */
function form(): HTMLFormElement {
  document.body.innerHTML = `<form data-filters>
    <input type="checkbox" name="type" value="destination" checked>
    <input type="checkbox" name="type" value="event" checked>
    <input type="checkbox" name="category" value="beach">
    <input type="checkbox" name="category" value="waterfall">
    <input type="search" name="q">
    <button type="reset">Clear</button>
  </form>`;
  return document.querySelector('form')!;
}
const box = (f: HTMLFormElement, value: string) => f.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

describe('the filter form', () => {
  it('shows a state, and reads back what the visitor changed', () => {
    const f = form();
    const state = parseState('?type=destination,product&category=beach&q=bulbul');
    writeForm(f, state);
    expect([...f.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((b) => b.checked)).toEqual([true, false, true, false]);
    expect(f.querySelector<HTMLInputElement>('input[name=q]')!.value).toBe('bulbul');
    box(f, 'waterfall').checked = true;
    f.querySelector<HTMLInputElement>('input[name=q]')!.value = '  air terjun ';
    const read = readForm(f, state);
    // Products have no box: unticking Events does not hide them, and they stay as the state had them.
    expect([...read.types].sort()).toEqual(['destination', 'product']);
    expect([...read.categories].sort()).toEqual(['beach', 'waterfall']);
    expect(read.q).toBe('air terjun');
  });

  it('reports ticks, keystrokes, leaving the text field and the reset (after the fields are reset)', async () => {
    const f = form();
    const seen: string[] = [];
    watchForm(f, {
      picked: () => seen.push(`picked ${box(f, 'beach').checked}`),
      typed: () => seen.push('typed'),
      left: () => seen.push('left'),
    });
    box(f, 'beach').checked = true;
    box(f, 'beach').dispatchEvent(new Event('change', { bubbles: true }));
    const q = f.querySelector<HTMLInputElement>('input[name=q]')!;
    q.dispatchEvent(new Event('input', { bubbles: true }));
    q.dispatchEvent(new Event('change', { bubbles: true }));
    // A keystroke in a box is not a keystroke in the text field.
    box(f, 'beach').dispatchEvent(new Event('input', { bubbles: true }));
    f.reset();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['picked true', 'typed', 'left', 'picked false']);
    const submit = new Event('submit', { cancelable: true });
    f.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(readForm(f, defaultState()).categories.size).toBe(0);
  });
});
