/**
 * Every read of a document's personal data is audited: who, which document(s), when. One entry per request: a
 * document's page, a list or search (naming the documents on the page, never the name searched for), an export.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';

let hub: SeededHub;
beforeEach(async () => {
  hub = await seedTestHub(await createTestHub());
});
afterEach(() => hub.close());

const readEntries = () =>
  hub.ctx.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', 'document_read')
    .orderBy('seq')
    .execute();

const userIdOf = async (username: string) =>
  (
    await hub.ctx.db
      .selectFrom('staff_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;

describe('auditing of document reads', () => {
  it('a document’s page writes who read which document when', async () => {
    const document = await registerTestDocument(hub, { holderName: 'Erika Mustermann' });
    hub.clock.set('2026-11-24T10:15:00.000Z');
    const response = await hub.app.inject({
      method: 'GET',
      url: `/api/v1/documents/${document.id}`,
      headers: hub.staffHeaders.clerk,
    });
    expect(response.statusCode).toBe(200);
    const entries = await readEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'document.viewed',
      actor_type: 'staff',
      actor_id: await userIdOf('clerk'),
      entity_id: document.id,
      at: '2026-11-24T10:15:00.000Z',
    });
    // A refused read (another office, unknown id) writes nothing: nothing was shown.
    await hub.app.inject({
      method: 'GET',
      url: '/api/v1/documents/unknown',
      headers: hub.staffHeaders.clerk,
    });
    expect(await readEntries()).toHaveLength(1);
    // The step history of the document is not flooded by reads.
    const history = await hub.app.inject({
      method: 'GET',
      url: `/api/v1/documents/${document.id}/history`,
      headers: hub.staffHeaders.clerk,
    });
    expect((history.json() as { action: string }[]).map((e) => e.action)).not.toContain('document.viewed');
  });

  it('a list or search writes one entry naming the documents shown and not the name searched for', async () => {
    const first = await registerTestDocument(hub, { holderName: 'Erika Mustermann' });
    const second = await registerTestDocument(hub, { holderName: 'Max Mustermann' });
    await registerTestDocument(hub, { holderName: 'Klaus Brandt' });
    const response = await hub.app.inject({
      method: 'GET',
      url: '/api/v1/documents?holderName=Mustermann&state=registered',
      headers: hub.staffHeaders.loader,
    });
    expect(response.json().items).toHaveLength(2);
    const entries = await readEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'documents.listed', actor_id: await userIdOf('loader') });
    const data = JSON.parse(entries[0]!.data);
    expect([...data.documentIds].sort()).toEqual([first.id, second.id].sort());
    expect(data.query).toMatchObject({ holderNameSearched: true, state: 'registered' });
    expect(entries[0]!.data).not.toMatch(/Mustermann/);

    // A search that finds nothing shows nobody: no entry.
    await hub.app.inject({
      method: 'GET',
      url: '/api/v1/documents?holderName=Niemand',
      headers: hub.staffHeaders.loader,
    });
    expect(await readEntries()).toHaveLength(1);
  });

  it('an export writes one entry with its query', async () => {
    const response = await hub.app.inject({
      method: 'GET',
      url: '/api/v1/register/issues?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&format=csv',
      headers: hub.staffHeaders.clerk,
    });
    expect(response.statusCode).toBe(200);
    const entries = await readEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'documents.exported', actor_id: await userIdOf('clerk') });
    expect(JSON.parse(entries[0]!.data)).toEqual({
      view: 'register_issues',
      query: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', format: 'csv' },
    });
  });
});
