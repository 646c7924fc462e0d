export * from './roles.ts';
export * from './documents.ts';
export * from './problem.ts';
export * from './box-protocol.ts';
export * from './i18n/index.ts';
export * from './document-views.ts';
export * from './sms-views.ts';
export * from './kiosk-api.ts';
export * from './deposit-views.ts';
export * from './office-views.ts';
export * from './admin-views.ts';
export * from './public-views.ts';
export * from './service-catalogue.ts';
export * from './zone.ts';
export * from './office-import.ts';
export * from './dashboard-views.ts';
export * from './map.ts';
export * from './evidence-views.ts';
export * from './red-phone.ts';
export * from './access-admin-views.ts';
export * from './box-layout.ts';
export * from './kiosk-pairing.ts';
export * from './integer-params.ts';
export * from './health.ts';
// office round trip (issue 16)
export * from './integration.ts';
// transport lists (issue 16)
export * from './transport-lists.ts';
export * from './approval-pack.ts';
// chain of custody (issue 16)
export * from './custody.ts';
// SMS in the visitor's language (issue 18)
export * from './sms-languages.ts';
export * from './i18n/sms/index.ts';
// staff assist at the kiosk (issue 18)
export * from './assist.ts';
