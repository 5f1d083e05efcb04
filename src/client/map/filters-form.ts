/**
 * The big map's filter form (src/components/map/MapFilters.astro): its
 * fields shown from the state, read back into filters, and its changes
 * reported as a tick (`picked`), a keystroke in the text field (`typed`) or
 * leaving that field (`left`).
 */
import type { Filters } from '../../lib/map/filter';
import type { PlaceType } from '../../lib/geojson';

const boxes = (form: HTMLFormElement, name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
const text = (form: HTMLFormElement) => form.querySelector<HTMLInputElement>('input[name="q"]')!;
const pastBox = (form: HTMLFormElement) => form.querySelector<HTMLInputElement>('input[name="past"]');

/** Ticks the boxes and fills the text field as `f` says. */
export function writeForm(form: HTMLFormElement, f: Filters): void {
  for (const box of boxes(form, 'type')) box.checked = f.types.has(box.value as PlaceType);
  for (const box of boxes(form, 'category')) box.checked = f.categories.has(box.value);
  text(form).value = f.q;
  const past = pastBox(form);
  if (past) past.checked = f.past;
}

/**
 * The filters the form says. A type without a box (no places of it yet) keeps its value in `current`:
 * unticking Events must not hide products.
 */
export function readForm(form: HTMLFormElement, current: Filters): Filters {
  const checked = (name: string) => new Set(boxes(form, name).flatMap((b) => (b.checked ? [b.value] : [])));
  const offered = new Set(boxes(form, 'type').map((b) => b.value));
  const types = new Set([...checked('type'), ...[...current.types].filter((t) => !offered.has(t))]) as Set<PlaceType>;
  return { types, categories: checked('category'), q: text(form).value.trim(), past: pastBox(form)?.checked ?? current.past };
}

export interface FormEvents {
  /** A box was ticked or unticked, or the form was reset. */
  picked(): void;
  /** A keystroke in the text field. */
  typed(): void;
  /** The text field was left (its change event): the next keystroke starts a new burst. */
  left(): void;
}

export function watchForm(form: HTMLFormElement, on: FormEvents): void {
  form.addEventListener('change', (e) => ((e.target as HTMLInputElement).name === 'q' ? on.left() : on.picked()));
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLInputElement).name === 'q') on.typed();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  // The reset event comes before the fields are reset: read them a task later.
  form.addEventListener('reset', () => setTimeout(() => on.picked()));
}
