/** The map's setup as the apps need it, and the extra hosts an online base layer needs in the pages' CSP. */
import type { MapConfig } from '@buergerpunkt/contracts';
import type { Config } from '../../config.ts';
import { pmtilesUrl } from './pmtiles-file.ts';
import { townPlan } from './town-plan.ts';

/** Where the demo's kiosk stands (the invented store near the S-Bahn station). */
const demoKioskLocation = { lat: 52.6702, lon: 13.2848 };

export function mapConfig(config: Config): MapConfig {
  const m = config.map;
  const type = m.baseLayerType as MapConfig['baseLayer']['type'];
  const kioskLocation =
    m.kioskLat !== undefined && m.kioskLon !== undefined
      ? { lat: m.kioskLat, lon: m.kioskLon }
      : config.mode === 'demo'
        ? demoKioskLocation
        : null;
  return {
    baseLayer: {
      type,
      url: type === 'plan' ? null : type === 'pmtiles' ? pmtilesUrl : (m.baseLayerUrl ?? null),
      layers: m.baseLayerLayers ?? null,
      attribution: m.baseLayerAttribution,
      maxZoom: m.baseLayerMaxZoom,
    },
    plan: type === 'plan' ? townPlan : null,
    center: { lat: m.centerLat, lon: m.centerLon },
    zoom: m.zoom,
    bounds: { south: m.boundsSouth, west: m.boundsWest, north: m.boundsNorth, east: m.boundsEast },
    kioskLocation,
    publicUrl: config.publicUrl,
  };
}

/**
 * The origin of an online base layer (for `img-src`, where tiles are loaded as images), or null for the drawn plan,
 * the local PMTiles archive and images served by the hub itself. Only this one host is allowed, not the web at large.
 */
export function baseLayerOrigin(config: Config): string | null {
  const m = config.map;
  if (
    m.baseLayerType === 'plan' ||
    m.baseLayerType === 'pmtiles' ||
    !m.baseLayerUrl ||
    m.baseLayerUrl.startsWith('/')
  )
    return null;
  try {
    // A template's `{s}` subdomain placeholder becomes a wildcard host.
    const url = new URL(
      m.baseLayerUrl.replace('{s}.', 'subdomain-placeholder.').replace(/\{[a-zA-Z]+\}/g, '0'),
    );
    const host = url.host.replace('subdomain-placeholder.', '*.');
    return `${url.protocol}//${host}`;
  } catch {
    return null;
  }
}
