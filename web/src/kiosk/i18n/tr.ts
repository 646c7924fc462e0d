/** The kiosk in Turkish (complete). */
export const kiosk = {
  title: 'Bürgerpunkt – Kiosk',
  heading: 'Bürgerpunkt’a hoş geldiniz',
  chrome: {
    place: 'Bürgerpunkt Hohen Neuendorf',
    language: 'Sprache · Language · Dil · Мова · اللغة',
    callStaff: 'Görevli çağır',
    startOver: 'Baştan başla',
    speech: 'Sesli oku',
    speechOn: 'açık',
    speechOff: 'kapalı',
    footerLabel: 'Yardım',
  },
  setup: {
    heading: 'Bu kiosk henüz kurulmadı',
    citizen: 'Lütfen Bürgerpunkt’taki görevlilere başvurun.',
    pairHeading: 'Görevliler için: kioskı eşleştirin',
    pairIntro:
      'Arka ofise yönetici olarak giriş yapın ve “Kiosk-Terminals” altında bu kodu girin – ya da QR kodunu tarayın. Ardından kiosk kendiliğinden başlar.',
    codeLabel: 'Eşleştirme kodu',
    validUntil: 'Saat {{time}}’e kadar geçerli',
    qrLabel: 'QR kodu: arka ofisteki “Kiosk-Terminals” sayfasını bu kodla açar',
    waiting: 'Kiosk arka ofisten onay bekliyor …',
    expired: 'Önceki kodun süresi doldu. Lütfen yeni kodu kullanın.',
    rateLimited: 'Çok fazla kod istendi. Kiosk bir dakika sonra yeniden deneyecek.',
    offline: 'Sunucuya şu anda ulaşılamıyor. Kiosk denemeye devam ediyor.',
  },
  revoked: {
    heading: 'Bu terminal hizmet dışı bırakıldı',
    citizen:
      'Şu anda burada işlem yapılamıyor. Lütfen Bürgerpunkt’taki görevlilere başvurun – size memnuniyetle yardımcı oluruz.',
    staff:
      'Görevliler için: bu cihazın anahtarı artık geçerli değil ve cihazdan silindi. Yeniden kullanmak için “Yeniden eşleştir”e dokunun ve gösterilen kodu arka ofiste “Kiosk-Terminals” altında onaylayın.',
    pairAgain: 'Yeniden eşleştir',
  },
  start: {
    heading: 'Bürgerpunkt’a hoş geldiniz',
    intro: 'Ne yapmak istiyorsunuz? Bir düğmeye dokunun.',
    choices: 'Seçenekler',
    pickup: 'Belge teslim al',
    pickupHint: 'Cep telefonu numaranız ve SMS’teki kod ile',
    map: 'Şehir haritası',
    tour: '360° tur',
    questions: 'Sorular ve 115 hizmet hattı',
    suggestions: 'Fikir ve öneriler',
    statusOpen: 'DokBox şu anda açık.',
    statusOpenUntil: 'DokBox şu anda açık. Bugün kapanış saati: {{time}}.',
    statusClosed: 'DokBox şu anda kapalı.',
    statusClosedUntil: 'DokBox şu anda kapalı. Yeniden açılış: {{day}}, saat {{time}}.',
    statusOutOfService: 'DokBox şu anda hizmet dışı. Lütfen görevlilere sorun.',
  },
  language: {
    heading: 'Dil seçin',
    text: 'Dilinize dokunun.',
    current: 'Seçili',
    back: 'Geri',
  },
  pickup: {
    phone: {
      heading: 'Cep telefonu numaranız',
      text: 'SMS gönderdiğimiz cep telefonu numarasını girin.',
      label: 'Cep telefonu numarası',
      example: 'Örnek: 0170 1234567',
      tooShort: 'Numara çok kısa. Lütfen cep telefonu numaranızın tamamını girin.',
      notMobile:
        'Bu bir cep telefonu numarası değil. Kodu yalnızca cep telefonlarına gönderiyoruz. Lütfen SMS’in gittiği cep telefonu numarasını girin.',
    },
    code: {
      heading: 'Teslim alma kodunuz',
      text: 'SMS’teki kodu girin. Kod 6 rakamdan oluşur.',
      label: 'Teslim alma kodu (6 rakam)',
      incomplete: 'Kod 6 rakamdan oluşur. Lütfen tüm rakamları girin.',
      lostSms: 'SMS artık bende yok',
      checking: 'Lütfen bekleyin. Kodu kontrol ediyoruz.',
    },
    keypad: {
      label: 'Tuş takımı',
      delete: 'Sil',
      plus: 'Artı işareti',
      confirm: 'İleri',
      back: 'Geri',
    },
    resend: {
      heading: 'SMS ile yeni kod',
      text: '{{phone}} numarasına yeni bir kod göndereceğiz. Eski kod bundan sonra geçersiz olur.',
      send: 'Yeni kod gönder',
      sent: 'Teşekkürler. Bu numara için DokBox’ta bir belge varsa, birazdan yeni kodla bir SMS alacaksınız.',
      sentHeading: 'SMS yolda',
      enterCode: 'Kodu gir',
    },
    birthDate: {
      heading: 'Doğum tarihi',
      text: 'Lütfen belgenin düzenlendiği kişinin doğum tarihini girin. Belgeyi çocuğunuz için alıyorsanız, çocuğunuzun doğum tarihini girin.',
      legend: 'Belgenin düzenlendiği kişinin doğum tarihi',
      day: 'Gün',
      month: 'Ay',
      year: 'Yıl',
      dayExample: 'örn. 14',
      monthExample: 'örn. 3',
      yearExample: 'örn. 1958',
      invalid: 'Böyle bir tarih yok. Lütfen gün, ay ve yılı kontrol edin.',
      missing: 'Lütfen gün, ay ve yılı doldurun.',
      confirm: 'İleri',
    },
    oldDocument: {
      heading: 'Eski belgeniz',
      text: 'Bu belge için eski belgenizi kontrol ediyoruz.',
      step1: 'Eski belgenizi, fotoğraflı yüzü aşağıda olacak şekilde ekranın altındaki okuyucuya koyun.',
      step2: 'Belgeyi orada bırakın.',
      step3: 'Sonra “Belgeyi kontrol et” düğmesine dokunun.',
      confirm: 'Belgeyi kontrol et',
      reading: 'Lütfen bekleyin. Belge okunuyor.',
      noOldDocument: 'Eski belgem yok',
    },
    depositIntro: {
      text: 'Bu belge için eski belgenizi DokBox’a bırakırsınız. Orada kontrol edilir ve sonra geçersiz kılınır.',
      step1: '“Teslim bölmesini aç” düğmesine dokunun.',
      step2: 'Bir bölme açılır. Eski belgenizi içine koyun.',
      step3: 'Kapağı kapatın. Ancak o zaman yeni belgenizin bölmesi açılır.',
      confirm: 'Teslim bölmesini aç',
    },
    deposit: {
      heading: 'Eski belgenizi {{number}} numaralı bölmeye koyun',
      headingOpening: '{{number}} numaralı bölme açılıyor',
      location: 'Bölme {{number}}: soldan {{column}}. sütun, yukarıdan {{fromTop}}. bölme, {{height}}',
      put: 'Eski belgenizi açık bölmeye koyun.',
      close: 'Kapağı kapatın.',
      kept: 'Eski belgeniz DokBox’ta kalır. Vatandaşlık bürosu onu sonra geçersiz kılar.',
      waiting: 'Lütfen bir an bekleyin. Bölme açılıyor.',
    },
    depositChecking: {
      heading: 'Eski belgeniz kontrol ediliyor',
      text: 'Lütfen bir an bekleyin. Bu kısa sürer.',
    },
    depositRefused: {
      safe: 'Yeni belgeniz DokBox’ta güvenle kalır.',
      staffInformed: 'Bir personel bilgilendirildi ve size gelecek.',
      retry: 'Tekrar dene',
      empty: { heading: 'Bölmede belge yoktu', text: 'Kapak kapalı ama bölme boş. Tekrar deneyebilirsiniz.' },
      mismatch: {
        heading: 'Bu doğru belge değil',
        text: 'Bölmedeki belge yeni belgenizle uyuşmuyor. Güvenle kilitli kalır. Personel size geri verecek.',
      },
      unreadable: {
        heading: 'Belge okunamadı',
        text: 'Bölmedeki belge okunamadı. Güvenle kilitli kalır. Personel size geri verecek.',
      },
      reader_fault: {
        heading: 'Okuyucuda şu anda bir arıza var',
        text: 'Eski belgeniz bölmede güvenle kilitli kalır.',
      },
      timed_out: { heading: 'Süre doldu', text: 'Bölme çok uzun süre açık kaldı. Lütfen kapağı kapatın.' },
      door_fault: {
        heading: 'Bölme açılmadı',
        text: 'Eski belgeniz için bölme açılmadı. Tekrar deneyebilirsiniz.',
      },
      no_sensor: { heading: 'Bu olmadı', text: 'Eski belgenizin bölmede olup olmadığını göremedik.' },
    },
    pinLetter: {
      heading: 'PIN mektubunu aldınız mı?',
      text: 'Yeni kimlik kartınızla birlikte gizli numaranızı (PIN) içeren bir mektup gelir. Mektup evinize posta ile gönderildi.',
      question: 'Lütfen onaylayın: Bu kimlik kartının PIN mektubunu aldım.',
      legal: 'Onayınız tarih ve saatle birlikte kaydedilir. Bu yasal bir zorunluluktur.',
      yes: 'Evet, PIN mektubunu aldım',
      no: 'Hayır, PIN mektubu almadım',
    },
    pinLetterMissing: {
      heading: 'Lütfen vatandaşlık bürosuna gelin',
      text: 'PIN mektubu olmadan kimlik kartını burada veremeyiz. Endişelenmeyin: Vatandaşlık bürosunda yeni bir PIN ve kimlik kartınızı alırsınız.',
      stays: 'Kimlik kartınız bölmede güvende kalır. Personele haber verdik.',
      finish: 'Tamam',
    },
    waitingStaff: {
      heading: 'Bir görevli geliyor',
      text: 'Bu belge için bir görevlinin yanınızda olması gerekiyor. Haber verdik. Lütfen burada bekleyin.',
      still: 'Görevli bekleniyor …',
    },
    ready: {
      heading: 'Belgeniz burada',
      text: 'Belgeniz ({{type}}) {{number}} numaralı bölmede.',
      textNoNumber: 'Belgeniz ({{type}}) DokBox’ta.',
      hint: 'DokBox’ın önüne geçin. Sonra “Bölmeyi aç” düğmesine dokunun.',
      open: 'Bölmeyi aç',
      opening: 'Bölme açılıyor …',
      /** Shown where the document's policy takes an evidence image as the door opens (issue 9). */
      evidence: {
        heading: 'Not: Kapı açılınca fotoğraf çekilir',
        text: 'Bölme açıldığında DokBox’taki bir kamera fotoğraf çeker.',
        why: 'Böylece belediye, belgenin doğru teslim edildiğini sonradan kanıtlayabilir.',
        who: 'Fotoğrafı yalnızca belediyenin denetçileri görebilir. Her görüntüleme kaydedilir.',
        deleted: 'Fotoğraf {{days}} gün sonra silinir.',
      },
    },
    door: {
      heading: '{{number}} numaralı bölme açık',
      headingOpening: '{{number}} numaralı bölme açılıyor',
      take: 'Lütfen belgenizi alın.',
      close: 'Sonra kapağı kapatın.',
      waiting: 'Kapak birazdan açılacak.',
      location: 'Bölme {{number}}: soldan {{column}}. sütun, yukarıdan {{fromTop}}. bölme, {{height}}.',
      wheelchair: 'Bu bölmeye tekerlekli sandalyeden de ulaşabilirsiniz.',
      drawing:
        'DokBox resmi: {{number}} numaralı bölme işaretli, soldan {{column}}. sütun, yukarıdan {{fromTop}}. bölme, {{height}}.',
      here: 'Burada',
    },
    height: {
      knee: 'en altta (diz hizasında)',
      hip: 'kalça hizasında',
      chest: 'göğüs hizasında',
      eye: 'göz hizasında veya daha yukarıda',
    },
    done: {
      heading: 'Tamam. Teşekkür ederiz!',
      text: 'Belgenizi aldınız. Kapak kapalı.',
      bye: 'Hoşça kalın!',
      finish: 'Başa dön',
      autoReturn: 'Kiosk birazdan baştan başlayacak.',
    },
  },
  errors: {
    heading: 'Bu işe yaramadı',
    retryPhone: 'Numarayı yeniden gir',
    retryCode: 'Kodu yeniden gir',
    retryCheck: 'Tekrar dene',
    resend: 'SMS ile yeni kod',
    startOver: 'Başa dön',
    code_wrong: {
      title: 'Numara veya kod uyuşmuyor',
      text: 'Lütfen cep telefonu numarasını ve SMS’teki kodu kontrol edin. Sonra tekrar deneyin.',
      triesLeft:
        'Kalan deneme: {{count}}. Ardından kod kilitlenir. O zaman size yeni bir kodu yalnızca görevliler gönderebilir.',
      noTriesLeft: 'Kod şimdi kilitlendi. Lütfen görevlileri çağırın: size yeni bir kod gönderebilirler.',
    },
    code_locked: {
      title: 'Kod kilitlendi',
      text: 'Kod çok kez yanlış girildi. Güvenliğiniz için artık kilitli. Görevliler size yeni bir kod gönderebilir: lütfen görevli çağırın.',
    },
    code_format_invalid: {
      title: 'Kod eksik',
      text: 'Kod tam 6 rakamdan oluşur. Lütfen yeniden girin.',
    },
    phone_invalid: {
      title: 'Cep telefonu numarası doğru değil',
      text: 'Lütfen cep telefonu numaranızı yeniden girin, örneğin 0170 1234567.',
    },
    phone_not_mobile: {
      title: 'Bu bir cep telefonu numarası değil',
      text: 'Kodları yalnızca cep telefonlarına gönderiyoruz. Lütfen SMS’in gittiği cep telefonu numarasını girin.',
    },
    pickup_in_progress: {
      title: 'Bu teslim alma zaten sürüyor',
      text: 'Bu belge için şu anda bir teslim alma işlemi sürüyor. Lütfen 5 dakika bekleyin veya görevli çağırın.',
    },
    terminal_throttled: {
      title: 'Lütfen biraz bekleyin',
      text: 'Burada çok fazla yanlış kod girildi. Lütfen bekleyin. Bekleme süresi: yaklaşık {{minutes}} dk. Sonra tekrar deneyin.',
      textSeconds:
        'Burada çok fazla yanlış kod girildi. Lütfen {{seconds}} saniye bekleyin. Sonra tekrar deneyin.',
    },
    rate_limited: {
      title: 'Lütfen biraz bekleyin',
      text: 'Kısa sürede çok fazla deneme oldu. Lütfen bir dakika bekleyin. Sonra tekrar deneyin.',
    },
    date_invalid: {
      title: 'Böyle bir tarih yok',
      text: 'Lütfen doğum tarihinizin gününü, ayını ve yılını kontrol edin.',
    },
    check_failed: {
      title: 'Doğum tarihi uyuşmuyor',
      text: 'Doğum tarihi bu belgeyle uyuşmuyor. Lütfen kontrol edip tekrar deneyin.',
    },
    check_locked: {
      title: 'Kontrol kilitlendi',
      text: 'Bilgiler çok kez yanlış girildi. Güvenliğiniz için teslim alma kilitlendi. Lütfen görevli çağırın.',
    },
    id_document_missing: {
      title: 'Okuyucuda belge yok',
      text: 'Okuyucu bir belge bulamadı. Lütfen eski belgenizi okuyucuya koyun ve tekrar deneyin.',
    },
    id_document_unreadable: {
      title: 'Belge okunamıyor',
      text: 'Okuyucu eski belgenizi okuyamadı. Lütfen belgeyi fotoğraflı yüzü aşağıda olacak şekilde düz koyun.',
    },
    deposit_compartment_full: {
      title: 'Teslim bölmesi şu anda dolu',
      text: 'Eski belgeniz şu anda teslim edilemiyor. Yeni belgeniz DokBox’ta güvenle kalır. Lütfen personeli çağırın veya sunuluyorsa doğum tarihinizi kullanın.',
    },
    check_not_supported: {
      title: 'Burada mümkün değil',
      text: 'Bu belgeyi burada tek başınıza teslim alamazsınız. Lütfen görevli çağırın.',
    },
    pickup_session_expired: {
      title: 'Süre doldu',
      text: 'Teslim alma çok uzun sürdü ve sonlandırıldı. Kodunuz hâlâ geçerli. Lütfen yeniden başlayın.',
    },
    box_closed: {
      title: 'DokBox kapalı',
      text: 'DokBox şu anda kapalı. Kodunuz hâlâ geçerli. Lütfen açılış saatlerinde tekrar gelin.',
    },
    box_out_of_service: {
      title: 'DokBox hizmet dışı',
      text: 'DokBox şu anda çalışmıyor. Belgeniz güvende. Lütfen görevli çağırın.',
    },
    door_problem: {
      title: 'Kapakta sorun var',
      text: 'Bölmenin kapağında bir sorun var. Belgeniz güvende. Lütfen görevli çağırın.',
    },
    needs_staff: {
      title: 'Görevlinin yardım etmesi gerekiyor',
      text: 'Burada bir görevlinin yardım etmesi gerekiyor. Lütfen görevli çağırın ve burada bekleyin.',
    },
    compartment_empty: {
      title: 'Belgeniz şu anda bölmede değil',
      text: 'Bölme kapalı kalıyor. Kodunuz hâlâ geçerli. Lütfen görevli çağırın ve burada bekleyin. Görevli belgenizle ilgilenecek.',
    },
    call_staff_limited: {
      title: 'Görevliler zaten çağrıldı',
      text: 'Görevliler birkaç kez çağrıldı. Lütfen bekleyin veya vatandaşlık bürosuna gidin.',
    },
    terminal_without_box: {
      title: 'Burada teslim alma yok',
      text: 'Bu cihazda belge teslim alınamaz. Lütfen görevli çağırın.',
    },
    network: {
      title: 'Bağlantı yok',
      text: 'Kioskun şu anda bağlantısı yok. Lütfen biraz bekleyip tekrar deneyin.',
    },
    unknown: {
      title: 'Bir şeyler ters gitti',
      text: 'Maalesef olmadı. Lütfen yeniden başlayın veya görevli çağırın.',
    },
  },
  staff: {
    heading: 'Görevli çağrıldı',
    text: 'Görevliyi çağırdık. Lütfen burada bekleyin. Biri çağrınızı kabul ettiğinde bunu burada göreceksiniz.',
    already: 'Görevliler durumdan haberdar ve yoldalar.',
    sending: 'Görevli çağrılıyor …',
    back: 'Geri',
    /** The office took the call on (acknowledged; issue 18). */
    seen: {
      heading: 'Çağrınız görüldü',
      text: 'Bir görevli çağrınızı kabul etti ve yanınıza geliyor. Lütfen burada bekleyin.',
    },
    /** Staffed hours, but nobody took the call on within the set time: said honestly, with the other ways. */
    noAnswer: {
      heading: 'Henüz kimse yanıt vermedi',
      text: 'Çağrınız gönderildi ama henüz hiçbir görevli kabul etmedi. Görevliler şu anda başka birine yardım ediyor olabilir. Beklemeye devam edebilir, 115 vatandaş hattından geri arama isteyebilir ya da Bürgeramt’a (vatandaşlık bürosu) gidebilirsiniz.',
    },
    nobody: {
      heading: 'Şu anda Bürgerpunkt’ta görevli yok',
      text: 'Lütfen beklemeyin: şu anda kimse gelmiyor. 115 vatandaş hattından geri arama isteyebilir ya da Bürgeramt’a (vatandaşlık bürosu) gidebilirsiniz.',
      staffed: 'Görevliler burada:',
      callback: '115 vatandaş hattından geri arama',
      office: 'Çalışma saatleri: {{name}}',
    },
  },
  idle: {
    heading: 'Hâlâ orada mısınız?',
    text: 'Sizi korumak için kiosk birazdan baştan başlayacak. Girdiğiniz bilgiler o zaman silinecek.',
    countdown: '{{seconds}} saniye kaldı',
    moreTime: 'Daha fazla zamana ihtiyacım var',
  },
  restart: {
    heading: 'Bürgerpunkt yeniden başlatılıyor',
    text: 'Lütfen biraz bekleyin. Kiosk kısa süre içinde kendiliğinden geri gelecek.',
    staff: 'Uzun mu sürüyor? O zaman lütfen Bürgerpunkt personeline sorun.',
  },
  /** The on-screen keyboard's own keys (letters and digits name themselves). */
  keyboard: {
    label: 'Ekran klavyesi',
    backspace: 'Sil',
    shift: 'Büyük harf',
    space: 'Boşluk',
    done: 'Tamam',
  },
  /** The start screen's display switches (larger text, high contrast), reset at idle. */
  display: {
    label: 'Görünüm',
    largerText: 'Daha büyük yazı',
    highContrast: 'Yüksek kontrast',
    on: 'açık',
    off: 'kapalı',
  },
  assist: {
    consentHeading: 'Personelimizden {{name}} size bu ekranda yardım etmek istiyor. Kabul ediyor musunuz?',
    consentWhat:
      'Görevli bu ekranda görünenleri bir tablette görür, düğmeleri gösterebilir, adımı sesli okutabilir ve sizin yerinize yazabilir.',
    consentHidden: 'Kodunuz, telefon numaranız ve doğum tarihiniz gizli kalır (••••).',
    consentEnd: 'Yardımı istediğiniz zaman „Yardımı bitir“ ile sonlandırabilirsiniz.',
    allow: 'Evet, yardım edilsin',
    decline: 'Hayır, teşekkürler',
    active: '{{name}} size bu ekranda yardım ediyor',
    end: 'Yardımı bitir',
  },
};
