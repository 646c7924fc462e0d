/** Error texts of the evidence images (issue 9): only auditors see them. */
export const evidenceErrors = {
  evidence_images_auditors_only:
    'Beweisfotos dürfen nur Prüferinnen und Prüfer mit eigener Anmeldung ansehen.',
  evidence_image_not_found: 'Dieses Beweisfoto gibt es nicht (mehr). Es wird nach Ablauf der Frist gelöscht.',
};
