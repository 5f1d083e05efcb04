// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { handleKeys } from '../../../../src/client/map/keys';

function setUp() {
  document.body.innerHTML = `<div class="map-canvas">
    <div class="leaflet-marker-icon jt-pin" tabindex="0"></div>
    <div class="leaflet-marker-icon jt-cluster" tabindex="0"></div>
    <div class="leaflet-popup"><a href="#x">Open page</a></div>
    <input>
  </div>`;
  const seen: string[] = [];
  const canvas = document.querySelector<HTMLElement>('.map-canvas')!;
  handleKeys(canvas, { closePopup: () => seen.push('close'), clusterPressed: () => seen.push('cluster') });
  for (const el of canvas.querySelectorAll<HTMLElement>('.leaflet-marker-icon'))
    el.addEventListener('click', () => seen.push(`click ${el.classList[1]}`));
  const press = (sel: string, key: string) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    canvas.querySelector(sel)!.dispatchEvent(e);
    return e.defaultPrevented;
  };
  return { seen, press };
}

describe('the map’s keys', () => {
  it('presses markers and clusters with Enter and Space', () => {
    const { seen, press } = setUp();
    expect(press('.jt-pin', 'Enter')).toBe(true);
    expect(press('.jt-cluster', ' ')).toBe(true);
    expect(seen).toEqual(['click jt-pin', 'cluster', 'click jt-cluster']);
  });

  it('closes the popup with Escape from anywhere inside it, and leaves other keys alone', () => {
    const { seen, press } = setUp();
    expect(press('.leaflet-popup a', 'Escape')).toBe(true);
    expect(press('input', 'Escape')).toBe(false);
    expect(press('input', 'Enter')).toBe(false);
    expect(seen).toEqual(['close']);
  });
});
