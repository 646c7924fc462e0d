/**
 * `GET /api/v1/public/privacy`: the figures the public privacy page states, read from the running configuration
 * (retention times, the SMS provider as processor), so the page and the hub can never disagree.
 */
import { PublicPrivacyFactsSchema, type PublicPrivacyFacts } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { App } from '../../http/app-types.ts';

const sevenProcessor = 'seven communications GmbH & Co. KG (seven.io)';

export function privacyFacts(ctx: Pick<AppContext, 'config'>): PublicPrivacyFacts {
  const { config } = ctx;
  const provider = config.sms.provider;
  return {
    personalDataHours: config.retention.personalDataHours,
    registerDays: config.retention.registerDays,
    evidenceImageDays: config.evidenceImage.retentionDays,
    issueEventDays: config.integration.webhookRetentionDays,
    smsProcessor: {
      provider,
      name: config.sms.processorName ?? (provider === 'seven' ? sevenProcessor : null),
    },
  };
}

export function privacyFactsRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/public/privacy',
    {
      schema: {
        tags: ['public'],
        summary:
          'Retention times and the SMS processor for the privacy page, from the configuration (no login)',
        response: { 200: PublicPrivacyFactsSchema },
      },
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return privacyFacts(ctx);
    },
  );
}
