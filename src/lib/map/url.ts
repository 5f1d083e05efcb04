/**
 * The big map's address: the state and the map's view in the query
 * (./state.ts), the page's path and fragment kept.
 */
import { serializeState, type MapState, type MapView } from './state';

export interface Address {
  pathname: string;
  search: string;
  hash: string;
}

/** The address for `state` seen at `view`, or undefined when it is the address already shown. */
export function nextAddress(here: Address, state: MapState, view: MapView): string | undefined {
  const url = `${here.pathname}${serializeState({ ...state, view })}${here.hash}`;
  return url === `${here.pathname}${here.search}${here.hash}` ? undefined : url;
}
