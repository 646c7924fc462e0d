/** The kiosk's suggestion screen in English (same keys as texts-de.ts). */
export const kioskSuggestion = {
  heading: 'Your idea for the town',
  intro: 'What could we do better? Write it down here. You do not have to give your name.',
  back: 'Back to start',
};

/** The zone's announcements and staffed hours on the start screen (English). */
export const kioskZoneInfo = {
  heading: 'Notices from the service zone',
  staffed: 'Staff in the zone:',
  range: '{{opens}}–{{closes}}',
};
