/**
 * Demo data for Hohen Neuendorf (Brandenburg). Plausible, invented where no public fact is needed, and marked as
 * demo: the store and its address are made up. Tests use the same data, so what a newcomer sees is what is tested.
 */
import type { CompartmentSize, PickupCheck, StaffRole } from '@buergerpunkt/contracts';

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

export const demoDocumentTypes: {
  id: string;
  name: string;
  pickup_check: PickupCheck;
  min_size: CompartmentSize;
  /** Identity steps (issue 9), 0/1; the demo keeps them off so the walk-through stays short. */
  pin_letter_required?: number;
}[] = [
  { id: 'id_card', name: 'Personalausweis', pickup_check: 'date_of_birth', min_size: 'S' },
  { id: 'passport', name: 'Reisepass', pickup_check: 'date_of_birth', min_size: 'S' },
  { id: 'child_passport', name: 'Kinderreisepass', pickup_check: 'date_of_birth', min_size: 'S' },
  { id: 'driving_licence', name: 'Führerschein', pickup_check: 'none', min_size: 'S' },
  { id: 'travel_document', name: 'Reiseausweis', pickup_check: 'date_of_birth', min_size: 'S' },
  { id: 'residence_permit', name: 'Aufenthaltstitel', pickup_check: 'staff_confirmation', min_size: 'S' },
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
  { username: 'zone', display_name: 'Zoe Zonenteam (Demo)', roles: ['zone'], office_id: null },
  { username: 'auditor', display_name: 'Arno Prüfer (Demo)', roles: ['auditor'], office_id: null },
];

export const demoTerminal = { name: 'Kiosk an der DokBox Hohen Neuendorf' };
