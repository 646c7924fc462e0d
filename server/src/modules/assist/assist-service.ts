/**
 * Staff assist at the kiosk (issue 18, docs/staff-assist.md). A staff member asks; the visitor answers on the
 * kiosk's screen; while active the kiosk sends its masked screen state and takes the staff's commands. A session ends
 * by the staff member, the visitor ("Beenden"), the kiosk's idle reset, or a timeout (a side gone silent, an
 * unanswered request, a session that ran too long), checked whenever either side asks. Every step is audited.
 */
import {
  assistMaskCharacter,
  type AssistCommandBody,
  type AssistEndReason,
  type AssistSessionState,
  type AssistSessionView,
  type AssistSnapshot,
  type KioskAssistView,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { addMs } from '../../platform/clock.ts';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../platform/errors.ts';
import { systemPrincipal, type Principal } from '../../platform/principal.ts';
import { recordAudit, type Actor } from '../audit/audit-service.ts';
import type { KioskTerminal } from '../kiosk/terminal-session.ts';
import {
  activeTerminal,
  commandsAfter,
  deleteAssistCommands,
  findAssistSession,
  findLatestAssistSession,
  findOpenAssistSession,
  nextCommandSeq,
  staffNameOf,
  updateAssistSession,
  type AssistSessionRow,
} from './assist-repository.ts';

/** The visitor has this long to answer the request on the screen. */
export const assistAnswerMs = 60_000;
/** A side that has not asked for this long is gone (tablet closed, kiosk restarted): the session ends. */
export const assistSilentMs = 30_000;
/** No session runs longer than this. */
export const assistMaxMs = 30 * 60_000;
/** Each side's "last seen" is written at most this often, not on every poll. */
const touchEveryMs = 5_000;

const isOpen = (row: AssistSessionRow) => row.state === 'requested' || row.state === 'active';

function staffActor(principal: Principal): Actor & { id: string } {
  // Only a person signs for help at the kiosk: an API token (even with the zone role) may not.
  if (principal.actor.type !== 'staff' || !principal.actor.id) throw forbidden('assist_staff_only');
  return principal.actor as Actor & { id: string };
}

/** Why an open session is over by now, or null while it runs. */
function timedOut(row: AssistSessionRow, at: string): boolean {
  if (row.state === 'requested') return row.created_at < addMs(at, -assistAnswerMs);
  if (row.state !== 'active') return false;
  const kioskSeen = row.kiosk_seen_at ?? row.answered_at ?? row.created_at;
  const staffSeen = row.staff_seen_at ?? row.created_at;
  return (
    kioskSeen < addMs(at, -assistSilentMs) ||
    staffSeen < addMs(at, -assistSilentMs) ||
    (row.answered_at ?? row.created_at) < addMs(at, -assistMaxMs)
  );
}

async function endSession(
  trx: Trx,
  at: string,
  row: AssistSessionRow,
  reason: AssistEndReason,
  actor: Actor,
): Promise<AssistSessionRow> {
  const changes = {
    state: 'ended',
    end_reason: reason,
    ended_at: at,
    screen_state: null,
    screen_state_at: null,
  } satisfies Partial<AssistSessionRow>;
  await updateAssistSession(trx, row.id, changes);
  await deleteAssistCommands(trx, row.id);
  await recordAudit(trx, at, {
    actor,
    action: 'assist.end',
    entityType: 'assist_session',
    entityId: row.id,
    data: { terminalId: row.terminal_id, reason, wasState: row.state },
  });
  return { ...row, ...changes };
}

/** Ends an open session that has timed out (audited as the system's doing); returns the row as it now is. */
async function settle(trx: Trx, at: string, row: AssistSessionRow): Promise<AssistSessionRow> {
  if (isOpen(row) && timedOut(row, at)) return endSession(trx, at, row, 'timeout', systemPrincipal.actor);
  return row;
}

async function viewOf(trx: Trx, row: AssistSessionRow, principal: Principal): Promise<AssistSessionView> {
  const terminal = await trx
    .selectFrom('terminals')
    .select('name')
    .where('id', '=', row.terminal_id)
    .executeTakeFirst();
  const mine = principal.actor.id === row.staff_user_id;
  let snapshot: AssistSnapshot | null = null;
  // Only the staff member the visitor said yes to sees the screen.
  if (mine && row.state === 'active' && row.screen_state) {
    snapshot = JSON.parse(row.screen_state) as AssistSnapshot;
  }
  return {
    id: row.id,
    terminalId: row.terminal_id,
    terminalName: terminal?.name ?? row.terminal_id,
    staffUserId: row.staff_user_id,
    mine,
    state: row.state as AssistSessionView['state'],
    endReason: (row.end_reason as AssistEndReason | null) ?? null,
    createdAt: row.created_at,
    answeredAt: row.answered_at,
    endedAt: row.ended_at,
    snapshot,
    snapshotAt: snapshot ? row.screen_state_at : null,
  };
}

/** Staff: ask the visitor at this kiosk whether they may help at the screen. */
export async function requestAssist(
  ctx: AppContext,
  principal: Principal,
  terminalId: string,
): Promise<AssistSessionView> {
  const actor = staffActor(principal);
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const terminal = await activeTerminal(trx, terminalId);
    if (!terminal) throw notFound('terminal_not_found');
    const open = await findOpenAssistSession(trx, terminalId);
    if (open && isOpen(await settle(trx, at, open))) throw conflict('assist_session_open');
    const row: AssistSessionRow = {
      id: ctx.ids.newId(),
      terminal_id: terminalId,
      staff_user_id: actor.id,
      state: 'requested',
      end_reason: null,
      created_at: at,
      answered_at: null,
      ended_at: null,
      kiosk_seen_at: null,
      staff_seen_at: at,
      screen_state: null,
      screen_state_at: null,
      command_seq: 0,
    };
    await trx.insertInto('assist_sessions').values(row).execute();
    await recordAudit(trx, at, {
      actor,
      action: 'assist.request',
      entityType: 'assist_session',
      entityId: row.id,
      data: { terminalId, boxId: terminal.box_id },
    });
    return viewOf(trx, row, principal);
  });
}

/** Staff: the terminal's newest session (to resume or to see how it ended) and the terminal's name. */
export async function assistForTerminal(
  ctx: AppContext,
  principal: Principal,
  terminalId: string,
): Promise<{ terminalId: string; terminalName: string; session: AssistSessionView | null }> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const terminal = await activeTerminal(trx, terminalId);
    if (!terminal) throw notFound('terminal_not_found');
    const latest = await findLatestAssistSession(trx, terminalId);
    const row = latest ? await settle(trx, at, latest) : null;
    return {
      terminalId,
      terminalName: terminal.name,
      session: row ? await viewOf(trx, row, principal) : null,
    };
  });
}

/** Staff (the tablet, every second or so): the session with the kiosk's latest masked screen. */
export async function assistSession(
  ctx: AppContext,
  principal: Principal,
  id: string,
): Promise<AssistSessionView> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findAssistSession(trx, id);
    if (!found) throw notFound('assist_session_not_found');
    let row = await settle(trx, at, found);
    const mine = principal.actor.id === row.staff_user_id;
    if (mine && isOpen(row) && (row.staff_seen_at ?? '') < addMs(at, -touchEveryMs)) {
      await updateAssistSession(trx, row.id, { staff_seen_at: at });
      row = { ...row, staff_seen_at: at };
    }
    return viewOf(trx, row, principal);
  });
}

/** Staff: point at a control, press it for the visitor, or have the step read aloud at the kiosk. */
export async function sendAssistCommand(
  ctx: AppContext,
  principal: Principal,
  id: string,
  command: AssistCommandBody,
): Promise<{ seq: number }> {
  const actor = staffActor(principal);
  if (command.kind !== 'read_aloud' && command.target === undefined)
    throw badRequest('assist_target_missing');
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findAssistSession(trx, id);
    if (!found || found.staff_user_id !== actor.id) throw notFound('assist_session_not_found');
    const row = await settle(trx, at, found);
    if (row.state !== 'active') throw conflict('assist_not_active');
    const seq = await nextCommandSeq(trx, id);
    const target = command.kind === 'read_aloud' ? null : (command.target ?? null);
    await trx
      .insertInto('assist_commands')
      .values({ session_id: id, seq, kind: command.kind, target, created_at: at })
      .execute();
    await updateAssistSession(trx, id, { staff_seen_at: at });
    // What was pressed is recorded by position only; the tablet never knows the digits the visitor typed.
    await recordAudit(trx, at, {
      actor,
      action: 'assist.command',
      entityType: 'assist_session',
      entityId: id,
      data: { kind: command.kind, target },
    });
    return { seq };
  });
}

/** Staff: end the session (idempotent: an ended session is answered as it is). */
export async function endAssistByStaff(
  ctx: AppContext,
  principal: Principal,
  id: string,
): Promise<AssistSessionView> {
  const actor = staffActor(principal);
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findAssistSession(trx, id);
    if (!found || found.staff_user_id !== actor.id) throw notFound('assist_session_not_found');
    let row = await settle(trx, at, found);
    if (isOpen(row)) row = await endSession(trx, at, row, 'staff', actor);
    return viewOf(trx, row, principal);
  });
}

/** Kiosk (every second or two): its open session and the commands after `afterSeq`. */
export async function kioskAssist(
  ctx: AppContext,
  terminal: KioskTerminal,
  afterSeq: number,
): Promise<KioskAssistView> {
  const at = ctx.clock.now().toISOString();
  const open = await findOpenAssistSession(ctx.db, terminal.id);
  if (!open) return { session: null, commands: [] };
  return ctx.db.transaction().execute(async (trx) => {
    let row = await settle(trx, at, open);
    if (!isOpen(row)) return { session: null, commands: [] };
    if (row.state === 'active' && (row.kiosk_seen_at ?? '') < addMs(at, -touchEveryMs)) {
      await updateAssistSession(trx, row.id, { kiosk_seen_at: at });
      row = { ...row, kiosk_seen_at: at };
    }
    const commands = row.state === 'active' ? await commandsAfter(trx, row.id, afterSeq) : [];
    return {
      session: {
        id: row.id,
        state: row.state as AssistSessionState,
        staffName: await staffNameOf(trx, row.staff_user_id),
      },
      commands: commands.map((c) => ({
        seq: Number(c.seq),
        kind: c.kind as KioskAssistView['commands'][number]['kind'],
        target: c.target === null ? null : Number(c.target),
      })),
    };
  });
}

async function kioskSession(trx: Trx, at: string, terminal: KioskTerminal, id: string) {
  const found = await findAssistSession(trx, id);
  if (!found || found.terminal_id !== terminal.id) throw notFound('assist_session_not_found');
  return settle(trx, at, found);
}

/** Kiosk: the visitor's answer on the screen (yes or no), audited as the terminal's. */
export async function answerAssist(
  ctx: AppContext,
  terminal: KioskTerminal,
  id: string,
  consent: boolean,
): Promise<void> {
  const at = ctx.clock.now().toISOString();
  const refused = await ctx.db.transaction().execute(async (trx) => {
    const row = await kioskSession(trx, at, terminal, id);
    // A timed-out request is answered with 409 after its end is committed.
    if (row.state !== 'requested') return true;
    await updateAssistSession(
      trx,
      id,
      consent
        ? { state: 'active', answered_at: at, kiosk_seen_at: at, staff_seen_at: at }
        : { state: 'declined', answered_at: at, ended_at: at },
    );
    await recordAudit(trx, at, {
      actor: { type: 'terminal', id: terminal.id },
      action: consent ? 'assist.consent' : 'assist.decline',
      entityType: 'assist_session',
      entityId: id,
      data: { terminalId: terminal.id },
    });
    return false;
  });
  if (refused) throw conflict('assist_not_requested');
}

/**
 * The hub's own check that nothing typed leaves the kiosk in clear (the schema's patterns say the same; this is
 * the rule in words, and the one place to extend when a field is added).
 */
export function unmaskedFields(snapshot: AssistSnapshot): string[] {
  const allowed = new RegExp(`^[${assistMaskCharacter}\\s]*$`);
  return Object.entries(snapshot.fields)
    .filter(([, value]) => !allowed.test(value))
    .map(([name]) => name);
}

/** Kiosk: its current screen, typed values masked. */
export async function storeAssistSnapshot(
  ctx: AppContext,
  terminal: KioskTerminal,
  id: string,
  snapshot: AssistSnapshot,
): Promise<void> {
  const unmasked = unmaskedFields(snapshot);
  if (unmasked.length > 0) throw unprocessable('assist_snapshot_unmasked', { fields: unmasked.join(', ') });
  const at = ctx.clock.now().toISOString();
  const inactive = await ctx.db.transaction().execute(async (trx) => {
    const row = await kioskSession(trx, at, terminal, id);
    if (row.state !== 'active') return true;
    await updateAssistSession(trx, id, {
      screen_state: JSON.stringify(snapshot),
      screen_state_at: at,
      kiosk_seen_at: at,
    });
    return false;
  });
  if (inactive) throw conflict('assist_not_active');
}

/** Kiosk: the visitor pressed "Beenden", or the idle reset came. */
export async function endAssistAtKiosk(
  ctx: AppContext,
  terminal: KioskTerminal,
  id: string,
  reason: 'visitor' | 'idle',
): Promise<void> {
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await kioskSession(trx, at, terminal, id);
    if (isOpen(row)) await endSession(trx, at, row, reason, { type: 'terminal', id: terminal.id });
  });
}
