/** Staff endpoints for a document's code: send a fresh one, change the phone number it goes to. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { assertDocumentInScope } from '../privacy/office-scope.ts';
import { changeDocumentPhone } from './change-document-phone.ts';
import { resendCodeByStaff } from './resend-code-by-staff.ts';

const DocumentParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export function codeRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/documents/:id/resend-code',
    {
      schema: {
        tags: ['documents'],
        summary: 'Send the citizen a fresh pickup code (the old one stops working; no daily limit for staff)',
        params: DocumentParams,
        body: Type.Object({}, { additionalProperties: false }),
        response: {
          202: Type.Object({ documentId: Type.String(), codeIssuedAt: Type.String() }),
        },
      },
      preHandler: requireRoles(ctx, ['clerk']),
    },
    async (request, reply) => {
      await assertDocumentInScope(ctx.db, principalOf(request), request.params.id);
      return reply.code(202).send(await resendCodeByStaff(ctx, request.params.id, principalOf(request)));
    },
  );

  app.put(
    '/api/v1/documents/:id/phone',
    {
      schema: {
        tags: ['documents'],
        summary: "Change the citizen's mobile number; a waiting document gets a fresh code at the new number",
        params: DocumentParams,
        body: Type.Object(
          { phone: Type.String({ minLength: 1, maxLength: 40 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            documentId: Type.String(),
            phoneMasked: Type.String(),
            changed: Type.Boolean(),
            codeReissued: Type.Boolean(),
          }),
        },
      },
      preHandler: requireRoles(ctx, ['clerk']),
    },
    async (request) => {
      await assertDocumentInScope(ctx.db, principalOf(request), request.params.id);
      return changeDocumentPhone(ctx, request.params.id, request.body.phone, principalOf(request));
    },
  );
}
