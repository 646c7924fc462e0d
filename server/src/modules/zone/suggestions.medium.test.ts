import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { getStaffSuggestion } from './moderate-suggestions.ts';
import { purgeSuggestionContacts } from './purge-suggestion-contacts.ts';

const contact = { name: 'Erika Mustermann', email: 'erika@example.org', phone: '+49 151 23456789' };

describe('suggestions', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(
      await createTestHub({ config: { zone: { suggestionsPerIp: 3, suggestionsPerTerminal: 4 } } }),
    );
  });
  afterEach(() => hub.close());

  const submit = (payload: unknown, headers: Record<string, string> = {}, ip = '203.0.113.7') =>
    hub.app.inject({
      method: 'POST',
      url: '/api/v1/suggestions',
      payload: payload as object,
      headers,
      remoteAddress: ip,
    });
  const moderate = (id: string, payload: object) =>
    hub.app.inject({
      method: 'PATCH',
      url: `/api/v1/zone/suggestions/${id}`,
      headers: hub.staffHeaders.zone,
      payload,
    });

  it('accepts a suggestion, moves it through moderation and publishes it without any contact data', async () => {
    const created = await submit({
      text: '  Bitte eine Bank neben der DokBox aufstellen.  ',
      topic: 'dokbox',
      contact,
      contactConsent: true,
    });
    expect(created.statusCode).toBe(201);
    const { id, reference, status } = created.json();
    expect(status).toBe('received');
    expect(reference).toMatch(/^A-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const staffView = await hub.app.inject({
      url: `/api/v1/zone/suggestions/${id}`,
      headers: hub.staffHeaders.zone,
    });
    expect(staffView.json()).toMatchObject({
      text: 'Bitte eine Bank neben der DokBox aufstellen.',
      source: 'site',
      contact,
      version: 0,
    });
    // Only zone staff (and admins) see suggestions with contact data.
    for (const role of ['clerk', 'loader', 'auditor'] as const) {
      const denied = await hub.app.inject({
        url: '/api/v1/zone/suggestions',
        headers: hub.staffHeaders[role],
      });
      expect(denied.statusCode).toBe(403);
    }

    expect((await moderate(id, { version: 0, published: true })).json().code).toBe('suggestion_not_reviewed');
    expect((await moderate(id, { version: 0, status: 'implemented' })).json().code).toBe(
      'suggestion_invalid_transition',
    );
    const inReview = await moderate(id, { version: 0, status: 'in_review' });
    expect(inReview.json()).toMatchObject({ status: 'in_review', version: 1 });
    expect((await moderate(id, { version: 0, status: 'answered' })).json().code).toBe('suggestion_changed');
    expect((await moderate(id, { version: 1, status: 'answered' })).json().code).toBe(
      'suggestion_answer_required',
    );
    const answered = await moderate(id, {
      version: 1,
      status: 'answered',
      publicAnswer: 'Danke! Wir prüfen das mit dem Vermieter.',
      published: true,
    });
    expect(answered.json()).toMatchObject({ status: 'answered', published: true, version: 2 });
    const implemented = await moderate(id, { version: 2, status: 'implemented' });
    expect(implemented.json()).toMatchObject({ status: 'implemented', version: 3 });
    expect((await moderate(id, { version: 3, status: 'declined' })).statusCode).toBe(409);

    const list = await hub.app.inject({ url: '/api/v1/public/suggestions' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({
      total: 1,
      items: [
        {
          reference,
          text: 'Bitte eine Bank neben der DokBox aufstellen.',
          topic: 'dokbox',
          status: 'implemented',
          publicAnswer: 'Danke! Wir prüfen das mit dem Vermieter.',
          submittedOn: '2026-11-24',
          answeredOn: '2026-11-24',
        },
      ],
    });
    for (const secret of [contact.name, contact.email, '23456789', id])
      expect(list.body).not.toContain(secret);

    const actions = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'suggestion.submit',
      'suggestion.moderate',
      'suggestion.moderate',
      'suggestion.moderate',
    ]);
    expect(actions.map((a) => JSON.parse(a.data))).toEqual([
      { source: 'site', topic: 'dokbox', withContact: true },
      { from: 'received', to: 'in_review' },
      { from: 'in_review', to: 'answered', answerChanged: true, published: true },
      { from: 'answered', to: 'implemented' },
    ]);
    for (const a of actions) expect(a.data).not.toContain('Erika');
  });

  it('answers and publishes a new suggestion in one save', async () => {
    const { id } = (await submit({ text: 'Bitte eine Uhr im Bürgerpunkt aufhängen.' })).json();
    const once = await moderate(id, {
      version: 0,
      status: 'answered',
      publicAnswer: 'Danke! Die Uhr hängt ab Montag.',
      published: true,
    });
    expect(once.statusCode).toBe(200);
    expect(once.json()).toMatchObject({ status: 'answered', published: true, version: 1 });
    const list = (await hub.app.inject({ url: '/api/v1/public/suggestions' })).json();
    expect(list.items.map((i: { text: string }) => i.text)).toContain(
      'Bitte eine Uhr im Bürgerpunkt aufhängen.',
    );
  });

  it('lists only published suggestions publicly', async () => {
    const a = (await submit({ text: 'Erste Anregung zum Testen' })).json();
    await submit({ text: 'Zweite Anregung zum Testen' });
    await moderate(a.id, { version: 0, status: 'in_review', published: true });
    const list = (await hub.app.inject({ url: '/api/v1/public/suggestions' })).json();
    expect(list.items.map((i: { text: string }) => i.text)).toEqual(['Erste Anregung zum Testen']);
    expect(list.total).toBe(1);
  });

  it('rejects a filled honeypot, too short or long texts and contact without consent, with clear codes', async () => {
    const honeypot = await submit({ text: 'Eine ganz normale Anregung', homepage: 'http://spam.example' });
    expect(honeypot.statusCode).toBe(400);
    expect(honeypot.json()).toMatchObject({
      code: 'spam_suspected',
      title: expect.stringContaining('verstecktes'),
    });
    expect((await submit({ text: '   kurz    ' })).json().code).toBe('suggestion_text_too_short');
    expect((await submit({ text: 'x'.repeat(2001) })).json().code).toBe('suggestion_text_too_long');
    expect((await submit({ text: 'Eine Anregung mit Kontakt', contact })).json().code).toBe(
      'suggestion_consent_required',
    );
    expect(
      (
        await submit({ text: 'Eine Anregung mit Kontakt', contact: { email: 'nope' }, contactConsent: true })
      ).json().code,
    ).toBe('suggestion_email_invalid');
    expect((await submit({ text: 'Eine Anregung', extra: 1 })).statusCode).toBe(400);
    expect(
      (await submit({ text: 'Eine Anregung mit leerem Kontakt', contact: { name: '  ' } })).statusCode,
    ).toBe(201);
    // Nothing refused was stored.
    const count = await hub.ctx.db.selectFrom('suggestions').select('id').execute();
    expect(count).toHaveLength(1);
  });

  it('rate-limits per IP address with 429 and the time until the next one is accepted', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await submit({ text: `Anregung Nummer ${i} aus dem Netz` })).statusCode).toBe(201);
      hub.clock.advance(60_000);
    }
    const limited = await submit({ text: 'Anregung Nummer 4 aus dem Netz' });
    expect(limited.statusCode).toBe(429);
    // The first was at 09:00, the window is one hour, now is 09:03: the next is accepted in 57 minutes.
    expect(limited.headers['retry-after']).toBe(String(57 * 60));
    expect(limited.json()).toMatchObject({
      code: 'suggestion_rate_limited',
      retryAfterSeconds: 57 * 60,
      title: expect.stringContaining('57 Minuten'),
    });
    // Another address is not affected, and a kiosk counts on its own terminal.
    expect((await submit({ text: 'Anregung von anderswo her' }, {}, '198.51.100.1')).statusCode).toBe(201);
    const kiosk = await submit({ text: 'Anregung am Kiosk eingegeben' }, hub.terminalHeaders);
    expect(kiosk.statusCode).toBe(201);
    const kioskRow = await hub.ctx.db
      .selectFrom('suggestions')
      .select(['source', 'terminal_id', 'ip_hash'])
      .where('id', '=', kiosk.json().id)
      .executeTakeFirstOrThrow();
    expect(kioskRow).toMatchObject({ source: 'kiosk', ip_hash: null });
    expect(kioskRow.terminal_id).not.toBeNull();
    expect(
      (await submit({ text: 'Anregung mit falschem Schlüssel' }, { 'x-terminal-key': 'wrong-key-123' }))
        .statusCode,
    ).toBe(401);

    hub.clock.advance(57 * 60_000);
    expect((await submit({ text: 'Anregung Nummer 4 aus dem Netz' })).statusCode).toBe(201);
  });

  it('rate-limits a kiosk terminal separately with its own limit', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await submit({ text: `Kiosk-Anregung Nummer ${i}` }, hub.terminalHeaders)).statusCode).toBe(
        201,
      );
    }
    const limited = await submit({ text: 'Kiosk-Anregung Nummer 5' }, hub.terminalHeaders);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('3600');
  });

  it('purges contact data after answering plus the retention days, and at the latest after the maximum', async () => {
    const answeredOne = (
      await submit({ text: 'Anregung, die beantwortet wird', contact, contactConsent: true })
    ).json();
    const openOne = (
      await submit({ text: 'Anregung, die liegen bleibt', contact, contactConsent: true }, {}, '198.51.100.2')
    ).json();
    await moderate(answeredOne.id, { version: 0, status: 'in_review' });
    await moderate(answeredOne.id, { version: 1, status: 'answered', publicAnswer: 'Erledigt.' });

    hub.clock.advance(30 * 86_400_000 - 1000);
    expect((await purgeSuggestionContacts(hub.ctx)).contacts).toBe(0);
    hub.clock.advance(2000);
    expect(await purgeSuggestionContacts(hub.ctx)).toEqual({ contacts: 1, ipHashes: 0 });
    // Staff sessions have expired after a month; read through the service.
    const view = (id: string) => getStaffSuggestion(hub.ctx, id);
    expect(await view(answeredOne.id)).toMatchObject({ contact: null, contactPurged: true });
    expect(await view(openOne.id)).toMatchObject({ contact, contactPurged: false });

    hub.clock.advance(150 * 86_400_000);
    expect((await purgeSuggestionContacts(hub.ctx)).contacts).toBe(1);
    expect(await view(openOne.id)).toMatchObject({ contact: null, contactPurged: true });
    const rows = await hub.ctx.db.selectFrom('suggestions').select(['ip_hash', 'contact_phone']).execute();
    expect(rows).toEqual([
      { ip_hash: null, contact_phone: null },
      { ip_hash: null, contact_phone: null },
    ]);
  });
});
