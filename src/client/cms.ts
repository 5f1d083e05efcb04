/**
 * Starts Sveltia CMS from the npm package, bundled into the site's own
 * assets: no script from a CDN. It reads /admin/config.yml (linked from the
 * page), generated from the content schemas.
 */
import CMS from '@sveltia/cms';

void CMS.init();
