/** The kiosk's suggestion screen and zone info in Arabic (same keys as texts-de.ts). */
export const kioskSuggestion = {
  heading: 'فكرتك للمدينة',
  intro: 'ما الذي يمكننا تحسينه؟ اكتبه هنا. لا يلزمك ذكر اسمك.',
  back: 'العودة إلى البداية',
};

export const kioskZoneInfo = {
  heading: 'إعلانات منطقة الخدمة',
  staffed: 'الموظفون في المنطقة:',
  range: '{{opens}}–{{closes}}',
};
