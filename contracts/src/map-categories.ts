/**
 * The categories of a point of interest, on their own so the apps can list them without loading the API schemas
 * (`@buergerpunkt/contracts/map-categories`: no TypeBox in the kiosk's map download).
 */
export const poiCategories = [
  'administration',
  'culture',
  'sights',
  'health',
  'mobility',
  'toilets',
  'playgrounds',
  'shopping',
  'education',
  'parks',
] as const;
export type PoiCategory = (typeof poiCategories)[number];
