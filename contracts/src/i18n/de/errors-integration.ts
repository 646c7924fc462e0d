/** German messages for the errors of the office round trip (issue 16). */
export const integrationErrors = {
  document_not_issued: 'Dieses Dokument wurde noch nicht ausgegeben und kann daher nicht verbucht werden.',
  consent_in_future: 'Der Zeitpunkt der Einwilligung liegt in der Zukunft.',
  webhook_delivery_not_found: 'Diese Meldung an das Fachverfahren gibt es nicht.',
  webhook_delivery_not_failed: 'Nur eine fehlgeschlagene Meldung kann erneut gesendet werden.',
} as const;
