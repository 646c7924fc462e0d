/** Message catalogues for everything a citizen or staff member reads. German first; i18next resources shape. */
export { de } from './de/index.ts';
export type Catalogue = typeof import('./de/index.ts').de;
