export * from './roles.ts';
export * from './documents.ts';
export * from './problem.ts';
export * from './box-protocol.ts';
export * from './i18n/index.ts';
export * from './document-views.ts';
export * from './sms-views.ts';
export * from './kiosk-api.ts';
