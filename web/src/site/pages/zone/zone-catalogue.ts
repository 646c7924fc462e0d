/**
 * Adds the zone pages' texts (`site.zone.*`) and the shared suggestion form's texts (`suggest.*`) to the site's
 * catalogues; kept in the zone's own files so the site's catalogues stay as they are.
 */
import type { Catalogue } from '../../../lib/i18n/i18n.svelte.ts';
import { suggest } from '../../../lib/i18n/suggest/de.ts';
import { siteZone } from './texts-de.ts';

type SiteCatalogue = { site: Catalogue } & Catalogue;

export function withZoneGerman<T extends SiteCatalogue>(catalogue: T): Catalogue {
  return { ...catalogue, site: { ...catalogue.site, zone: siteZone }, suggest };
}

export async function withZoneTexts(code: string, loading: Promise<Catalogue>): Promise<Catalogue> {
  const catalogue = await loading;
  const site = (catalogue.site ?? {}) as Catalogue;
  if (code === 'en') {
    const [{ siteZone: zone }, { suggest: form }] = await Promise.all([
      import('./texts-en.ts'),
      import('../../../lib/i18n/suggest/en.ts'),
    ]);
    return { ...catalogue, site: { ...site, zone }, suggest: form };
  }
  if (code === 'ls') {
    const [{ siteZone: zone }, { suggest: form }] = await Promise.all([
      import('./texts-ls.ts'),
      import('../../../lib/i18n/suggest/ls.ts'),
    ]);
    return { ...catalogue, site: { ...site, zone }, suggest: form };
  }
  return catalogue;
}
