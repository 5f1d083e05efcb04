/** Facet values of entries (category, kind, district), from the same schema fields the pages show. */
import type { FilterName } from '../lib/routes';
import { districtOf, type AnyEntry, type Destination } from './load';

export function facetValueOf(destinations: readonly Destination[]) {
  return (e: AnyEntry, facet: FilterName): string | undefined => {
    if (facet === 'district') return districtOf(e, destinations);
    if (facet === 'category' && e.collection === 'destinations') return e.data.category;
    if (facet === 'kind' && e.collection === 'products') return e.data.kind;
    return undefined;
  };
}
