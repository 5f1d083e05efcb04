/**
 * Writes the big map's state and view into the page's address
 * (src/lib/map/url.ts), as a new history entry or a rewrite of the current one.
 */
import type { MapState, MapView } from '../../lib/map/state';
import type { Write } from '../../lib/map/store';
import { nextAddress } from '../../lib/map/url';

export function writeAddress(
  write: Write | undefined,
  state: MapState,
  view: MapView,
  { location: here, history: h }: Pick<Window, 'location' | 'history'> = window,
): void {
  if (!write) return;
  const url = nextAddress(here, state, view);
  if (url === undefined) return;
  if (write === 'push') h.pushState(null, '', url);
  else h.replaceState(null, '', url);
}
