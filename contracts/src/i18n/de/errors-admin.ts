/** German messages for the errors of the admin endpoints: boxes, compartments, document types, staff accounts. */
export const adminErrors = {
  box_id_taken: 'Eine DokBox mit dieser Kennung gibt es schon. Bitte wählen Sie eine andere Kennung.',
  state_code_invalid:
    'Dieses Bundesland-Kürzel kennen wir nicht. Erlaubt sind: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH.',
  timezone_invalid: 'Diese Zeitzone kennen wir nicht. Bitte geben Sie sie wie „Europe/Berlin“ an.',
  compartment_number_taken: 'Ein Fach mit dieser Nummer gibt es in dieser DokBox schon.',
  compartment_in_use:
    'Dieses Fach ist gerade belegt oder reserviert. Größe und Rollstuhl-Erreichbarkeit lassen sich nur bei einem leeren Fach ändern.',
  document_type_id_taken:
    'Eine Dokumentart mit dieser Kennung gibt es schon. Bitte wählen Sie eine andere Kennung.',
  staff_user_not_found: 'Dieses Benutzerkonto gibt es nicht.',
  own_admin_role_required:
    'Sie können sich die Rolle „Administration“ nicht selbst entziehen. Bitten Sie eine andere Administratorin oder einen anderen Administrator darum.',
  cannot_disable_self: 'Sie können Ihr eigenes Konto nicht sperren.',
  audit_entry_not_found: 'Diesen Eintrag im Audit-Protokoll gibt es nicht.',
} as const;
