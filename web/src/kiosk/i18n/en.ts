/** The kiosk in English (complete). */
export const kiosk = {
  title: 'Bürgerpunkt – Kiosk',
  heading: 'Welcome to the Bürgerpunkt',
  chrome: {
    place: 'Bürgerpunkt Hohen Neuendorf',
    language: 'Sprache · Language · Dil · Мова · اللغة',
    callStaff: 'Call staff',
    startOver: 'Start again',
    speech: 'Read aloud',
    speechOn: 'on',
    speechOff: 'off',
    footerLabel: 'Help',
  },
  setup: {
    heading: 'This kiosk has not been set up yet',
    citizen: 'Please ask the staff at the Bürgerpunkt for help.',
    pairHeading: 'For staff: pair this kiosk',
    pairIntro:
      'Sign in to the back office as an administrator and enter this code under “Kiosk terminals” – or scan the QR code. The kiosk then starts by itself.',
    codeLabel: 'Pairing code',
    validUntil: 'Valid until {{time}}',
    qrLabel: 'QR code: opens the “Kiosk terminals” page of the back office with this code',
    waiting: 'The kiosk is waiting for confirmation in the back office …',
    expired: 'The previous code has expired. Please use the new code.',
    rateLimited: 'Too many codes were requested. The kiosk will try again in a minute.',
    offline: 'The server cannot be reached right now. The kiosk keeps trying.',
  },
  revoked: {
    heading: 'This terminal has been taken out of service',
    citizen:
      'Nothing can be done here at the moment. Please ask the staff at the Bürgerpunkt – we are happy to help.',
    staff:
      'For staff: this device’s key is no longer valid and has been deleted from the device. To use it again, tap “Pair again” and confirm the code shown in the back office under “Kiosk terminals”.',
    pairAgain: 'Pair again',
  },
  start: {
    heading: 'Welcome to the Bürgerpunkt',
    intro: 'What would you like to do? Tap a button.',
    choices: 'Choices',
    pickup: 'Collect a document',
    pickupHint: 'With your mobile number and the code from the text message',
    map: 'Town map',
    tour: '360° tour',
    questions: 'Questions and the 115 service number',
    suggestions: 'Ideas and suggestions',
    statusOpen: 'The DokBox is open now.',
    statusOpenUntil: 'The DokBox is open now, today until {{time}}.',
    statusClosed: 'The DokBox is closed at the moment.',
    statusClosedUntil: 'The DokBox is closed at the moment. It opens again on {{day}} at {{time}}.',
    statusOutOfService: 'The DokBox is out of service at the moment. Please ask the staff.',
  },
  language: {
    heading: 'Choose your language',
    text: 'Tap your language.',
    current: 'Selected',
    back: 'Back',
  },
  pickup: {
    phone: {
      heading: 'Your mobile number',
      text: 'Enter the mobile number we sent the text message to.',
      label: 'Mobile number',
      example: 'For example: 0170 1234567',
      tooShort: 'The number is too short. Please enter your full mobile number.',
      notMobile:
        'This is not a mobile number. We only send the code to mobile numbers. Please enter the mobile number the text message went to.',
    },
    code: {
      heading: 'Your pickup code',
      text: 'Enter the code from the text message. It has 6 digits.',
      label: 'Pickup code (6 digits)',
      incomplete: 'The code has 6 digits. Please enter all of them.',
      lostSms: 'I no longer have the text message',
      checking: 'One moment please. We are checking the code.',
    },
    keypad: {
      label: 'Number pad',
      delete: 'Delete',
      plus: 'Plus sign',
      confirm: 'Next',
      back: 'Back',
    },
    resend: {
      heading: 'New code by text message',
      text: 'We will send a new code to {{phone}}. The old code will then stop working.',
      send: 'Send a new code',
      sent: 'Thank you. If a document for this number is waiting in the DokBox, you will receive a text message with a new code shortly.',
      sentHeading: 'Your text message is on its way',
      enterCode: 'Enter the code',
    },
    birthDate: {
      heading: 'Date of birth',
      text: "Please enter the date of birth of the person the document is issued to. If you are collecting it for your child, enter your child's date of birth.",
      legend: 'Date of birth of the person the document is issued to',
      day: 'Day',
      month: 'Month',
      year: 'Year',
      dayExample: 'e.g. 14',
      monthExample: 'e.g. 3',
      yearExample: 'e.g. 1958',
      invalid: 'This date does not exist. Please check the day, month and year.',
      missing: 'Please fill in the day, month and year.',
      confirm: 'Next',
    },
    oldDocument: {
      heading: 'Your old document',
      text: 'For this document we check your old document.',
      step1: 'Place your old document photo side down on the reader below the screen.',
      step2: 'Leave it there.',
      step3: 'Then tap “Check document”.',
      confirm: 'Check document',
      reading: 'One moment please. The document is being read.',
      noOldDocument: 'I do not have an old document',
    },
    depositIntro: {
      text: 'For this document you hand in your old document at the DokBox. It is checked there and then cancelled.',
      step1: 'Tap “Open deposit compartment”.',
      step2: 'A compartment opens. Put your old document inside.',
      step3: 'Close the door. Only then does the compartment with your new document open.',
      confirm: 'Open deposit compartment',
    },
    deposit: {
      heading: 'Put your old document into compartment {{number}}',
      headingOpening: 'Compartment {{number}} is opening',
      location:
        'Compartment {{number}}: column {{column}} from the left, compartment {{fromTop}} from the top, {{height}}',
      put: 'Put your old document into the open compartment.',
      close: 'Close the door.',
      kept: 'Your old document stays in the DokBox. The citizens’ office cancels it afterwards.',
      waiting: 'One moment please. The compartment is opening.',
    },
    depositChecking: {
      heading: 'Your old document is being checked',
      text: 'One moment please. This only takes a short time.',
    },
    depositRefused: {
      safe: 'Your new document stays safely in the DokBox.',
      staffInformed: 'A member of staff has been told and will come to you.',
      retry: 'Try again',
      empty: {
        heading: 'There was no document in the compartment',
        text: 'The door is closed, but the compartment is empty. You can try again.',
      },
      mismatch: {
        heading: 'This is not the right document',
        text: 'The document in the compartment does not match your new document. It stays locked in safely. Staff will give it back to you.',
      },
      unreadable: {
        heading: 'The document could not be read',
        text: 'The document in the compartment could not be read. It stays locked in safely. Staff will give it back to you.',
      },
      reader_fault: {
        heading: 'The reader has a fault right now',
        text: 'Your old document stays safely locked in the compartment.',
      },
      timed_out: {
        heading: 'The time has run out',
        text: 'The compartment was open for too long. Please close its door.',
      },
      door_fault: {
        heading: 'The compartment did not open',
        text: 'The compartment for your old document did not open. You can try again.',
      },
      no_sensor: {
        heading: 'That did not work',
        text: 'We could not see whether your old document is in the compartment.',
      },
    },
    pinLetter: {
      heading: 'Did you receive the PIN letter?',
      text: 'Your new ID card comes with a letter containing your secret number (PIN). It was sent to your home by post.',
      question: 'Please confirm: I have received the PIN letter for this ID card.',
      legal: 'Your confirmation is stored with the date and time. The law requires this.',
      yes: 'Yes, I received the PIN letter',
      no: 'No, I did not receive a PIN letter',
    },
    pinLetterMissing: {
      heading: 'Please come to the citizens’ office',
      text: 'Without the PIN letter we may not hand out the ID card here. Don’t worry: at the citizens’ office you will get a new PIN and your ID card.',
      stays: 'Your ID card stays safely in the compartment. We have told the staff.',
      finish: 'Done',
    },
    waitingStaff: {
      heading: 'A member of staff is on the way',
      text: 'A member of staff must be present for this document. We have let them know. Please wait here.',
      still: 'Waiting for a member of staff …',
    },
    ready: {
      heading: 'Your document is here',
      text: 'Your document ({{type}}) is in compartment {{number}}.',
      textNoNumber: 'Your document ({{type}}) is in the DokBox.',
      hint: 'Stand in front of the DokBox. Then tap “Open compartment”.',
      open: 'Open compartment',
      opening: 'The compartment is being opened …',
      /** Shown where the document's policy takes an evidence image as the door opens (issue 9). */
      evidence: {
        heading: 'Please note: a photo is taken when the door opens',
        text: 'When the compartment opens, a camera on the DokBox takes a photo.',
        why: 'It lets the town prove later that the document was handed out correctly.',
        who: 'Only the town’s auditors may look at the photo. Every look is recorded.',
        deleted: 'The photo is deleted after {{days}} days.',
      },
    },
    door: {
      heading: 'Compartment {{number}} is open',
      headingOpening: 'Compartment {{number}} is opening',
      take: 'Please take out your document.',
      close: 'Then close the door.',
      waiting: 'The door will open in a moment.',
      location:
        'Compartment {{number}}: column {{column}} from the left, compartment {{fromTop}} from the top, {{height}}.',
      wheelchair: 'This compartment can also be reached from a wheelchair.',
      drawing:
        'Picture of the DokBox: compartment {{number}} is marked, column {{column}} from the left, compartment {{fromTop}} from the top, {{height}}.',
      here: 'Here',
    },
    height: {
      knee: 'low down (knee height)',
      hip: 'at hip height',
      chest: 'at chest height',
      eye: 'at eye level or higher',
    },
    done: {
      heading: 'All done. Thank you!',
      text: 'You have your document. The door is closed.',
      bye: 'Goodbye!',
      finish: 'Back to the start',
      autoReturn: 'The kiosk will start again in a moment.',
    },
  },
  errors: {
    heading: 'That did not work',
    retryPhone: 'Enter the number again',
    retryCode: 'Enter the code again',
    retryCheck: 'Try again',
    resend: 'New code by text message',
    startOver: 'Back to the start',
    code_wrong: {
      title: 'Number or code do not match',
      text: 'Please check the mobile number and the code from the text message. Then try again.',
      triesLeft:
        'Tries left: {{count}}. After that the code is locked. Then only the staff can send you a new code.',
      noTriesLeft: 'The code is now locked. Please call the staff: they can send you a new code.',
    },
    code_locked: {
      title: 'The code is blocked',
      text: 'The code was entered wrongly too often. For your safety it is now blocked. The staff can send you a new code: please call the staff.',
    },
    code_format_invalid: {
      title: 'The code is incomplete',
      text: 'The code has exactly 6 digits. Please enter it again.',
    },
    phone_invalid: {
      title: 'The mobile number is not right',
      text: 'Please enter your mobile number again, for example 0170 1234567.',
    },
    phone_not_mobile: {
      title: 'This is not a mobile number',
      text: 'We only send codes to mobile numbers. Please enter the mobile number the text message was sent to.',
    },
    pickup_in_progress: {
      title: 'This pickup is already running',
      text: 'A pickup for this document is already in progress. Please wait 5 minutes or call the staff.',
    },
    terminal_throttled: {
      title: 'Please wait a little',
      text: 'Too many wrong codes were entered here. Please wait. Waiting time: about {{minutes}} min. Then try again.',
      textSeconds: 'Too many wrong codes were entered here. Please wait {{seconds}} seconds. Then try again.',
    },
    rate_limited: {
      title: 'Please wait a little',
      text: 'That was too often in a short time. Please wait one minute. Then try again.',
    },
    date_invalid: {
      title: 'This date does not exist',
      text: 'Please check the day, month and year of your date of birth.',
    },
    check_failed: {
      title: 'The date of birth does not match',
      text: 'The date of birth does not match this document. Please check it and try again.',
    },
    check_locked: {
      title: 'The check is blocked',
      text: 'The details were wrong too often. For your safety the pickup is blocked. Please call the staff.',
    },
    id_document_missing: {
      title: 'No document on the reader',
      text: 'The reader did not find a document. Please place your old document on the reader and try again.',
    },
    id_document_unreadable: {
      title: 'The document cannot be read',
      text: 'The reader could not read your old document. Please place it straight on the reader, photo side down.',
    },
    deposit_compartment_full: {
      title: 'The deposit compartment is in use',
      text: 'Your old document cannot be handed in right now. Your new document stays safely in the DokBox. Please call staff, or use your date of birth if it is offered.',
    },
    check_not_supported: {
      title: 'Not possible here',
      text: 'This document cannot be collected here on your own. Please call the staff.',
    },
    pickup_session_expired: {
      title: 'Time is up',
      text: 'The pickup took too long and was ended. Your code is still valid. Please start again.',
    },
    box_closed: {
      title: 'The DokBox is closed',
      text: 'The DokBox is closed at the moment. Your code is still valid. Please come back during opening hours.',
    },
    box_out_of_service: {
      title: 'The DokBox is out of service',
      text: 'The DokBox is not working at the moment. Your document is safe. Please call the staff.',
    },
    door_problem: {
      title: 'Problem with the door',
      text: 'Something is wrong with the compartment door. Your document is safe. Please call the staff.',
    },
    needs_staff: {
      title: 'The staff need to help',
      text: 'A member of staff needs to help here. Please call the staff and wait here.',
    },
    compartment_empty: {
      title: 'Your document is not in the compartment right now',
      text: 'The compartment stays closed. Your code is still valid. Please call the staff and wait here. They will take care of your document.',
    },
    call_staff_limited: {
      title: 'The staff have already been called',
      text: 'The staff have already been called several times. Please wait or go to the citizens’ office.',
    },
    terminal_without_box: {
      title: 'No pickups here',
      text: 'Documents cannot be collected at this device. Please call the staff.',
    },
    network: {
      title: 'No connection',
      text: 'The kiosk has no connection at the moment. Please wait a moment and try again.',
    },
    unknown: {
      title: 'Something went wrong',
      text: 'Sorry, that did not work. Please start again or call the staff.',
    },
  },
  staff: {
    heading: 'The staff have been called',
    text: 'We have called the staff. Please wait here. As soon as someone has taken your call, you will see it here.',
    already: 'The staff already know and are on their way.',
    sending: 'Calling the staff …',
    back: 'Back',
    /** The office took the call on (acknowledged; issue 18). */
    seen: {
      heading: 'Your call has been seen',
      text: 'A member of staff has taken your call and is coming to you. Please wait here.',
    },
    /** Staffed hours, but nobody took the call on within the set time: said honestly, with the other ways. */
    noAnswer: {
      heading: 'Nobody has answered yet',
      text: 'Your call was sent, but no member of staff has taken it yet. They may be helping someone else. You can keep waiting, ask for a call back from the 115 citizen line or go to the Bürgeramt (citizens’ office).',
    },
    nobody: {
      heading: 'No staff are at the Bürgerpunkt right now',
      text: 'Please do not wait: nobody is coming right now. You can ask for a call back from the 115 citizen line or go to the Bürgeramt (citizens’ office).',
      staffed: 'Staff are here:',
      callback: 'Call back from the 115 citizen line',
      office: 'Opening hours: {{name}}',
    },
  },
  idle: {
    heading: 'Are you still there?',
    text: 'To protect you, the kiosk will start again shortly. What you entered will then be deleted.',
    countdown: '{{seconds}} seconds left',
    moreTime: 'I need more time',
  },
  restart: {
    heading: 'Bürgerpunkt is restarting',
    text: 'Please wait a moment. The kiosk will be back by itself shortly.',
    staff: 'Is it taking longer? Then please ask the staff at the Bürgerpunkt.',
  },
  /** The on-screen keyboard's own keys (letters and digits name themselves). */
  keyboard: {
    label: 'On-screen keyboard',
    backspace: 'Delete',
    shift: 'Capitals',
    space: 'Space',
    done: 'Done',
  },
  /** The start screen's display switches (larger text, high contrast), reset at idle. */
  display: {
    label: 'Display',
    largerText: 'Larger text',
    highContrast: 'High contrast',
    on: 'on',
    off: 'off',
  },
  assist: {
    consentHeading: '{{name}} from our staff would like to help you on this screen. Is that all right?',
    consentWhat:
      'The staff member then sees on a tablet what this screen shows, can point at buttons, have the step read aloud and type for you.',
    consentHidden: 'Your code, your phone number and your date of birth stay hidden from them (••••).',
    consentEnd: 'You can stop the help at any time with “Stop help”.',
    allow: 'Yes, please help',
    decline: 'No, thank you',
    active: '{{name}} is helping you on this screen',
    end: 'Stop help',
  },
};
