/**
 * `GET /api/v1/public/privacy`: the figures the public privacy page states, read from the running configuration
 * (retention times, the SMS provider as processor) through the processing declarations that also make the approval
 * pack, so the page, the pack and the hub can never disagree.
 */
import { PublicPrivacyFactsSchema, type PublicPrivacyFacts } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { App } from '../../http/app-types.ts';
import { declaredDays, declaredHours, smsProcessorName } from '../approval-pack/declared-retention.ts';

/** From the processing declarations, the source of the approval pack too (docs/approval-pack.md). */
export function privacyFacts(ctx: Pick<AppContext, 'config'>): PublicPrivacyFacts {
  const { config } = ctx;
  return {
    personalDataHours: declaredHours(config, 'document-pickup', 'phone'),
    registerDays: declaredDays(config, 'document-pickup', 'holderName'),
    evidenceImageDays: declaredDays(config, 'evidence-images', 'evidenceImage'),
    issueEventDays: declaredDays(config, 'document-pickup', 'issueEvent'),
    smsProcessor: { provider: config.sms.provider, name: smsProcessorName(config) },
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
