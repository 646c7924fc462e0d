/**
 * A citizen's suggestion from the site or a kiosk, without login. Spam protection without puzzles: a honeypot
 * field (filled in → 400 `spam_suspected`, a clear answer rather than a silent drop, so a person whose browser
 * filled it by mistake learns why) and a rate limit per sender — per kiosk terminal when the request carries a
 * terminal key (many citizens share one kiosk), else per IP address (stored only as a keyed hash, kept one day).
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { randomInt } from 'node:crypto';
import type { SubmitSuggestionBody, SubmittedSuggestion } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { addMs } from '../../platform/clock.ts';
import { hmacHex } from '../../platform/crypto.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { systemActor, recordAudit } from '../audit/audit-service.ts';
import { emailPattern, phonePattern, suggestionReference, suggestionTextLimits } from './suggestion-rules.ts';
import { insertSuggestion, recentSubmissions, type SuggestionRow } from './suggestions-repository.ts';

export interface SuggestionSender {
  /** The kiosk terminal the request came from (its key was checked), or null for the site. */
  terminalId: string | null;
  ip: string;
  /** Whose suggestion box it went into (modules/tenants/); default: the default tenant. */
  tenantId?: string;
}

const blankToNull = (value: string | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

export async function submitSuggestion(
  ctx: AppContext,
  body: SubmitSuggestionBody,
  sender: SuggestionSender,
): Promise<SubmittedSuggestion> {
  if ((body.homepage ?? '').trim() !== '') throw badRequest('spam_suspected');
  const text = body.text.trim();
  if (text.length < suggestionTextLimits.min) {
    throw badRequest('suggestion_text_too_short', { min: suggestionTextLimits.min });
  }
  if (text.length > suggestionTextLimits.max) {
    throw badRequest('suggestion_text_too_long', { max: suggestionTextLimits.max });
  }
  const contact = {
    name: blankToNull(body.contact?.name),
    email: blankToNull(body.contact?.email),
    phone: blankToNull(body.contact?.phone),
  };
  const hasContact = contact.name !== null || contact.email !== null || contact.phone !== null;
  if (hasContact && body.contactConsent !== true) throw badRequest('suggestion_consent_required');
  if (contact.email !== null && !emailPattern.test(contact.email))
    throw badRequest('suggestion_email_invalid');
  if (contact.phone !== null && !phonePattern.test(contact.phone))
    throw badRequest('suggestion_phone_invalid');

  const now = ctx.clock.now().toISOString();
  const settings = ctx.config.zone;
  const ipHash = hmacHex(ctx.config.secrets.codeKey, 'suggestion-ip', sender.ip);
  const limit = sender.terminalId ? settings.suggestionsPerTerminal : settings.suggestionsPerIp;
  const windowMs = settings.suggestionRateWindowSeconds * 1000;

  return ctx.db.transaction().execute(async (trx) => {
    const recent = await recentSubmissions(
      trx,
      sender.terminalId ? { terminalId: sender.terminalId } : { ipHash },
      addMs(now, -windowMs),
      limit,
    );
    if (recent.length >= limit) {
      const oldest = recent[recent.length - 1]!;
      const retryMs = new Date(oldest).getTime() + windowMs - new Date(now).getTime();
      const seconds = Math.max(1, Math.ceil(retryMs / 1000));
      throw new AppError(
        429,
        'suggestion_rate_limited',
        { retryAfterMinutes: Math.ceil(seconds / 60) },
        seconds,
      );
    }
    const row: SuggestionRow = {
      id: ctx.ids.newId(),
      reference: suggestionReference(() => randomInt(0, 1_000_000) / 1_000_000),
      text,
      topic: body.topic ?? null,
      source: sender.terminalId ? 'kiosk' : 'site',
      terminal_id: sender.terminalId,
      ip_hash: sender.terminalId ? null : ipHash,
      contact_name: contact.name,
      contact_email: contact.email,
      contact_phone: contact.phone,
      contact_consent_at: hasContact ? now : null,
      contact_purged_at: null,
      status: 'received',
      public_answer: null,
      published: 0,
      status_changed_at: now,
      answered_at: null,
      created_at: now,
      updated_at: now,
      version: 0,
      tenant_id: sender.tenantId ?? defaultTenantId,
    };
    await insertSuggestion(trx, row);
    await recordAudit(trx, now, {
      actor: sender.terminalId ? { type: 'terminal', id: sender.terminalId } : systemActor,
      action: 'suggestion.submit',
      entityType: 'suggestion',
      entityId: row.id,
      // Never the text or contact data: only what shows the shape of the submission.
      data: { source: row.source, topic: row.topic, withContact: hasContact },
    });
    return { id: row.id, reference: row.reference, status: 'received', createdAt: now };
  });
}
