/**
 * Curated synonyms and colloquial terms for the service search: how people say it → the words the catalogue uses.
 * When a query contains one of `say` (a word or a phrase, compared after normalisation, so "Knöllchen" also
 * covers "knoellchen"), the words of `means` are searched as well. Service-specific search words belong in the
 * service's own keywords; this list is for everyday language that cuts across services.
 */
export interface SynonymEntry {
  say: readonly string[];
  means: string;
}

export const serviceSynonyms: readonly SynonymEntry[] = [
  {
    say: ['Perso', 'Persi', 'Persoausweis', 'Perso-Ausweis', 'Ausweis', 'ID-Karte'],
    means: 'Personalausweis',
  },
  { say: ['Pass', 'Reisepaß'], means: 'Reisepass' },
  { say: ['Kinderpass', 'Kinderausweis', 'Pass für mein Kind', 'Baby Pass'], means: 'Reisepass Kinder' },
  { say: ['Notausweis', 'Ersatzausweis', 'Übergangsausweis'], means: 'vorläufiger Personalausweis' },
  {
    say: ['verloren', 'gestohlen', 'geklaut', 'Verlust', 'Diebstahl'],
    means: 'Verlust',
  },
  {
    say: [
      'Ummeldung',
      'ummelden',
      'umgemeldet',
      'Umzug',
      'umziehen',
      'umgezogen',
      'neue Adresse',
      'Adresse ändern',
    ],
    means: 'Wohnsitz anmelden Anmeldung',
  },
  { say: ['zugezogen', 'hergezogen', 'hierher gezogen', 'Zuzug'], means: 'Wohnsitz anmelden' },
  { say: ['wegziehen', 'Ausland ziehen', 'auswandern', 'Wegzug'], means: 'Wohnsitz abmelden' },
  {
    say: ['Meldebestätigung', 'Wohnsitzbescheinigung', 'Anmeldebestätigung', 'Nachweis Wohnsitz'],
    means: 'Meldebescheinigung',
  },
  {
    say: ['Lappen', 'Fleppe', 'Fahrerlaubnis', 'Führerscheinkarte'],
    means: 'Führerschein',
  },
  {
    say: [
      'umschreiben',
      'umtauschen',
      'tauschen',
      'Kartenführerschein',
      'rosa Führerschein',
      'grauer Lappen',
    ],
    means: 'Umtausch',
  },
  { say: ['Ausland fahren', 'USA', 'Mietwagen Ausland', 'IFS'], means: 'internationaler Führerschein' },
  {
    say: [
      'polizeiliches Führungszeugnis',
      'Leumundszeugnis',
      'Strafregister',
      'Vorstrafen',
      'erweitertes Führungszeugnis',
    ],
    means: 'Führungszeugnis',
  },
  { say: ['Hund', 'Hündin', 'Welpe', 'Wauwau', 'Hundemarke'], means: 'Hundesteuer Hund anmelden' },
  {
    say: ['selbstständig', 'selbständig', 'Firma gründen', 'Gewerbe', 'Laden eröffnen', 'Kleingewerbe'],
    means: 'Gewerbeanmeldung',
  },
  { say: ['Baby', 'Geburt', 'geboren'], means: 'Geburtsurkunde' },
  { say: ['heiraten', 'Hochzeit', 'Trauung', 'Standesamt', 'trauen lassen'], means: 'Eheschließung' },
  { say: ['Heiratsurkunde', 'Trauschein'], means: 'Eheurkunde' },
  {
    say: [
      'Behindertenparkplatz',
      'blauer Parkausweis',
      'Rollstuhl parken',
      'Parkerleichterung',
      'Rollifahrer',
    ],
    means: 'Parkausweis schwerbehinderte Menschen',
  },
  {
    say: ['GdB', 'Grad der Behinderung', 'Behinderung', 'Schwerbehinderung'],
    means: 'Schwerbehindertenausweis',
  },
  {
    say: ['Möbel entsorgen', 'Sofa entsorgen', 'Schrank wegwerfen', 'Sperrgut', 'Müllabfuhr', 'Entrümpelung'],
    means: 'Sperrmüll',
  },
  { say: ['Mietzuschuss', 'Zuschuss Miete', 'Miete zu hoch', 'Lastenzuschuss'], means: 'Wohngeld' },
  { say: ['gefunden', 'Fundsache', 'Fundbüro', 'liegen gelassen', 'vergessen'], means: 'Fundsachen' },
  { say: ['Baum fällen', 'Baum absägen', 'Baum weg', 'Baumfällung'], means: 'Baumfällgenehmigung' },
  {
    say: ['Knöllchen', 'Strafzettel', 'Strafzettel Parken', 'Parkzettel', 'Falschparken', 'Ticket Parken'],
    means: 'Verwarnungsgeld Parken',
  },
  {
    say: ['Auto anmelden', 'Nummernschild', 'KFZ', 'Kfz-Zulassung', 'Wunschkennzeichen'],
    means: 'Fahrzeug Zulassung',
  },
  { say: ['Briefwahl', 'wählen', 'Wahlschein', 'Wahlbenachrichtigung'], means: 'Briefwahl Wahlschein' },
  { say: ['beglaubigen', 'Beglaubigung', 'Kopie beglaubigen', 'amtliche Kopie'], means: 'Beglaubigung' },
];
