/** The kiosk's "Fragen / 115" screen in Turkish. */
export const kioskServices = {
  heading: 'Belediyeye sorular',
  intro: 'Neye ihtiyacınız olduğunu yazın. Örneğin: kimlik kartı, adres değişikliği veya hacimli atık.',
  found: 'Uygun hizmetler: {{count}}',
  nothing: 'Bununla ilgili bir şey bulamadık. Başka bir kelime deneyin veya 115’i arayın.',
  unavailable: 'Hizmet listesi şu anda yüklenemiyor. Lütfen personele başvurun.',
  back: 'Aramaya dön',
  home: 'Başlangıç ekranına',
  phoneHeading: '115’i arayın',
  phoneIntro:
    'Ekranın yanındaki kırmızı ahizeyi kaldırın. Sizi doğrudan 115 hizmet merkezine bağlar. Görüşme sizin için ücretsizdir.',
  redPhone: {
    heading: '115 hizmet merkeziyle konuşun',
    intro:
      'Bu kioskun mikrofonu ve hoparlörü üzerinden 115 hizmet merkeziyle konuşursunuz. Arama sizin için ücretsizdir.',
    hours: 'Pazartesiden cumaya 8.00–18.00 arası ulaşılabilir, resmî tatillerde kapalıdır.',
    number: 'Telefon numarası: {{number}}',
    call: 'Şimdi ara',
    preferCallback: 'Bunun yerine geri arama iste',
    off: 'Bu kioskta telefon yok. Telefon numaranızı bırakın, sizi geri arayalım.',
    stateLabel: 'Aramanın durumu',
    states: {
      connecting: 'Bağlantı kuruluyor …',
      ringing: '115 hizmet merkezinde çalıyor …',
      connected: 'Bağlandı. Şimdi konuşabilirsiniz.',
      ended: 'Görüşme sona erdi.',
      busy: 'Meşgul: Hizmet merkezinin tüm hatları şu anda dolu.',
      unreachable: 'Hizmet merkezine şu anda ulaşılamıyor.',
      microphone: 'Bu kioskun mikrofonu şu anda kullanılamıyor.',
      failed: 'Arama şu anda gerçekleşmedi.',
    },
    calm: 'Endişelenmeyin. Telefon numaranızı bırakın, sizi geri arayalım. Ya da bir görevli çağırın.',
    hangUp: 'Kapat',
    volume: 'Ses düzeyi',
    volumeDown: 'Daha sessiz',
    volumeUp: 'Daha yüksek',
    volumeValue: 'yüzde {{percent}}',
    again: 'Tekrar ara',
  },
  /** A QR code to the same page on the public website (issue 18). */
  takeHome: {
    heading: 'Yanınıza alın',
    image: '{{url}} sayfasına giden QR kodu',
    text: 'Kodu telefonunuzla tarayın; bu sayfayı evde tekrar okuyabilirsiniz: {{url}}',
  },
};
