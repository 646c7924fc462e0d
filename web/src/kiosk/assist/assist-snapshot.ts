/**
 * What the staff's tablet learns of the kiosk's screen (issue 18): the step and what the same screen components need
 * to draw it, with everything the visitor typed masked character by character. Nothing else of `flow.data` (the
 * pickup id, the phone number, the opened compartment's details) leaves the kiosk; the hub refuses a typed value
 * that is not masked.
 */
import type { AssistSnapshot } from '@buergerpunkt/contracts';
import type { KioskFlow } from '../kiosk-flow.svelte.ts';

/** The contracts' `assistMaskCharacter` (the web imports contracts' types only). */
export const maskCharacter = '•';

/** Every character but spaces becomes the mask: the tablet sees how much was typed, never what. */
export function masked(value: string): string {
  return value.replace(/\S/g, maskCharacter);
}

type FlowView = Pick<KioskFlow, 'step' | 'screen' | 'data' | 'busy' | 'inlineError'>;

export function assistSnapshotOf(flow: FlowView, language: string): AssistSnapshot {
  const { data, screen } = flow;
  return {
    step: flow.step,
    language,
    fields: {
      phone: masked(data.phone),
      code: masked(data.code),
      day: masked(data.day),
      month: masked(data.month),
      year: masked(data.year),
    },
    check: data.check,
    ...(data.documentType ? { documentType: data.documentType.slice(0, 80) } : {}),
    compartmentNumber: data.compartmentNumber,
    ...(screen.name === 'problem' ? { problem: screen.problem.key } : {}),
    inlineError: flow.inlineError,
    busy: flow.busy,
  };
}
