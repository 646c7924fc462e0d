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
};
