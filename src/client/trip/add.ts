/**
 * <jt-trip-add>: "Add to trip" on a place's page. Pressed, it adds the place (its id in
 * /data/places.geojson) to the last day of the plan on this device; pressed again, it removes it.
 * Invisible until defined and gone without scripting (global.css): without JavaScript there is no plan to add to.
 */
import { addStop, hasStop, removeStop } from '../../lib/trip/plan';
import { readPlan, writePlan } from './store';

class TripAdd extends HTMLElement {
  connectedCallback() {
    const id = this.dataset.id!;
    const s = JSON.parse(this.dataset.strings ?? '{}') as Record<'add' | 'inPlan' | 'added' | 'removed', string>;
    const button = this.querySelector('button')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const show = (inPlan: boolean) => {
      button.setAttribute('aria-pressed', String(inPlan));
      button.textContent = inPlan ? s.inPlan : s.add;
    };
    show(hasStop(readPlan(), id));
    button.addEventListener('click', () => {
      const plan = readPlan();
      const inPlan = hasStop(plan, id);
      writePlan(inPlan ? removeStop(plan, id) : addStop(plan, id));
      show(!inPlan);
      status.textContent = inPlan ? s.removed : s.added;
    });
  }
}

if (!customElements.get('jt-trip-add')) customElements.define('jt-trip-add', TripAdd);
