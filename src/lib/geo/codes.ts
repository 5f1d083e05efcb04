/**
 * The Kemendagri codes of where a place is, for the open data: its kecamatan (`12.12.xx`) and desa or
 * kelurahan (`12.12.xx.xxxx`). The desa an entry names wins; without one, the desa its point falls in
 * (the checker has already made sure the two agree, and that the point lies in the named kecamatan).
 */
import { getDistrict } from '../../content/districts';
import type { LatLng } from '../geo';
import { findVillage, placePoint } from './boundaries';

export interface AreaCodes {
  districtCode?: string | undefined;
  villageCode?: string | undefined;
}

export function areaCodes(where: {
  district?: string | undefined;
  village?: string | undefined;
  location?: LatLng | undefined;
}): AreaCodes {
  const district = where.district ? getDistrict(where.district) : undefined;
  const named = district && where.village ? findVillage(district, where.village) : undefined;
  if (named) return { districtCode: district!.code, villageCode: named.code };
  const placed = where.location ? placePoint(where.location) : undefined;
  if (placed?.village && (!district || placed.district?.slug === district.slug)) {
    return { districtCode: placed.district?.code, villageCode: placed.village.code };
  }
  return { districtCode: district?.code, villageCode: undefined };
}
