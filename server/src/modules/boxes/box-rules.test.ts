import { describe, expect, it } from 'vitest';
import type { BoxEvent } from '@buergerpunkt/contracts';
import { parseAgentMessage } from './box-link-hub.ts';
import type { CompartmentRow } from './boxes-repository.ts';
import { eventTime } from './handle-box-event.ts';
import { rankCompartments, sizesAtLeast } from './load-document.ts';

function compartment(number: number, size: string, wheelchair: 0 | 1): CompartmentRow {
  return {
    id: `b-${number}`,
    box_id: 'b',
    number,
    size,
    wheelchair_reachable: wheelchair,
    status: 'free',
    door: 'closed',
    sensor_occupied: 0,
    document_id: null,
    updated_at: '2026-11-24T09:00:00.000Z',
    door_opened_at: null,
    door_open_alerted_at: null,
    layout_column: null,
    layout_position: null,
    height_cm: null,
    bottom_cm: null,
    lock_board: null,
    lock_number: null,
  };
}

describe('choosing a compartment for loading', () => {
  const free = [
    compartment(17, 'L', 0),
    compartment(9, 'M', 1),
    compartment(2, 'S', 0),
    compartment(10, 'M', 1),
    compartment(1, 'S', 1),
    compartment(5, 'M', 0),
  ];

  it('offers the smallest fitting size first and keeps wheelchair-reachable compartments for last', () => {
    expect(rankCompartments(free, false).map((c) => c.number)).toEqual([2, 5, 17, 1, 9, 10]);
  });

  it('offers only wheelchair-reachable compartments to a document that needs them, smallest first', () => {
    expect(rankCompartments(free, true).map((c) => c.number)).toEqual([1, 9, 10]);
  });

  it('knows which sizes are at least the type’s minimum', () => {
    expect(sizesAtLeast('S')).toEqual(['S', 'M', 'L']);
    expect(sizesAtLeast('M')).toEqual(['M', 'L']);
    expect(sizesAtLeast('L')).toEqual(['L']);
  });
});

describe('agent messages', () => {
  const at = '2026-11-24T09:00:00.000Z';
  const closed = {
    kind: 'event',
    eventId: 'evt-00000001',
    type: 'door_closed',
    compartment: 3,
    occupied: null,
    at,
  };

  it('accepts protocol messages as JSON text or values', () => {
    expect(parseAgentMessage(JSON.stringify(closed))).toEqual(closed);
    expect(parseAgentMessage({ kind: 'ack', commandId: 'cmd-00000001', ok: true })).toBeDefined();
  });

  it('drops everything else', () => {
    for (const raw of [
      '',
      '{',
      'null',
      '[]',
      { ...closed, occupied: 'yes' },
      { ...closed, compartment: 1001 },
      { ...closed, at: '24.11.2026' },
      { ...closed, eventId: 'short' },
      { kind: 'event_receipt', eventId: 'evt-00000001' },
      JSON.stringify({ ...closed, eventId: 'x'.repeat(300_000) }),
      undefined,
      7,
    ]) {
      expect(parseAgentMessage(raw), JSON.stringify(raw)?.slice(0, 80)).toBeUndefined();
    }
  });

  it('takes the box’s event time, but never one in the future', () => {
    const event = closed as BoxEvent;
    expect(eventTime(event, '2026-11-24T09:00:05.000Z')).toBe(at);
    expect(eventTime({ ...event, at: '2026-11-24T10:00:00+01:00' }, '2026-11-24T09:00:05.000Z')).toBe(at);
    expect(eventTime({ ...event, at: '2026-11-24T09:10:00.000Z' }, '2026-11-24T09:00:05.000Z')).toBe(
      '2026-11-24T09:00:05.000Z',
    );
  });
});
