/** The public site in English (loaded when chosen). Same keys and placeholders as de.ts (catalogues.test.ts). */
export const en = {
  common: {
    problems: {
      network: 'No connection to the server. Please try again in a moment.',
      unknown: 'Sorry, that did not work. Please try again.',
    },
  },
  errors: {
    reference_missing: 'Please enter the reference number from your application receipt.',
    reference_invalid:
      'This reference number does not have the right format. It consists of letters, digits and hyphens, for example HN-2026-00123. Please check what you typed.',
    phone_missing: 'Please enter the mobile number you gave with your application.',
    phone_invalid: 'This phone number is not valid. Please enter a mobile number, e.g. 0151 23456789.',
    phone_not_mobile: 'This number cannot receive text messages. Please enter a mobile number.',
    status_lookup_throttled:
      'You have asked too often in a short time. Please try again in {{minutes}} minutes.',
    validation_failed: 'Some details are missing or in the wrong format.',
    malformed_request: 'The request could not be read.',
    rate_limited: 'Too many requests. Please wait a moment.',
    internal_error: 'A technical error occurred. Please try again in a moment or ask the staff for help.',
  },
  site: {
    frame: {
      skipLink: 'Skip to content',
      brand: 'Bürgerpunkt Hohen Neuendorf',
      tagline: 'Town services in the department store',
      mainNav: 'Main menu',
      menuButton: 'Menu',
      languageNav: 'Language',
      languageLabel: 'Language:',
      footerNav: 'Legal information',
      footerText: 'A service of the town of Hohen Neuendorf.',
      demoNotice: 'Demo: this website shows sample data. Addresses and contacts are made up.',
      titleSuffix: 'Bürgerpunkt Hohen Neuendorf',
    },
    nav: {
      home: 'Home',
      howItWorks: 'How the DokBox works',
      location: 'Location and opening hours',
      status: 'Is my document ready?',
      imprint: 'Legal notice',
      privacy: 'Privacy',
      accessibility: 'Accessibility',
    },
    home: {
      title: 'Home',
      heading: 'Welcome to the Bürgerpunkt Hohen Neuendorf',
      intro:
        'At the Bürgerpunkt in the department store, the town of Hohen Neuendorf offers its services where you do your shopping anyway. Town staff on site are happy to help you.',
      dokboxHeading: 'Collect documents at the DokBox',
      dokboxText:
        'Is your ID card, passport or driving licence ready? Then you can collect it at the DokBox whenever the store is open, without an appointment and without waiting.',
      dokboxLink: 'How the DokBox works',
      statusHeading: 'Has my document arrived?',
      statusText:
        'With the reference number from your application receipt and your mobile number you can see whether your document is ready for collection.',
      statusLink: 'Check the status',
      locationHeading: 'Where is the DokBox?',
      locationLink: 'Location and all opening hours',
      moreHeading: 'More at the Bürgerpunkt',
      moreText: 'At the Bürgerpunkt and here on the website you also find these services:',
    },
    openingStatus: {
      loading: 'Loading opening hours …',
      unavailable: 'The current opening hours cannot be loaded right now. Please try again later.',
      openNow: 'Open now, until {{time}}.',
      closedNow: 'Closed now.',
      opensNext: 'Opens next: {{when}}.',
      outOfService:
        'The DokBox is out of service at the moment. The pickup period of your document is extended by this time.',
      where: 'Location',
    },
    howItWorks: {
      title: 'How the DokBox works',
      heading: 'How the DokBox works',
      intro:
        'The DokBox is a pickup locker with many compartments. It stands in the department store. You collect your finished document there yourself, whenever it suits you during the store’s opening hours.',
      stepsHeading: 'Step by step',
      step1Title: 'Agree when you apply',
      step1Text:
        'When you apply at the citizens’ office, say that you want to collect the document at the DokBox, and give your mobile number.',
      step2Title: 'Wait for the text message',
      step2Text:
        'As soon as your document is in the DokBox, you receive a text message with a personal 6-digit pickup code. The message also says the last day for pickup.',
      step3Title: 'Go to the DokBox',
      step3Text:
        'Come to the DokBox during opening hours. Enter your mobile number and the pickup code on the screen.',
      step4Title: 'Take your document',
      step4Text:
        'A compartment opens. The screen shows which one. Take out your document and close the compartment door. Only then is the pickup complete.',
      windowHeading: 'How long can I collect it?',
      windowText:
        'You have {{days}} opening days. The text message says the last day. Sundays, public holidays and days when the DokBox is closed do not count. Two opening days before the end we remind you by text message.',
      bringHeading: 'What do I need to bring?',
      bringIntro:
        'Always: your phone with the text message, or the pickup code. For some documents the DokBox checks a little more:',
      bringIdCards:
        'ID card and passport: bring your old document and put it into the reader at the DokBox. If you have no old document, you enter your date of birth. For an ID card you also confirm that you received the PIN letter.',
      bringResidence:
        'Child’s passport, travel document, residence permit and driving licence: you also enter the date of birth. If you collect a child’s document, it is the child’s date of birth.',
      bringLicence: 'Civil-status certificate: mobile number and pickup code are enough.',
      checkNone: '{{types}}: mobile number and pickup code are enough.',
      checkDateOfBirth:
        '{{types}}: you also enter the date of birth. If you collect a child’s document, it is the child’s date of birth.',
      checkOldDocumentOrDateOfBirth:
        '{{types}}: bring your old document and put it into the reader at the DokBox. If you have no old document, you enter the date of birth. For an ID card you also confirm that you received the PIN letter.',
      checkOldDocument: '{{types}}: bring your old document. You put it into the reader at the DokBox.',
      checkStaff:
        '{{types}}: a member of the town’s staff checks your identity document on site. Please bring it with you.',
      checkOther: '{{types}}: there is an extra check on site. The staff at the Bürgerpunkt will help you.',
      bringOther: 'Another person may collect your document only if you said so when you applied.',
      lostCodeHeading: 'I lost the code or did not get a text message',
      lostCodeText:
        'On the DokBox screen you can have a new code sent to you. It goes to the same mobile number, and the old code stops working. If you have a new mobile number, please call the citizens’ office. The staff at the Bürgerpunkt are also glad to help.',
      wrongCodeHeading: 'The code is not accepted',
      wrongCodeText:
        'After several wrong entries the code is blocked for your protection. You then need a new code: have it sent at the DokBox, or call the citizens’ office.',
      afterHeading: 'What happens if I miss the deadline?',
      afterText:
        'Then town staff take your document back to the office, and you receive a text message. You can collect it there during the office’s opening hours. Please contact the office first.',
      safetyHeading: 'Is it safe?',
      safetyText:
        'Each compartment opens only with the right code, and a code works for one pickup only. The town records exactly when a document was handed out. Your mobile number is deleted at the latest one day after pickup.',
      statusLink: 'Check whether your document is ready',
    },
    documentTypes: {
      id_card: 'ID card',
      passport: 'Passport',
      child_passport: 'Child’s passport',
      driving_licence: 'Driving licence',
      travel_document: 'Travel document',
      residence_permit: 'Residence permit',
      civil_certificate: 'Civil-status certificate',
    },
    location: {
      title: 'Location and opening hours',
      heading: 'Location and opening hours of the DokBox',
      intro:
        'The DokBox stands in the department store. You can only use it while the store is open. It is closed on public holidays in Brandenburg.',
      address: 'Address',
      hoursHeading: 'Opening hours',
      hoursCaption: 'Opening hours of the {{box}}',
      weekday: 'Day',
      hours: 'Time',
      hoursRange: '{{opens}} to {{closes}}',
      closed: 'closed',
      allDay: 'open around the clock',
      closuresHeading: 'Closed on these days',
      closureSingle: 'on {{date}}',
      closureRange: 'from {{from}} to {{to}}',
      noClosures: 'No special closing days are planned at the moment.',
      holidays:
        'Also closed on public holidays in Brandenburg, for example on the Day of German Unity and on Reformation Day.',
      accessHeading: 'Step-free access',
      accessText:
        'The DokBox is on the ground floor and can be reached without steps. Some compartments are at a height you can reach from a wheelchair. Tell us when you apply, and your document will be put in such a compartment.',
    },
    status: {
      title: 'Is my document ready?',
      heading: 'Is my document ready?',
      intro:
        'Enter the reference number from your application receipt and the mobile number you gave when you applied. We only show you whether your document is ready for collection, nothing else.',
      referenceLabel: 'Reference number',
      referenceHint: 'You find it on your application receipt, for example HN-2026-00123.',
      phoneLabel: 'Mobile number',
      phoneHint: 'For example 0151 23456789',
      submit: 'Check status',
      checking: 'Checking …',
      resultHeading: 'Result',
      referenceMissing: 'Please enter the reference number.',
      phoneMissing: 'Please enter your mobile number.',
      throttled:
        'You have asked too often in a short time. To prevent misuse, this is possible again in {{minutes}} minutes.',
      notFound:
        'We could not find a document with these details. Please check the reference number and the mobile number. Documents collected more than a day ago are no longer shown here.',
      notReady:
        'Your document is not ready yet. As soon as it is in the DokBox, you will receive a text message with your pickup code.',
      ready: 'Your document is in the DokBox. You can collect it until {{until}}.',
      readyNoDate: 'Your document is in the DokBox and can be collected.',
      readyWhere: 'Place: {{box}}, {{location}}.',
      readyBring: 'Bring your phone with the text message.',
      collected: 'Your document has already been collected.',
      contactOffice:
        'Your document can no longer be collected at the DokBox. Please contact the office where you applied. The contact details are on your application receipt.',
      privacyNote:
        'We do not store your mobile number for this lookup. The number of lookups is limited. More about this:',
    },
    imprint: {
      title: 'Legal notice',
      heading: 'Legal notice (Impressum)',
      demo: 'Demo: this is a template. Before going live, the town enters its real details here.',
      providerHeading: 'Provider',
      provider: 'Stadt Hohen Neuendorf\nOranienburger Straße 2\n16540 Hohen Neuendorf, Germany',
      representedHeading: 'Represented by',
      represented: 'The mayor of the town of Hohen Neuendorf (demo entry)',
      contactHeading: 'Contact',
      contact: 'Phone: +49 3303 000000 (demo)\nEmail: buergerpunkt@example.org (demo)',
      responsibleHeading: 'Responsible for the content',
      responsible: 'Bürgerpunkt team of the town of Hohen Neuendorf, address as above (demo entry)',
    },
    privacy: {
      title: 'Privacy',
      heading: 'Privacy statement',
      demo: 'Demo: this is a template. Before going live, the town checks this statement with its data protection officer.',
      controllerHeading: 'Controller',
      controller:
        'Stadt Hohen Neuendorf, Oranienburger Straße 2, 16540 Hohen Neuendorf (demo entry). Data protection officer: datenschutz@example.org (demo).',
      websiteHeading: 'Visiting this website',
      website:
        'This website sets no cookies and loads nothing from other providers: no fonts, no maps, no statistics. Your language choice is stored only in your browser.',
      lookupHeading: 'The “Is my document ready?” lookup',
      lookup:
        'For the lookup you send us a reference number and a mobile number. We compare the mobile number only with an encrypted check value and do not store it.\n\nEach lookup is recorded in the town’s audit log: with the reference number, the shortened mobile number (for example +49151****789), the result and the time. Your IP address is not stored, only a one-way check value to limit misuse. This counter is deleted after 15 minutes.\n\nThe legal basis is Art. 6(1)(e) GDPR together with state law (demo entry, to be checked before going live).',
      dokboxHeading: 'Pickup at the DokBox',
      dokbox:
        'We use your mobile number only to send you the pickup code and reminders by SMS. We delete it {{hours}} hours after the document was collected, returned or cancelled, together with the check value of the pickup code and the text of the SMS. The pickup code is stored only in encrypted form.\n\nWhen you apply, you agree to collect at the DokBox. We store when you agreed and which version of the consent text you saw.',
      dateOfBirthHeading: 'Date of birth',
      dateOfBirth:
        "For some documents the DokBox also asks for your date of birth (for a child's document, the child's). The office sends it when it registers the document. We never store it in plain text, only as an encrypted check value, and delete that {{hours}} hours after the document was collected, returned or cancelled.",
      depositHeading: 'Handing in the old document',
      deposit:
        'When you hand in your old identity document at the DokBox, a reader in the deposit compartment reads the name and document number to match it to your new document. Only the last three characters of the number and an encrypted check value are stored. Town staff take the old document out and give it to the office to be cancelled. We delete the check value {{days}} days after the new document was collected.',
      evidenceHeading: 'Evidence photo at pickup',
      evidence:
        "For document types where the office has decided so, a camera at the DokBox takes a photo when the compartment opens. The screen tells you beforehand. The photo is stored only in encrypted form. Only the town's auditors may view it, and every view is logged. We delete it {{days}} days after it was taken.",
      smsHeading: 'SMS sent by a service provider',
      sms: 'The SMS with the pickup code and the reminder are sent on our behalf (processing under Art. 28 GDPR) by: {{processor}}. The provider receives your mobile number and the text of the SMS for this.',
      smsUnnamed:
        "The SMS with the pickup code and the reminder are sent on our behalf by an SMS provider (processing under Art. 28 GDPR). It receives your mobile number and the text of the SMS for this. We will tell you the provider's name on request.",
      smsDemo:
        'This demo sends no SMS: they only appear on a demo page of the server. In operation, the town names here the SMS provider that sends on its behalf (processing under Art. 28 GDPR).',
      registerHeading: 'Issue register and access at the office',
      register:
        "So that it can be shown when which document was issued, the office keeps an issue register: document type, office, times and the checks passed. {{days}} days after the document was collected, returned or cancelled, we replace your name and the reference number in it with a pseudonym. Messages about the issue to the office's specialist system (with the reference number, without your name) are deleted after {{eventDays}} days.\n\nYour data is seen only by staff of the office that issued your document and by people the administration has expressly allowed (for example the auditors). Every look at your data is logged with the person and the time.",
      loading: 'Loading the current retention times …',
      unavailable: 'The current retention times cannot be loaded right now. Please try again later.',
      rightsHeading: 'Your rights',
      rights:
        'You have the right of access, rectification, erasure and restriction of processing, and the right to object. You can complain to the Brandenburg state commissioner for data protection and access to files.',
    },
    accessibility: {
      title: 'Accessibility statement',
      heading: 'Accessibility statement',
      demo: 'Demo: this is a template. Before going live, the town adds the real contact details and the date of the review.',
      scope:
        'The town of Hohen Neuendorf aims to make this website accessible. The legal basis is the Brandenburg Disability Equality Act and the Accessible Information Technology Ordinance (BITV 2.0) as amended.',
      statusHeading: 'Compliance status',
      status:
        'This website is partially compliant with the requirements of BITV 2.0. Every page is checked automatically against the WCAG 2.1 criteria at levels A and AA with every change, without errors. A full review by an independent testing body is still to be done.',
      notAccessibleHeading: 'Non-accessible content',
      notAccessible:
        'We currently know of no barriers. Services added later (for example the town map) are checked before they are published.',
      offersHeading: 'Easy Language and English',
      offers:
        'All pages are also available in Easy German (Leichte Sprache) and in English. Choose the language at the top of every page.',
      preparedHeading: 'Preparation of this statement',
      prepared:
        'This statement is based on a self-assessment: automatic testing with axe and manual testing (keyboard, zoom, screen reader). It was prepared in November 2026 (demo entry).',
      feedbackHeading: 'Report barriers: contact',
      feedback:
        'Have you noticed a barrier? Then please write to us: barrierefreiheit@example.org (demo), or call +49 3303 000000 (demo). We answer within two weeks.',
      enforcementHeading: 'Conciliation procedure',
      enforcement:
        'If you do not receive a satisfactory answer to your report, you can turn to the conciliation body of the state of Brandenburg. Demo: before going live, the town enters the name and address of the responsible body here.',
    },
    notFound: {
      title: 'Page not found',
      heading: 'This page does not exist',
      text: 'Perhaps the address has changed. You find all services on the home page.',
      homeLink: 'Go to the home page',
    },
  },
};
