/** Error texts of the operations endpoints (metrics). */
export const operationsErrors = {
  metrics_forbidden:
    'Die Messwerte sind nur von freigegebenen Adressen oder mit dem Metrik-Token abrufbar (metrics.allowFrom, metrics.token).',
};
