/**
 * "Near me" on the big map: the button asks the browser for the visitor's
 * position and, inside the regency, shows them on the map; the status line
 * says what happened (src/lib/map/near.ts). The button stays hidden where the
 * browser has no geolocation.
 */
import type { LatLng } from '../../lib/geo';
import type { MapConfig } from '../../lib/map/config';
import { located, nearStatus } from '../../lib/map/near';

/** Something on the map that can be taken off it again (the "you are here" mark). */
interface Mark {
  remove(): unknown;
}

export interface NearMeParts {
  config: Pick<MapConfig, 'lang' | 'strings' | 'bounds' | 'center'>;
  /** Shows the visitor at `here` and brings the map there; returns the mark, which the next position replaces. */
  show: (here: LatLng) => Mark;
  /** The browser's geolocation, if it has one. */
  geolocation?: Geolocation | undefined;
}

/** Wires the button `[data-near]` and the status `[data-geo-status]` inside `root`, if both are there. */
export function setUpNearMe(root: ParentNode, { config, show, geolocation }: NearMeParts): void {
  const button = root.querySelector<HTMLButtonElement>('[data-near]');
  const status = root.querySelector<HTMLElement>('[data-geo-status]');
  if (!button || !status || !geolocation) return;
  let you: Mark | undefined;
  button.hidden = false;
  button.addEventListener('click', () => {
    status.textContent = nearStatus('locating', config);
    geolocation.getCurrentPosition(
      ({ coords }) => {
        const where = located({ lat: coords.latitude, lng: coords.longitude }, config);
        if (where.inside) {
          you?.remove();
          you = show(where.here);
        }
        status.textContent = nearStatus(where, config);
      },
      (err) => (status.textContent = nearStatus(err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable', config)),
      { timeout: 15_000, maximumAge: 60_000 },
    );
  });
}
