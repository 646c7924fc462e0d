import { describe, expect, it } from 'vitest';
import { documentStates, finalDocumentStates, type DocumentState } from '@buergerpunkt/contracts';
import { isTransitionAllowed, transitions, type TransitionName } from './lifecycle.ts';

const names = Object.keys(transitions) as TransitionName[];
const edges = names.flatMap((name) =>
  transitions[name].from.map((from) => ({ name, from, to: transitions[name].to })),
);

describe('document lifecycle', () => {
  it('lets nothing leave a final state', () => {
    for (const edge of edges) expect(finalDocumentStates).not.toContain(edge.from);
  });

  it('reaches every state from registration', () => {
    const reached = new Set<DocumentState>(['registered']);
    for (let changed = true; changed;) {
      changed = false;
      for (const edge of edges) {
        if (reached.has(edge.from) && !reached.has(edge.to)) {
          reached.add(edge.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...documentStates].sort());
  });

  it('has a way to a final state from every state, so no document is ever stranded', () => {
    const canFinish = new Set<DocumentState>(finalDocumentStates);
    for (let changed = true; changed;) {
      changed = false;
      for (const edge of edges) {
        if (canFinish.has(edge.to) && !canFinish.has(edge.from)) {
          canFinish.add(edge.from);
          changed = true;
        }
      }
    }
    expect([...canFinish].sort()).toEqual([...documentStates].sort());
  });

  it('issues a document only on the box sensors or a staff reconcile, never on the citizen alone', () => {
    const intoPickedUp = edges.filter((e) => e.to === 'picked_up').map((e) => e.name);
    expect(new Set(intoPickedUp)).toEqual(new Set(['complete_pickup', 'reconcile_as_picked_up']));
    expect(transitions.complete_pickup.by).toEqual(['box']);
    expect(transitions.reconcile_as_picked_up.by).not.toContain('citizen');
  });

  it('lets only a citizen at the kiosk start a pickup, and only from notified', () => {
    expect(transitions.start_pickup).toMatchObject({ from: ['notified'], by: ['citizen'] });
    for (const state of documentStates) {
      expect(isTransitionAllowed('start_pickup', state, ['admin', 'clerk', 'loader', 'system', 'box'])).toBe(
        false,
      );
    }
  });

  it('refuses every transition from a state it does not start in, whoever asks', () => {
    const everyone = [
      'admin',
      'clerk',
      'loader',
      'zone',
      'auditor',
      'integration',
      'citizen',
      'box',
      'system',
    ] as const;
    for (const name of names) {
      for (const state of documentStates) {
        const expected = (transitions[name].from as readonly DocumentState[]).includes(state);
        expect(isTransitionAllowed(name, state, everyone), `${name} from ${state}`).toBe(expected);
      }
      expect(isTransitionAllowed(name, null, everyone)).toBe(name === 'register');
    }
  });

  it('never lets auditors or zone staff change a document', () => {
    for (const name of names) {
      for (const state of documentStates) {
        expect(isTransitionAllowed(name, state, ['auditor', 'zone'])).toBe(false);
      }
    }
  });
});
