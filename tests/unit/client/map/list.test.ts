// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createList } from '../../../../src/client/map/list';

function setUp() {
  document.body.innerHTML = '<p data-status>Loading</p><ol data-list></ol>';
  const picked: string[] = [];
  const list = createList(document.querySelector('ol')!, document.querySelector('p')!, (id) => picked.push(id));
  return { list, picked, ol: document.querySelector('ol')!, status: document.querySelector('p')! };
}

describe('the list beside the map', () => {
  it('draws a button per place with its name and details, and the status line', () => {
    const { list, ol, status } = setUp();
    list.render({
      entries: [
        { id: 'event/onan', name: 'Onan Balige', meta: 'Event · 0 km from the centre' },
        { id: 'destination/bulbul', name: 'Pantai Lumban Bulbul', meta: 'Beach · 2 km from the centre' },
      ],
      status: '2 places in this view, nearest to the centre first.',
    });
    const buttons = [...ol.querySelectorAll('li > button')];
    expect(buttons.map((b) => [b.querySelector('strong')!.textContent, b.querySelector('.small')!.textContent])).toEqual([
      ['Onan Balige', 'Event · 0 km from the centre'],
      ['Pantai Lumban Bulbul', 'Beach · 2 km from the centre'],
    ]);
    expect(buttons.map((b) => b.getAttribute('type'))).toEqual(['button', 'button']);
    expect(status.textContent).toBe('2 places in this view, nearest to the centre first.');
    // A new view replaces the list.
    list.render({ entries: [], status: 'No places in this view.' });
    expect(ol.children).toHaveLength(0);
    expect(status.textContent).toBe('No places in this view.');
  });

  it('picks the place whose button is pressed, and finds its button again', () => {
    const { list, picked } = setUp();
    list.render({ entries: [{ id: 'product/ulos/toko', name: 'Ulos', meta: 'Weaving' }], status: '' });
    const button = list.buttonFor('product/ulos/toko')!;
    (button.querySelector('strong') as HTMLElement).click();
    expect(picked).toEqual(['product/ulos/toko']);
    expect(list.buttonFor('event/gone')).toBeNull();
  });

  it('is marked busy while it is redrawn, and only then', () => {
    const { list, ol } = setUp();
    list.busy(true);
    expect(ol.getAttribute('aria-busy')).toBe('true');
    list.busy(false);
    expect(ol.hasAttribute('aria-busy')).toBe(false);
  });
});
