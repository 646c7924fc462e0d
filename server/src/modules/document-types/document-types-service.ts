/**
 * Document types as the admin manages them: name, smallest compartment size and pickup policy. A policy change is
 * audited with before and after; documents already registered keep the copy they got at registration.
 */
import type {
  CompartmentSize,
  DocumentTypeChange,
  DocumentTypeView,
  NewDocumentType,
  OfficeView,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { DocumentTypesTable } from '../../db/schema.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  countOpenDocumentsByType,
  findDocumentTypeRow,
  insertDocumentType,
  listDocumentTypeRows,
  listOfficeRows,
  updateDocumentTypeRow,
} from './document-types-repository.ts';
import { policyOfType, resolvePolicy, typeColumnsOf } from './pickup-policy.ts';

function view(ctx: AppContext, row: DocumentTypesTable, openDocuments: number): DocumentTypeView {
  return {
    id: row.id,
    name: row.name,
    minSize: row.min_size as CompartmentSize,
    pickupPolicy: policyOfType(row),
    defaultWindowOpeningDays: ctx.config.pickup.windowOpeningDays,
    openDocuments,
    updatedAt: row.updated_at,
  };
}

export async function listDocumentTypes(ctx: AppContext): Promise<DocumentTypeView[]> {
  const [rows, open] = await Promise.all([listDocumentTypeRows(ctx.db), countOpenDocumentsByType(ctx.db)]);
  return rows.map((row) => view(ctx, row, open.get(row.id) ?? 0));
}

export async function getDocumentType(ctx: AppContext, id: string): Promise<DocumentTypeView> {
  const row = await findDocumentTypeRow(ctx.db, id);
  if (!row) throw notFound('document_type_not_found');
  const open = await countOpenDocumentsByType(ctx.db);
  return view(ctx, row, open.get(id) ?? 0);
}

export async function createDocumentType(
  ctx: AppContext,
  input: NewDocumentType,
  principal: Principal,
): Promise<DocumentTypeView> {
  const at = ctx.clock.now().toISOString();
  const row: DocumentTypesTable = {
    id: input.id,
    name: input.name.trim(),
    min_size: input.minSize,
    ...typeColumnsOf(input.pickupPolicy),
    updated_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (await findDocumentTypeRow(trx, input.id)) throw conflict('document_type_id_taken');
    await insertDocumentType(trx, row);
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'document_type.created',
      entityType: 'document_type',
      entityId: row.id,
      data: { name: row.name, minSize: row.min_size, pickupPolicy: resolvePolicy(input.pickupPolicy) },
    });
  });
  return view(ctx, row, 0);
}

const samePolicy = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function updateDocumentType(
  ctx: AppContext,
  id: string,
  change: DocumentTypeChange,
  principal: Principal,
): Promise<DocumentTypeView> {
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findDocumentTypeRow(trx, id);
    if (!before) throw notFound('document_type_not_found');
    const patch: Partial<DocumentTypesTable> = {};
    const changed: Record<string, { before: unknown; after: unknown }> = {};
    const name = change.name?.trim();
    if (name !== undefined && name !== before.name) {
      patch.name = name;
      changed.name = { before: before.name, after: name };
    }
    if (change.minSize !== undefined && change.minSize !== before.min_size) {
      patch.min_size = change.minSize;
      changed.minSize = { before: before.min_size, after: change.minSize };
    }
    const policyBefore = policyOfType(before);
    const policyAfter = change.pickupPolicy ? resolvePolicy(change.pickupPolicy) : undefined;
    const policyChanged = policyAfter !== undefined && !samePolicy(policyBefore, policyAfter);
    if (change.pickupPolicy && policyChanged) Object.assign(patch, typeColumnsOf(change.pickupPolicy));
    if (Object.keys(patch).length === 0) return;
    await updateDocumentTypeRow(trx, id, { ...patch, updated_at: at });
    if (Object.keys(changed).length > 0) {
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: 'document_type.updated',
        entityType: 'document_type',
        entityId: id,
        data: changed,
      });
    }
    if (policyChanged) {
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: 'document_type.pickup_policy_changed',
        entityType: 'document_type',
        entityId: id,
        // Registered documents keep their copy; the count says how many stay on the old policy.
        data: {
          before: policyBefore,
          after: policyAfter,
          openDocumentsKeepingTheirPolicy: (await countOpenDocumentsByType(trx)).get(id) ?? 0,
        },
      });
    }
  });
  return getDocumentType(ctx, id);
}

export async function listOffices(ctx: AppContext, tenantId?: string): Promise<OfficeView[]> {
  const rows = await listOfficeRows(ctx.db, tenantId);
  return rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, address: r.address }));
}
