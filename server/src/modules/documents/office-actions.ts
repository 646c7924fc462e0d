/**
 * The office's simple moves on a document: hand it to transport, cancel it before it reaches the box, withdraw it
 * from the box, and record its return at the counter. Each is one audited transition.
 */
import type { AppContext } from '../../context.ts';
import type { Principal } from '../../platform/principal.ts';
import { transitionDocument, type DocumentRow } from './transition-document.ts';
import type { TransitionName } from './lifecycle.ts';

export const officeActions = {
  'prepare-transport': 'prepare_transport',
  cancel: 'cancel',
  withdraw: 'withdraw',
  'record-return': 'record_return',
} as const satisfies Record<string, TransitionName>;
export type OfficeAction = keyof typeof officeActions;

export async function applyOfficeAction(
  ctx: AppContext,
  documentId: string,
  action: OfficeAction,
  principal: Principal,
  note: string | undefined,
): Promise<DocumentRow> {
  const at = ctx.clock.now().toISOString();
  const transition = officeActions[action];
  return ctx.db.transaction().execute((trx) =>
    transitionDocument(trx, {
      documentId,
      transition,
      principal,
      at,
      // A withdrawn document's code must stop working at once.
      changes: transition === 'withdraw' ? { code_hash: null } : {},
      auditData: note ? { note } : {},
    }),
  );
}
