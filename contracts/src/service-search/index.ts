/**
 * The German-aware service search, importable by the hub and by the browser apps
 * (`@buergerpunkt/contracts/service-search`): no Node-only APIs, no schema library.
 */
export { ServiceSearch, analyseQuery, type SearchableService, type ServiceHit } from './service-search.ts';
export { decompoundGerman, germanWords, normaliseGerman, stemGerman, wordForms } from './german-text.ts';
export { serviceSynonyms, type SynonymEntry } from './synonyms.ts';
