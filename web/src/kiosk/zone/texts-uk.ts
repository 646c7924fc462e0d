/** The kiosk's suggestion screen and zone info in Ukrainian (same keys as texts-de.ts). */
export const kioskSuggestion = {
  heading: 'Ваша ідея для міста',
  intro: 'Що ми можемо зробити краще? Напишіть тут. Вказувати імʼя не обовʼязково.',
  back: 'Назад на початок',
};

export const kioskZoneInfo = {
  heading: 'Оголошення сервісної зони',
  staffed: 'Персонал у зоні:',
  range: '{{opens}}–{{closes}}',
};
