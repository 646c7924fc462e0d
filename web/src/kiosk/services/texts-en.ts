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
  redPhone: {
    heading: 'Talk to the 115 service centre',
    intro:
      "You talk to the 115 service centre through this kiosk's microphone and loudspeaker. The call is free for you.",
    hours: 'Available Monday to Friday, 8 am to 6 pm, except on public holidays.',
    number: 'Phone number: {{number}}',
    call: 'Call now',
    preferCallback: 'Ask for a call-back instead',
    off: 'This kiosk has no phone. Leave your phone number and we will call you back.',
    stateLabel: 'Call status',
    states: {
      connecting: 'Connecting …',
      ringing: 'Ringing at the 115 service centre …',
      connected: 'Connected. Please speak now.',
      ended: 'The call has ended.',
      busy: 'Busy: all lines of the service centre are taken right now.',
      unreachable: 'The service centre cannot be reached right now.',
      microphone: "This kiosk's microphone cannot be used right now.",
      failed: 'The call did not work just now.',
    },
    calm: 'Do not worry. Leave your phone number and we will call you back. Or call a member of staff.',
    hangUp: 'Hang up',
    volume: 'Volume',
    volumeDown: 'Quieter',
    volumeUp: 'Louder',
    volumeValue: '{{percent}} percent',
    again: 'Call again',
  },
  /** A QR code to the same page on the public website (issue 18). */
  takeHome: {
    heading: 'Take it with you',
    image: 'QR code for the page {{url}}',
    text: 'Scan the code with your phone to read this page again at home: {{url}}',
  },
};
