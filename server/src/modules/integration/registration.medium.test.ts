/**
 * Inbound round trip (issue 16): the specialist procedure registers documents with an `integration` token,
 * idempotently by (office, reference), with the citizen's consent, one at a time or a day's batch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';

let hub: SeededHub;
let integration: { authorization: string };

async function createToken(roles: string[]) {
  return hub.app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers: hub.staffHeaders.admin,
    payload: { name: `Fachverfahren ${roles.join('+')}`, roles },
  });
}

beforeAll(async () => {
  hub = await seedTestHub(await createTestHub());
  const token = await createToken(['integration']);
  expect(token.statusCode, token.body).toBe(201);
  integration = { authorization: `Bearer ${token.json().secret}` };
}, 60_000);
afterAll(() => hub?.close());

const registration = {
  reference: 'HN-FV-1001',
  officeId: 'buergeramt-hn',
  typeId: 'driving_licence',
  holderName: 'Hans Peters',
  phone: '0170 1234599',
  dateOfBirth: '1967-10-21',
  consent: { textVersion: 'dokbox-2026-03', givenAt: '2026-11-23T14:05:00.000Z' },
};

const register = (payload: object, headers = integration) =>
  hub.app.inject({ method: 'POST', url: '/api/v1/documents', headers, payload });

describe('integration role', () => {
  it('exists for tokens only: a token may carry it, a staff account may not, and a token never admin', async () => {
    expect((await createToken(['admin'])).json().code).toBe('api_token_admin_role');
    const staff = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/staff-users',
      headers: hub.staffHeaders.admin,
      payload: {
        username: 'fachverfahren',
        displayName: 'FV',
        password: 'a-long-password-1234',
        roles: ['integration'],
      },
    });
    expect(staff.statusCode).toBe(400);
    expect(staff.json().code).toBe('validation_failed');
    // The integration token registers, but does not read the staff's document lists.
    const list = await hub.app.inject({ url: '/api/v1/documents', headers: integration });
    expect(list.statusCode).toBe(403);
  });

  it('a token without the integration role no longer acts as the specialist procedure', async () => {
    const zone = await createToken(['zone']);
    const response = await register(
      { ...registration, reference: 'HN-FV-ZONE' },
      { authorization: `Bearer ${zone.json().secret}` },
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('idempotent registration', () => {
  it('gives one document for the same registration sent twice, and 409 for other content', async () => {
    const first = await register(registration);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      reference: 'HN-FV-1001',
      state: 'registered',
      consent: { textVersion: 'dokbox-2026-03', givenAt: '2026-11-23T14:05:00.000Z' },
    });
    const again = await register(registration);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);

    const other = await register({ ...registration, holderName: 'Hans Petersen' });
    expect(other.statusCode).toBe(409);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({ code: 'duplicate_reference' });
    expect(other.json().detail ?? other.json().title).toMatch(/Vorgangsnummer/);

    const rows = await hub.ctx.db
      .selectFrom('documents')
      .select(['id', 'consent_text_version', 'consent_given_at'])
      .where('reference', '=', 'HN-FV-1001')
      .execute();
    expect(rows).toEqual([
      {
        id: first.json().id,
        consent_text_version: 'dokbox-2026-03',
        consent_given_at: '2026-11-23T14:05:00.000Z',
      },
    ]);
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_type', 'data'])
      .where('entity_id', '=', first.json().id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'document.register', actor_type: 'token' });
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ consentTextVersion: 'dokbox-2026-03' });
  });

  it('gives one document to racing identical registrations', async () => {
    const racing = { ...registration, reference: 'HN-FV-RACE' };
    const answers = await Promise.all([1, 2, 3, 4].map(() => register(racing)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    const rows = await hub.ctx.db
      .selectFrom('documents')
      .select('id')
      .where('reference', '=', 'HN-FV-RACE')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('records consent at the time of registration when no time is given, and refuses one in the future', async () => {
    const now = await register({
      ...registration,
      reference: 'HN-FV-1002',
      consent: { textVersion: 'dokbox-2026-03' },
    });
    expect(now.statusCode).toBe(201);
    expect(now.json().consent).toEqual({
      textVersion: 'dokbox-2026-03',
      givenAt: hub.clock.now().toISOString(),
    });
    const future = await register({
      ...registration,
      reference: 'HN-FV-1003',
      consent: { textVersion: 'dokbox-2026-03', givenAt: '2027-01-01T00:00:00Z' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().code).toBe('consent_in_future');
  });
});

describe('batch registration', () => {
  it("registers a day's documents with a result per document", async () => {
    const response = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents/batch',
      headers: integration,
      payload: {
        documents: [
          { ...registration, reference: 'HN-FV-2001' },
          registration,
          { ...registration, reference: 'HN-FV-2002', officeId: 'nirgendwo' },
          { ...registration, reference: 'HN-FV-1001', holderName: 'Jemand Anderes' },
          { ...registration, reference: 'HN-FV-2003', phone: '03303 5280' },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ registered: 1, existing: 1, failed: 3 });
    expect(body.results.map((r: { status: string; code?: string }) => [r.status, r.code])).toEqual([
      ['registered', undefined],
      ['existing', undefined],
      ['failed', 'office_not_found'],
      ['failed', 'duplicate_reference'],
      ['failed', 'phone_not_mobile'],
    ]);
    expect(body.results[2].message).toBe('Diese Dienststelle gibt es nicht.');
    const existing = await hub.ctx.db
      .selectFrom('documents')
      .select('id')
      .where('reference', '=', 'HN-FV-1001')
      .execute();
    expect(body.results[1].documentId).toBe(existing[0]!.id);
  });

  it('refuses an empty batch and unknown fields (400)', async () => {
    const post = (payload: object) =>
      hub.app.inject({ method: 'POST', url: '/api/v1/documents/batch', headers: integration, payload });
    expect((await post({ documents: [] })).statusCode).toBe(400);
    expect((await post({ documents: [{ ...registration, extra: 1 }] })).statusCode).toBe(400);
  });
});

describe('API description', () => {
  it('documents registration, batch, register and webhook routes in the OpenAPI document', async () => {
    const openapi = await hub.app.inject({ url: '/api/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    const paths = Object.keys(openapi.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/documents',
        '/api/v1/documents/batch',
        '/api/v1/register/day',
        '/api/v1/register/unbooked',
        '/api/v1/register/issues/{documentId}/booked',
        '/api/v1/integration/webhook-deliveries',
      ]),
    );
    expect(Object.keys(openapi.json().paths['/api/v1/documents'].post.responses)).toEqual(
      expect.arrayContaining(['200', '201']),
    );
  });
});
