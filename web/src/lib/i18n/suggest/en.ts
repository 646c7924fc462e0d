/** The suggestion form in English (same keys as de.ts). */
export const suggest = {
  textLabel: 'Your suggestion',
  textHint: 'At least 10, at most 2000 characters. Please do not name other people.',
  counter: '{{count}} of 2000 characters',
  topicLabel: 'Topic (optional)',
  noTopic: 'No particular topic',
  topics: {
    dokbox: 'DokBox',
    service_115: '115 / administration',
    map: 'Map',
    tour: 'Tour',
    zone: 'Bürgerpunkt in general',
    other: 'Other',
  },
  contactLegend: 'Would you like an answer? (optional)',
  contactHint: 'Only if you would like us to get back to you.',
  nameLabel: 'Name',
  emailLabel: 'Email',
  phoneLabel: 'Phone',
  consentLabel:
    'I agree that the town uses my contact details to answer me about this suggestion. The details are deleted afterwards.',
  honeypotLabel: 'Please leave this field empty',
  submit: 'Send suggestion',
  sending: 'Sending …',
  thanksHeading: 'Thank you for your suggestion!',
  thanksText: 'Your number: {{reference}}. The service zone team reads every suggestion.',
  another: 'Write another suggestion',
  errors: {
    text_missing: 'Please write your suggestion.',
    suggestion_text_too_short: 'Please write at least 10 characters.',
    suggestion_text_too_long: 'Please write at most 2000 characters.',
    suggestion_consent_required:
      'You gave contact details. Please confirm that we may contact you, or remove the contact details.',
    suggestion_email_invalid: 'The email address looks incomplete. Please check it.',
    suggestion_phone_invalid: 'The phone number does not look right. Please use digits, spaces and + only.',
    suggestion_rate_limited:
      'Many suggestions came from here just now. Please try again in {{minutes}} minutes.',
    spam_suspected:
      'Your suggestion was not accepted because a hidden field was filled in. Please reload the page and try again.',
    general: 'Sorry, that did not work. Please try again.',
    network: 'No connection to the server. Please try again in a moment.',
  },
};
