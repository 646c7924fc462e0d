/** The kiosk's "Questions / 115" screen in English. */
export const kioskServices = {
  heading: 'Questions for the town hall',
  intro: 'Type what you need. For example: identity card, register a move or bulky waste.',
  found: 'Matching services: {{count}}',
  nothing: 'We found nothing for that. Try another word or call 115.',
  unavailable: 'The list of services cannot be loaded right now. Please ask the staff.',
  back: 'Back to the search',
  home: 'To the start screen',
  phoneHeading: 'Call 115',
  phoneIntro:
    'Pick up the red handset next to the screen. It connects you directly to the 115 service centre. The call is free for you.',
};
