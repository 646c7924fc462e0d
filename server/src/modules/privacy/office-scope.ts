/**
 * Data protection by office (issue 16): staff see and act on the documents of their own office only, unless an
 * admin granted them every office. This file is the one place that decides it; every staff route that reads or
 * changes a document goes through `documentInScope`/`assertDocumentInScope` (one document: 404 outside the scope,
 * as if it did not exist) or filters its list with `inOfficeScope` (docs/security.md, "Data protection by office").
 *
 * - A staff session: admins and staff with the grant `all_offices` see every office; everyone else the office of
 *   their account (`staff_users.office_id`); an account without an office sees no documents.
 * - An API token: every office. Only an admin makes tokens, and a token acts for the installation's specialist
 *   procedure or an import job, not for a person of one office.
 * - The system, a box, a kiosk terminal and the command line act for the whole installation.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';
import { notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';

export type OfficeScope = { all: true } | { all: false; officeIds: readonly string[] };

export const allOffices: OfficeScope = { all: true };

/** The scope of a staff account as stored: admin role or grant → every office; else its own office, if any. */
export function staffOfficeScope(account: {
  roles: readonly string[];
  office_id: string | null;
  all_offices: number | null | undefined;
}): OfficeScope {
  if (account.roles.includes('admin') || Number(account.all_offices) === 1) return allOffices;
  return { all: false, officeIds: account.office_id ? [account.office_id] : [] };
}

/** The scope a principal acts in; principals made outside a session or token (system, box, kiosk) see all. */
export function officeScopeOf(principal: Principal): OfficeScope {
  return principal.officeScope ?? allOffices;
}

export function officeInScope(scope: OfficeScope, officeId: string): boolean {
  return scope.all || scope.officeIds.includes(officeId);
}

/**
 * A `where` condition keeping the rows whose office column (default `documents.office_id`) is in scope, e.g.
 * `query.where(inOfficeScope(scope))`, `query.where(inOfficeScope(scope, 'd.office_id'))`.
 */
export function inOfficeScope(scope: OfficeScope, column = 'documents.office_id') {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    if (scope.all) return sql<SqlBool>`1 = 1`;
    if (scope.officeIds.length === 0) return sql<SqlBool>`1 = 0`;
    return eb(sql.ref(column), 'in', [...scope.officeIds]);
  };
}

/** Refuses an office outside the principal's scope as unknown (404 `office_not_found`), e.g. at registration. */
export function assertOfficeInScope(principal: Principal, officeId: string): void {
  if (!officeInScope(officeScopeOf(principal), officeId)) throw notFound('office_not_found');
}

/**
 * The document if it exists and is in the principal's scope, else 404 `document_not_found`: a document of another
 * office is answered exactly like one that does not exist, so its id reveals nothing.
 */
export async function documentInScope(db: DbOrTrx, principal: Principal, documentId: string) {
  const row = await db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', documentId)
    .where(inOfficeScope(officeScopeOf(principal)))
    .executeTakeFirst();
  if (!row) throw notFound('document_not_found');
  return row;
}

/** As documentInScope, when only the check is needed. */
export async function assertDocumentInScope(
  db: DbOrTrx,
  principal: Principal,
  documentId: string,
): Promise<void> {
  await documentInScope(db, principal, documentId);
}
