/**
 * The approval pack in the office (admins and auditors): the same documents `npm run admin -- approval-pack`
 * writes, built from the running configuration on each request, as JSON for the page and as PDF downloads.
 */
import { ApprovalPackSchema, PackDocumentParamsSchema } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { buildInfo } from '../../platform/build-info.ts';
import { t } from '../../platform/i18n.ts';
import { readAccessibilityRun } from './accessibility-run.ts';
import { buildApprovalPack } from './build-approval-pack.ts';
import { renderPdf } from './render-pdf.ts';

export function approvalPackRoutes(app: App, ctx: AppContext): void {
  const pack = () =>
    buildApprovalPack({
      config: ctx.config,
      now: ctx.clock.now(),
      version: buildInfo.version,
      accessibilityRun: readAccessibilityRun(),
    });

  app.get(
    '/api/v1/office/approval-pack',
    {
      schema: {
        tags: ['privacy'],
        summary: 'The data-protection records generated from the running configuration (approval pack)',
        response: { 200: ApprovalPackSchema },
      },
      preHandler: requireRoles(ctx, ['admin', 'auditor']),
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return pack();
    },
  );

  app.get(
    '/api/v1/office/approval-pack/:slug/pdf',
    {
      schema: {
        tags: ['privacy'],
        summary: 'One document of the approval pack as PDF',
        params: PackDocumentParamsSchema,
      },
      preHandler: requireRoles(ctx, ['admin', 'auditor']),
    },
    async (request, reply) => {
      const built = pack();
      const document = built.documents.find((d) => d.slug === request.params.slug)!;
      const pdf = await renderPdf(document, built.openPoints, t('approvalPack.openPoints.title'));
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${document.slug}.pdf"`)
        .type('application/pdf')
        .send(pdf);
    },
  );
}
