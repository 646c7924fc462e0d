/** German messages of the offline-safe box (issue 19, docs/offline.md): the hub's hold and the agent's kiosk API. */
export const offlineErrors = {
  box_link_down_hold:
    'Die DokBox ist gerade nicht mit dem Büro verbunden und gibt Dokumente selbst aus. Ein neuer Code oder eine neue Nummer ist erst wieder möglich, wenn sie verbunden ist.',
  offline_hub_reachable: 'Die DokBox ist mit dem Büro verbunden. Bitte die normale Abholung verwenden.',
  offline_not_possible:
    'Dieses Dokument kann gerade nicht an der DokBox abgeholt werden, weil die Verbindung zum Büro unterbrochen ist. Bitte später noch einmal versuchen oder das Personal fragen.',
  offline_not_ready:
    'Die DokBox kann gerade keine Dokumente ausgeben, weil die Verbindung zum Büro unterbrochen ist. Bitte später noch einmal versuchen.',
  offline_deadline_passed:
    'Die Abholfrist für dieses Dokument ist abgelaufen. Bitte wenden Sie sich an das Bürgerbüro.',
} as const;
