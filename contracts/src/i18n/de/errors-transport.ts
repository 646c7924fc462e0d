/** German messages for the errors of transport lists (Übergabeliste, issue 16). */
export const transportErrors = {
  transport_list_not_found: 'Diese Übergabeliste gibt es nicht.',
  transport_list_closed: 'Diese Übergabeliste ist abgeschlossen und kann nicht mehr geändert werden.',
  transport_list_duplicate_document: 'Ein Dokument steht zweimal auf der Liste.',
  transport_list_document_not_ready:
    'Das Dokument {{reference}} kann nicht auf die Liste: es ist nicht mehr zur Beladung vorgesehen.',
  transport_list_document_on_open_list:
    'Das Dokument {{reference}} steht schon auf einer offenen Übergabeliste.',
  transport_list_item_not_found: 'Dieses Dokument steht nicht auf der Übergabeliste.',
  transport_list_item_not_pending:
    'Dieses Dokument kann nicht mehr zurückgenommen werden: es wird gerade geladen oder ist schon in der Box.',
} as const;
