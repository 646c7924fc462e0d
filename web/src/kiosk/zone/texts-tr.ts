/** The kiosk's suggestion screen and zone info in Turkish (same keys as texts-de.ts). */
export const kioskSuggestion = {
  heading: 'Şehir için fikriniz',
  intro: 'Neyi daha iyi yapabiliriz? Buraya yazın. Adınızı vermek zorunda değilsiniz.',
  back: 'Başlangıca dön',
};

export const kioskZoneInfo = {
  heading: 'Hizmet alanından duyurular',
  staffed: 'Alanda personel:',
  range: '{{opens}}–{{closes}}',
};
