/**
 * The rules a point of interest must meet, checked field by field so the editor and the GeoJSON import can name
 * every problem (property and German reason) instead of failing on the first.
 */
import { poiCategories, type LocalizedText, type PoiCategory, type PoiInput } from '@buergerpunkt/contracts';
import type { Config } from '../../config.ts';
import { t } from '../../platform/i18n.ts';

export interface FieldProblem {
  property: string;
  code: string;
  params?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export function problemReason(problem: FieldProblem): string {
  return t(`map.reasons.${problem.code}`, problem.params ?? {});
}

const textLimits = { name: 120, description: 4000, openingHours: 600, accessibility: 1000 } as const;

/** Reads `{de, ls?, en?}` or a plain string (taken as German); `required` demands a German text. */
export function checkLocalized(
  value: unknown,
  property: string,
  maxLength: number,
  required: boolean,
  problems: FieldProblem[],
): LocalizedText {
  const out: LocalizedText = { de: '' };
  if (value === undefined || value === null) {
    if (required) problems.push({ property, code: 'required' });
    return out;
  }
  const source: Record<string, unknown> = typeof value === 'string' ? { de: value } : (value as never);
  if (typeof source !== 'object' || Array.isArray(source)) {
    problems.push({ property, code: 'not_text' });
    return out;
  }
  for (const [lang, text] of Object.entries(source)) {
    if (lang !== 'de' && lang !== 'ls' && lang !== 'en') {
      problems.push({ property: `${property}.${lang}`, code: 'unknown_language' });
      continue;
    }
    if (text === undefined || text === null) continue;
    if (typeof text !== 'string') {
      problems.push({ property: `${property}.${lang}`, code: 'not_text' });
      continue;
    }
    const trimmed = text.trim();
    if (trimmed.length > maxLength) {
      problems.push({ property: `${property}.${lang}`, code: 'too_long', params: { max: maxLength } });
      continue;
    }
    if (trimmed) out[lang] = trimmed;
  }
  if (required && !out.de) problems.push({ property: `${property}.de`, code: 'required' });
  return out;
}

function checkString(value: unknown, property: string, maxLength: number, problems: FieldProblem[]): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string' && typeof value !== 'number') {
    problems.push({ property, code: 'not_text' });
    return '';
  }
  const text = String(value).trim();
  if (text.length > maxLength) problems.push({ property, code: 'too_long', params: { max: maxLength } });
  return text;
}

/** A coordinate inside the configured area (a swapped lat/lon or a typo lands far outside). */
export function checkCoordinates(
  lat: unknown,
  lon: unknown,
  config: Config,
  problems: FieldProblem[],
  names = { lat: 'lat', lon: 'lon' },
): { lat: number; lon: number } {
  const m = config.map;
  const area = { south: m.boundsSouth, north: m.boundsNorth, west: m.boundsWest, east: m.boundsEast };
  const result = { lat: 0, lon: 0 };
  for (const [key, value, min, max] of [
    ['lat', lat, area.south, area.north],
    ['lon', lon, area.west, area.east],
  ] as const) {
    const property = names[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ property, code: value === undefined || value === null ? 'required' : 'not_a_number' });
      continue;
    }
    if (value < min || value > max) {
      problems.push({ property, code: 'out_of_area', params: { min, max } });
      continue;
    }
    result[key] = Math.round(value * 1e7) / 1e7;
  }
  return result;
}

/** Checks a POI as sent by the editor or read from a GeoJSON feature (`knownImages`: ids of stored photos). */
export function checkPoiRecord(
  input: Record<string, unknown>,
  config: Config,
  knownImages: ReadonlySet<string>,
): Checked<PoiInput> {
  const problems: FieldProblem[] = [];
  let category = input.category as PoiCategory;
  if (input.category === undefined || input.category === null || input.category === '') {
    problems.push({ property: 'category', code: 'required' });
  } else if (!poiCategories.includes(input.category as PoiCategory)) {
    problems.push({
      property: 'category',
      code: 'unknown_category',
      params: { value: String(input.category).slice(0, 40) },
    });
    category = 'sights';
  }
  const name = checkLocalized(input.name, 'name', textLimits.name, true, problems);
  const description = checkLocalized(
    input.description,
    'description',
    textLimits.description,
    false,
    problems,
  );
  const openingHours = checkLocalized(
    input.openingHours,
    'openingHours',
    textLimits.openingHours,
    false,
    problems,
  );
  const accessibility = checkLocalized(
    input.accessibility,
    'accessibility',
    textLimits.accessibility,
    false,
    problems,
  );
  const rawAddress = (input.address ?? {}) as Record<string, unknown>;
  if (typeof rawAddress !== 'object' || Array.isArray(rawAddress))
    problems.push({ property: 'address', code: 'not_text' });
  const address = {
    street: checkString(rawAddress.street, 'address.street', 120, problems),
    houseNumber: checkString(rawAddress.houseNumber, 'address.houseNumber', 20, problems),
    postcode: checkString(rawAddress.postcode, 'address.postcode', 10, problems),
    town: checkString(rawAddress.town, 'address.town', 80, problems),
  };
  if (address.postcode && !/^\d{5}$/.test(address.postcode)) {
    problems.push({ property: 'address.postcode', code: 'postcode' });
  }
  const { lat, lon } = checkCoordinates(input.lat, input.lon, config, problems);
  const photos: PoiInput['photos'] = [];
  const rawPhotos = input.photos ?? [];
  if (!Array.isArray(rawPhotos)) problems.push({ property: 'photos', code: 'not_a_list' });
  else {
    rawPhotos.forEach((photo: unknown, i: number) => {
      const p = (photo ?? {}) as Record<string, unknown>;
      if (typeof p.imageId !== 'string' || !knownImages.has(p.imageId)) {
        problems.push({ property: `photos.${i}.imageId`, code: 'unknown_image' });
        return;
      }
      const alt = checkLocalized(p.alt, `photos.${i}.alt`, 300, true, problems);
      photos.push({ imageId: p.imageId, alt });
    });
  }
  const published = input.published === undefined ? true : input.published;
  if (typeof published !== 'boolean') problems.push({ property: 'published', code: 'not_boolean' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      category,
      name,
      description,
      openingHours,
      accessibility,
      address,
      lat,
      lon,
      photos,
      published: published as boolean,
    },
  };
}
