/**
 * What a newcomer needs to try the demo's pickups: every demo document waiting in the box with its phone number,
 * type and the checks the kiosk will ask for (with the date of birth to enter). Derived from the demo documents and
 * their types' policies, so the start banner, the outbox page and the README cannot drift from the data.
 */
import type { PickupCheck } from '@buergerpunkt/contracts';
import { t } from '../platform/i18n.ts';
import { demoDepositCompartments, demoDocumentTypes } from './demo-data.ts';
import { demoDocuments } from './seed-demo-documents.ts';

export interface DemoPickup {
  phone: string;
  holderName: string;
  typeName: string;
  compartment: number;
  check: PickupCheck;
  /** As the kiosk asks for it: DD.MM.YYYY. */
  dateOfBirth: string | null;
  /** The old document's number the clerk registered (the simulated reader reads it). */
  oldDocumentNumber: string | null;
  pinLetter: boolean;
  evidenceImage: boolean;
}

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

/** The demo documents a citizen can collect right after the start (waiting in the demo box), in seeding order. */
export function demoPickups(): DemoPickup[] {
  return demoDocuments
    .filter((document) => document.story === 'waiting')
    .map((document) => {
      const type = demoDocumentTypes.find((candidate) => candidate.id === document.typeId);
      if (!type) throw new Error(`demo document type ${document.typeId} is missing`);
      return {
        phone: document.phone,
        holderName: document.holderName,
        typeName: type.name,
        compartment: document.compartment!,
        check: type.policy.check,
        dateOfBirth: document.dateOfBirth ? germanDate(document.dateOfBirth) : null,
        oldDocumentNumber: document.oldDocumentNumber ?? null,
        pinLetter: type.policy.pinLetter,
        evidenceImage: type.policy.evidenceImage,
      };
    });
}

/** The checks of one demo pickup in English, for the start banner. */
export function describeDemoChecks(pickup: DemoPickup): string {
  const dateOfBirth = `date of birth ${pickup.dateOfBirth ?? '(none registered)'}`;
  const oldDocument = `old document (deposit compartment ${demoDepositCompartments[0]}, in the demo through the simulator API)`;
  const check: Record<PickupCheck, string> = {
    none: 'code only, no extra check',
    date_of_birth: dateOfBirth,
    old_document_scan: oldDocument,
    old_document_or_date_of_birth: `${dateOfBirth} ("Ich habe kein altes Dokument"), or the ${oldDocument}`,
    staff_confirmation: 'a staff member confirms in the office',
  };
  return [
    check[pickup.check],
    ...(pickup.pinLetter ? ['then confirm the PIN letter'] : []),
    ...(pickup.evidenceImage ? ['an evidence image is taken'] : []),
  ].join('; ');
}

/** The checks of one demo pickup in German, for the outbox page. */
export function describeDemoChecksGerman(pickup: DemoPickup): string {
  const dateOfBirth = t('outbox.demoCheck.dateOfBirth', { date: pickup.dateOfBirth ?? '–' });
  const check: Record<PickupCheck, string> = {
    none: t('outbox.demoCheck.none'),
    date_of_birth: dateOfBirth,
    old_document_scan: t('outbox.demoCheck.oldDocument', { compartment: demoDepositCompartments[0] }),
    old_document_or_date_of_birth: t('outbox.demoCheck.oldDocumentOrDateOfBirth', {
      date: pickup.dateOfBirth ?? '–',
      compartment: demoDepositCompartments[0],
    }),
    staff_confirmation: t('outbox.demoCheck.staffConfirmation'),
  };
  return [
    check[pickup.check],
    ...(pickup.pinLetter ? [t('outbox.demoCheck.pinLetter')] : []),
    ...(pickup.evidenceImage ? [t('outbox.demoCheck.evidenceImage')] : []),
  ].join(' ');
}
