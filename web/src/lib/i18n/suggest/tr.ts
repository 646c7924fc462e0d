/** The suggestion form in Turkish (same keys as de.ts). */
export const suggest = {
  textLabel: 'Öneriniz',
  textHint: 'En az 10, en fazla 2000 karakter. Lütfen başka kişilerin adlarını yazmayın.',
  counter: '2000 karakterden {{count}}',
  topicLabel: 'Konu (isteğe bağlı)',
  noTopic: 'Belirli bir konu yok',
  topics: {
    dokbox: 'DokBox',
    service_115: '115 / belediye hizmetleri',
    map: 'Harita',
    tour: 'Tur',
    zone: 'Genel olarak Bürgerpunkt',
    other: 'Diğer',
  },
  contactLegend: 'Yanıt almak ister misiniz? (isteğe bağlı)',
  contactHint: 'Yalnızca size geri dönmemizi istiyorsanız.',
  nameLabel: 'Ad',
  emailLabel: 'E-posta',
  phoneLabel: 'Telefon',
  consentLabel:
    'Belediyenin bu öneriyle ilgili bana yanıt vermek için iletişim bilgilerimi kullanmasını kabul ediyorum. Bilgiler daha sonra silinir.',
  honeypotLabel: 'Lütfen bu alanı boş bırakın',
  submit: 'Öneriyi gönder',
  sending: 'Gönderiliyor …',
  thanksHeading: 'Öneriniz için teşekkürler!',
  thanksText: 'Numaranız: {{reference}}. Hizmet alanı ekibi her öneriyi okur.',
  another: 'Başka bir öneri yaz',
  errors: {
    text_missing: 'Lütfen önerinizi yazın.',
    suggestion_text_too_short: 'Lütfen en az 10 karakter yazın.',
    suggestion_text_too_long: 'Lütfen en fazla 2000 karakter yazın.',
    suggestion_consent_required:
      'İletişim bilgisi verdiniz. Lütfen sizinle iletişime geçmemizi onaylayın veya iletişim bilgilerini silin.',
    suggestion_email_invalid: 'E-posta adresi eksik görünüyor. Lütfen kontrol edin.',
    suggestion_phone_invalid:
      'Telefon numarası doğru görünmüyor. Lütfen yalnızca rakam, boşluk ve + kullanın.',
    suggestion_rate_limited:
      'Buradan az önce çok sayıda öneri geldi. Lütfen {{minutes}} dakika sonra tekrar deneyin.',
    spam_suspected:
      'Gizli bir alan doldurulduğu için öneriniz kabul edilmedi. Lütfen sayfayı yenileyip tekrar deneyin.',
    general: 'Maalesef olmadı. Lütfen tekrar deneyin.',
    network: 'Sunucuyla bağlantı yok. Lütfen birazdan tekrar deneyin.',
  },
};
