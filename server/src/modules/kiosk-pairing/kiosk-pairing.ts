/**
 * Pairing a kiosk without typing its key. The kiosk asks for a pairing (anonymous, limited per IP address) and
 * shows the code; an admin confirms the code with box and name, which creates the terminal and seals its key into
 * the pairing; the kiosk polls with its secret and receives the key exactly once. Code, secret and IP are stored
 * only as hashes; expired pairings are refused and purged.
 */
import type {
  KioskPairingConfirm,
  KioskPairingConfirmed,
  KioskPairingCreated,
  KioskPairingStatus,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { addMs } from '../../platform/clock.ts';
import {
  constantTimeEqualHex,
  hmacHex,
  randomToken,
  seal,
  sha256Hex,
  unseal,
} from '../../platform/crypto.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { insertTerminal } from '../accounts/accounts-repository.ts';
import { hashToken } from '../accounts/accounts-service.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { formatPairingCode, newPairingCode, normalizePairingCode } from './pairing-code.ts';
import {
  attachTerminal,
  consumePairing,
  countPairingsFromIp,
  deleteExpiredPairings,
  findPairingByCodeHash,
  findPairingById,
  insertPairing,
} from './pairings-repository.ts';

export const pairingValidityMs = 15 * 60_000;
/** Pairings one address may ask for within `pairingValidityMs`. */
export const pairingsPerIp = 10;

const codeHash = (ctx: AppContext, code: string) =>
  hmacHex(ctx.config.secrets.codeKey, 'kiosk-pairing-code', code);
const sealKey = (ctx: AppContext) => hmacHex(ctx.config.secrets.smsSealKey, 'kiosk-pairing-key');

export async function createPairing(ctx: AppContext, ip: string): Promise<KioskPairingCreated> {
  const now = ctx.clock.now().toISOString();
  const ipHash = hmacHex(ctx.config.secrets.codeKey, 'kiosk-pairing-ip', ip);
  await deleteExpiredPairings(ctx.db, now);
  const recent = await countPairingsFromIp(ctx.db, ipHash, addMs(now, -pairingValidityMs));
  if (recent >= pairingsPerIp) throw new AppError(429, 'pairing_rate_limited', {}, 60);

  const id = ctx.ids.newId();
  const secret = randomToken();
  const expiresAt = addMs(now, pairingValidityMs);
  // 31^8 codes: a clash with a live pairing is very unlikely, but the unique index decides, so try again then.
  for (let attempt = 0; ; attempt++) {
    const code = newPairingCode();
    try {
      await insertPairing(ctx.db, {
        id,
        code_hash: codeHash(ctx, code),
        secret_hash: sha256Hex(secret),
        ip_hash: ipHash,
        created_at: now,
        expires_at: expiresAt,
        terminal_id: null,
        sealed_key: null,
        confirmed_at: null,
        confirmed_by: null,
        consumed_at: null,
      });
      const display = formatPairingCode(code);
      const base = ctx.config.publicUrl.replace(/\/+$/, '');
      return {
        pairingId: id,
        code: display,
        secret,
        expiresAt,
        confirmUrl: `${base}/office/admin/terminals?pair=${display}`,
      };
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

export async function pollPairing(ctx: AppContext, id: string, secret: string): Promise<KioskPairingStatus> {
  const now = ctx.clock.now().toISOString();
  const pairing = await findPairingById(ctx.db, id);
  if (!pairing || pairing.consumed_at) throw notFound('pairing_not_found');
  if (!constantTimeEqualHex(pairing.secret_hash, sha256Hex(secret)))
    throw forbidden('pairing_secret_invalid');
  if (pairing.expires_at <= now) {
    await deleteExpiredPairings(ctx.db, now);
    return { state: 'expired' };
  }
  if (!pairing.sealed_key) return { state: 'waiting' };
  const key = unseal(sealKey(ctx), pairing.sealed_key);
  // Handed out once: whoever wipes the sealed key first gets it.
  if (!(await consumePairing(ctx.db, id, now))) throw notFound('pairing_not_found');
  return { state: 'confirmed', key };
}

export async function confirmPairing(
  ctx: AppContext,
  input: KioskPairingConfirm,
  by: Principal,
): Promise<KioskPairingConfirmed> {
  const now = ctx.clock.now().toISOString();
  const code = normalizePairingCode(input.code);
  if (!code) throw notFound('pairing_code_unknown');
  const name = input.name.trim();
  const hash = codeHash(ctx, code);
  const found = await findPairingByCodeHash(ctx.db, hash);
  if (found && !found.terminal_id && found.expires_at <= now) {
    // Purged outside the refusing transaction, so the refusal does not roll the purge back.
    await deleteExpiredPairings(ctx.db, now);
    throw new AppError(410, 'pairing_code_expired');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const pairing = await findPairingByCodeHash(trx, hash);
    if (!pairing) throw notFound('pairing_code_unknown');
    if (pairing.terminal_id) throw conflict('pairing_code_used');
    if (pairing.expires_at <= now) throw new AppError(410, 'pairing_code_expired');
    const box = await trx.selectFrom('boxes').select('id').where('id', '=', input.boxId).executeTakeFirst();
    if (!box) throw notFound('box_not_found');

    const terminalId = ctx.ids.newId();
    const key = `kiosk_${randomToken()}`;
    await insertTerminal(trx, {
      id: terminalId,
      name,
      box_id: box.id,
      key_hash: hashToken(key),
      created_at: now,
    });
    const attached = await attachTerminal(trx, pairing.id, {
      terminal_id: terminalId,
      sealed_key: seal(sealKey(ctx), key),
      confirmed_at: now,
      confirmed_by: by.actor.id,
    });
    if (!attached) throw conflict('pairing_code_used');
    await recordAudit(trx, now, {
      actor: by.actor,
      action: 'terminal.pair',
      entityType: 'terminal',
      entityId: terminalId,
      data: { name, boxId: box.id, pairingId: pairing.id },
    });
    return { terminal: { id: terminalId, name, boxId: box.id, createdAt: now } };
  });
}
