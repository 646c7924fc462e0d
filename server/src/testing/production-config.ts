/**
 * The smallest configuration a production hub accepts (docs/installation.md): real secrets, no simulated box, a
 * real SMS gateway over HTTPS, an HTTPS public address. Tests that need production mode start from it.
 */
export const productionSecrets = {
  codeKey: 'k'.repeat(32),
  smsSealKey: 's'.repeat(32),
  smsWebhookSecret: 'w'.repeat(32),
  evidenceKey: 'e'.repeat(32),
  auditKey: 'a'.repeat(32),
};

export const productionTestConfig = {
  mode: 'production',
  secrets: productionSecrets,
  publicUrl: 'https://buergerpunkt.example.org',
  box: { simulated: false },
  sms: { provider: 'http', httpUrl: 'https://sms-gateway.example.org/send' },
};
