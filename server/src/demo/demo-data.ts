/**
 * Demo data for Hohen Neuendorf (Brandenburg). Plausible, invented where no public fact is needed, and marked as
 * demo: the store and its address are made up. Tests use the same data, so what a newcomer sees is what is tested.
 */
import type { CompartmentSize, StaffRole } from '@buergerpunkt/contracts';
import { cityDefaultPolicies, type ResolvedPickupPolicy } from '../modules/document-types/pickup-policy.ts';

export const demoOffices = [
  {
    id: 'buergeramt-hn',
    name: 'Bürgeramt Hohen Neuendorf',
    short_name: 'Bürgeramt',
    address: 'Oranienburger Straße 2, 16540 Hohen Neuendorf',
  },
  {
    id: 'fuehrerscheinstelle-ohv',
    name: 'Führerscheinstelle Landkreis Oberhavel (Demo)',
    short_name: 'Führerscheinstelle',
    address: 'Demo-Adresse, 16515 Oranienburg',
  },
  {
    id: 'auslaenderbehoerde-ohv',
    name: 'Ausländerbehörde Landkreis Oberhavel (Demo)',
    short_name: 'Ausländerbehörde',
    address: 'Demo-Adresse, 16515 Oranienburg',
  },
];

/**
 * The demo's document types carry the city defaults (docs/identity-checks.md, `cityDefaultPolicies`): ID card =
 * code + (old document or date of birth) + PIN letter, passport = code + (old document or date of birth),
 * residence permit, travel document, driving licence = code + date of birth. The child's passport asks for the
 * child's date of birth (Magdeburg: the parent enters it); it is a Reisepass for a child, not a Kinderreisepass,
 * which was abolished on 1 January 2024 (the demo's services text says so). Civil-status certificates would otherwise go out by plain
 * letter, so the code alone is proportionate: the demo's one type without an extra check.
 */
export const demoDocumentTypes: {
  id: string;
  name: string;
  min_size: CompartmentSize;
  policy: ResolvedPickupPolicy;
}[] = [
  { id: 'id_card', name: 'Personalausweis', min_size: 'S', policy: cityDefaultPolicies.id_card! },
  { id: 'passport', name: 'Reisepass', min_size: 'S', policy: cityDefaultPolicies.passport! },
  {
    id: 'child_passport',
    name: 'Reisepass (Kind)',
    min_size: 'S',
    policy: { ...cityDefaultPolicies.travel_document!, check: 'date_of_birth' },
  },
  {
    id: 'driving_licence',
    name: 'Führerschein',
    min_size: 'S',
    policy: cityDefaultPolicies.driving_licence!,
  },
  {
    id: 'travel_document',
    name: 'Reiseausweis',
    min_size: 'S',
    policy: cityDefaultPolicies.travel_document!,
  },
  {
    id: 'residence_permit',
    name: 'Aufenthaltstitel',
    min_size: 'S',
    policy: cityDefaultPolicies.residence_permit!,
  },
  {
    id: 'civil_certificate',
    name: 'Personenstandsurkunde',
    min_size: 'S',
    policy: { ...cityDefaultPolicies.travel_document!, check: 'none' },
  },
];

export const demoBox = {
  id: 'dokbox-hn',
  name: 'DokBox Hohen Neuendorf',
  location_name: 'Kaufhaus am Markt (Demo), Erdgeschoss, Begegnungszone',
  address: 'Marktplatz 1 (Demo), 16540 Hohen Neuendorf',
  state_code: 'BB',
  timezone: 'Europe/Berlin',
};

/** 24 compartments: 4 columns × 6 rows; rows 3 and 4 (70–120 cm) are reachable from a wheelchair. */
export const demoCompartments = Array.from({ length: 24 }, (_, index) => {
  const number = index + 1;
  const row = Math.floor(index / 4) + 1;
  const size: CompartmentSize = row <= 2 ? 'S' : row <= 4 ? 'M' : 'L';
  return { number, size, wheelchair_reachable: row === 3 || row === 4 ? 1 : 0 } as const;
});

/**
 * The deposit compartment of the demo box: citizens put their old ID card or passport in here (issue 9); never
 * used for loading. Row 4 is reachable from a wheelchair.
 */
export const demoDepositCompartments: readonly number[] = [16];

/** The store's hours: Monday to Saturday 09:30–20:00 (the box is in the store, so these are the box's hours). */
export const demoOpeningHours = [1, 2, 3, 4, 5, 6].map((weekday) => ({
  weekday,
  opens: '09:30',
  closes: '20:00',
}));

export const demoStaff: {
  username: string;
  display_name: string;
  roles: StaffRole[];
  office_id: string | null;
  /** The admin's grant to see every office's documents (docs/security.md, "Data protection by office"). */
  all_offices?: boolean;
}[] = [
  { username: 'admin', display_name: 'Ada Admin (Demo)', roles: ['admin'], office_id: null },
  {
    username: 'clerk',
    display_name: 'Clara Sachbearbeiterin (Demo)',
    roles: ['clerk'],
    office_id: 'buergeramt-hn',
  },
  {
    username: 'loader',
    display_name: 'Lars Bestücker (Demo)',
    roles: ['loader'],
    office_id: 'buergeramt-hn',
  },
  {
    // A second loader: types with four-eyes loading are put into the box by two people (docs/identity-checks.md).
    username: 'loader2',
    display_name: 'Lena Bestückerin (Demo)',
    roles: ['loader'],
    office_id: 'buergeramt-hn',
  },
  {
    // The zone team helps citizens at the Bürgeramt's box: it sees that office's documents.
    username: 'zone',
    display_name: 'Zoe Zonenteam (Demo)',
    roles: ['zone'],
    office_id: 'buergeramt-hn',
  },
  {
    // The auditor checks the whole installation: the admin granted every office.
    username: 'auditor',
    display_name: 'Arno Prüfer (Demo)',
    roles: ['auditor'],
    office_id: null,
    all_offices: true,
  },
];

export const demoTerminal = { name: 'Kiosk an der DokBox Hohen Neuendorf' };
