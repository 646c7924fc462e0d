// The map's setup: the drawn plan needs no other host; an online base layer opens exactly its own tile host.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { productionTestConfig } from '../../testing/production-config.ts';
import { baseLayerOrigin, mapConfig } from './map-config.ts';

const configWith = (map: Record<string, unknown>) =>
  loadConfig({}, { ...productionTestConfig, map, dataDir: '/tmp/bp-map-config-test' });

describe('map config', () => {
  it('ships the drawn plan by default and opens no other host', () => {
    const config = configWith({});
    expect(mapConfig(config).baseLayer.type).toBe('plan');
    expect(mapConfig(config).plan).not.toBeNull();
    expect(mapConfig(config).kioskLocation).toBeNull();
    expect(baseLayerOrigin(config)).toBeNull();
  });

  it('names the one tile host of an online layer, with a wildcard for {s} subdomains', () => {
    const wmts = configWith({
      baseLayerType: 'wmts',
      baseLayerUrl:
        'https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png',
      baseLayerAttribution: '© GeoBasis-DE / BKG (CC BY 4.0)',
    });
    expect(baseLayerOrigin(wmts)).toBe('https://sgx.geodatenzentrum.de');
    expect(mapConfig(wmts).plan).toBeNull();
    expect(mapConfig(wmts).baseLayer.attribution).toContain('BKG');
    const xyz = configWith({
      baseLayerType: 'xyz',
      baseLayerUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
    });
    expect(baseLayerOrigin(xyz)).toBe('https://*.tiles.example.org');
    const local = configWith({ baseLayerType: 'image', baseLayerUrl: '/plan.png' });
    expect(baseLayerOrigin(local)).toBeNull();
  });

  it('puts the kiosk where configured', () => {
    expect(mapConfig(configWith({ kioskLat: 52.67, kioskLon: 13.28 })).kioskLocation).toEqual({
      lat: 52.67,
      lon: 13.28,
    });
  });
});
