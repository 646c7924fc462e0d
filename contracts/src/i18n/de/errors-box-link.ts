/** German messages for the errors of the box agents' link: agent authentication. */
export const boxLinkErrors = {
  box_agent_unauthorized:
    'Die DokBox konnte sich nicht anmelden: Das Box-Geheimnis fehlt, ist falsch oder wurde ersetzt.',
} as const;
