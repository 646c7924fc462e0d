/**
 * The demo 115 service catalogue for Hohen Neuendorf: texts written for this project in plain German, with a
 * Leichte-Sprache summary each. DEMO CONTENT: LeiKa keys are placeholders (14 digits, not checked against the LeiKa
 * catalogue), addresses in Oranienburg and all opening hours are invented; fees are given where they are set by
 * federal law and known for 2026, otherwise the text points to the fee schedule. Check everything with the
 * responsible office before real use.
 */
import type { ServiceInput, ServiceLocation, ServiceOpeningHours } from '@buergerpunkt/contracts';

const reviewed = '2026-11-20';

const hours = (weekday: number, opens: string, closes: string): ServiceOpeningHours => ({
  weekday,
  opens,
  closes,
});

const demoNote = 'Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren.';

const buergeramt: ServiceLocation = {
  name: 'Bürgeramt Hohen Neuendorf',
  address: 'Oranienburger Straße 2, 16540 Hohen Neuendorf',
  phone: '03303 000000 (Demo)',
  openingHours: [
    hours(1, '09:00', '12:00'),
    hours(2, '09:00', '12:00'),
    hours(2, '13:00', '18:00'),
    hours(4, '09:00', '12:00'),
    hours(4, '13:00', '16:00'),
    hours(5, '09:00', '12:00'),
  ],
  note: demoNote,
};

const standesamt: ServiceLocation = {
  name: 'Standesamt Hohen Neuendorf',
  address: 'Oranienburger Straße 2, 16540 Hohen Neuendorf',
  openingHours: [hours(2, '09:00', '12:00'), hours(2, '13:00', '18:00'), hours(4, '09:00', '12:00')],
  note: demoNote,
};

const ordnungsamt: ServiceLocation = {
  name: 'Ordnungsamt Hohen Neuendorf',
  address: 'Oranienburger Straße 2, 16540 Hohen Neuendorf',
  openingHours: [hours(2, '09:00', '12:00'), hours(2, '13:00', '18:00'), hours(4, '09:00', '12:00')],
  note: demoNote,
};

const districtHours = [
  hours(1, '08:00', '12:00'),
  hours(2, '08:00', '12:00'),
  hours(2, '13:00', '18:00'),
  hours(4, '08:00', '12:00'),
  hours(4, '13:00', '16:00'),
];

const districtOffice = (name: string): ServiceLocation => ({
  name: `Landkreis Oberhavel, ${name}`,
  address: 'Demo-Adresse, 16515 Oranienburg',
  openingHours: districtHours,
  note: demoNote,
});

const idCardNote =
  'Ist das Dokument fertig, können Sie es in der DokBox im Bürgerpunkt abholen: Sie bekommen eine SMS mit einem Abholcode.';

export const demoServices: ServiceInput[] = [
  {
    id: 'personalausweis-beantragen',
    leikaKey: '99000000000101',
    name: 'Personalausweis beantragen',
    shortDescription:
      'Einen neuen Personalausweis beantragen, wenn der alte abläuft, verloren ist oder sich Ihr Name geändert hat.',
    longDescription:
      'Jede Person ab 16 Jahren mit Wohnsitz in Deutschland muss einen gültigen Personalausweis oder Reisepass besitzen. ' +
      'Den Ausweis beantragen Sie persönlich im Bürgeramt Hohen Neuendorf. Dort werden Ihre Fingerabdrücke ' +
      'aufgenommen, wenn Sie das wünschen oder es vorgeschrieben ist, und Sie unterschreiben auf einem Unterschriftenfeld. ' +
      'Das Lichtbild muss seit Mai 2025 digital übermittelt werden: Es kann im Bürgeramt aufgenommen werden oder ' +
      'von einem registrierten Fotostudio kommen. Der Ausweis wird in der Bundesdruckerei hergestellt. ' +
      idCardNote,
    leichteSprache:
      'Sie brauchen einen neuen Ausweis? Dann gehen Sie zum Bürgeramt. Nehmen Sie Ihren alten Ausweis mit. ' +
      'Im Bürgeramt wird ein Foto von Ihnen gemacht. Nach einigen Wochen ist der Ausweis fertig. ' +
      'Sie können ihn in der DokBox abholen.',
    prerequisites: [
      'Hauptwohnsitz in Hohen Neuendorf',
      'persönliches Erscheinen (bei Kindern unter 16 mit Sorgeberechtigten)',
    ],
    requiredDocuments: [
      'bisheriger Personalausweis oder Reisepass',
      'biometrisches Lichtbild (digital, im Bürgeramt oder bei einem registrierten Fotostudio aufgenommen)',
      'bei Namensänderung: Urkunde (zum Beispiel Eheurkunde)',
    ],
    fees: '46,00 Euro ab 24 Jahren, 22,80 Euro unter 24 Jahren (Stand 2026, Personalausweisgebührenverordnung).',
    processingTime: 'etwa 3 bis 4 Wochen',
    legalBasis: ['Personalausweisgesetz (PAuswG)', 'Personalausweisverordnung (PAuswV)'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Bürgeramt',
    locations: [buergeramt],
    keywords: ['Ausweis', 'Perso', 'ID-Karte', 'Personalausweis verlängern', 'Ausweis abgelaufen', 'eID'],
    popularity: 100,
    lastReviewedOn: reviewed,
    dokboxPickup: true,
    demo: true,
  },
  {
    id: 'reisepass-beantragen',
    leikaKey: '99000000000102',
    name: 'Reisepass beantragen',
    shortDescription:
      'Einen Reisepass für Reisen in Länder beantragen, in die der Personalausweis nicht reicht.',
    longDescription:
      'Für viele Länder außerhalb der Europäischen Union brauchen Sie einen Reisepass. Sie beantragen ihn persönlich im ' +
      'Bürgeramt. Dabei werden zwei Fingerabdrücke aufgenommen und im Chip gespeichert. Planen Sie vor einer Reise ' +
      'genug Zeit ein; ein Express-Pass kostet mehr. ' +
      idCardNote,
    leichteSprache:
      'Sie wollen in ein fernes Land reisen? Dann brauchen Sie oft einen Reisepass. Gehen Sie zum Bürgeramt. ' +
      'Nehmen Sie Ihren Ausweis mit. Der Pass ist nach einigen Wochen fertig.',
    prerequisites: ['Hauptwohnsitz in Hohen Neuendorf', 'persönliches Erscheinen'],
    requiredDocuments: [
      'Personalausweis oder bisheriger Reisepass',
      'biometrisches Lichtbild (digital)',
      'bei Namensänderung: Urkunde',
    ],
    fees: '70,00 Euro ab 24 Jahren, 37,50 Euro unter 24 Jahren; Express-Zuschlag extra (Stand 2026, Passverordnung).',
    processingTime: 'etwa 3 bis 4 Wochen, im Express-Verfahren wenige Werktage',
    legalBasis: ['Passgesetz (PassG)', 'Passverordnung (PassV)'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Bürgeramt',
    locations: [buergeramt],
    keywords: ['Pass', 'Reisedokument', 'Urlaub', 'Ausland', 'Expresspass', 'Visum'],
    popularity: 85,
    lastReviewedOn: reviewed,
    dokboxPickup: true,
    demo: true,
  },
  {
    id: 'vorlaeufiger-personalausweis',
    leikaKey: '99000000000103',
    name: 'Vorläufigen Personalausweis beantragen',
    shortDescription:
      'Ein Ersatzdokument aus Papier, sofort ausgestellt, wenn der neue Ausweis nicht rechtzeitig fertig wird.',
    longDescription:
      'Brauchen Sie kurzfristig einen Ausweis, zum Beispiel für eine Reise oder eine Bank, und ist Ihr neuer ' +
      'Personalausweis noch nicht fertig, stellt das Bürgeramt einen vorläufigen Personalausweis aus. Er ist bis zu drei ' +
      'Monate gültig und wird sofort mitgegeben. Er ersetzt nicht den Antrag auf einen neuen Personalausweis.',
    leichteSprache:
      'Ihr neuer Ausweis ist noch nicht fertig? Sie brauchen aber schnell einen Ausweis? Dann bekommen Sie im ' +
      'Bürgeramt einen Ausweis aus Papier. Er gilt nur kurze Zeit.',
    prerequisites: ['Hauptwohnsitz in Hohen Neuendorf', 'ein dringender Bedarf'],
    requiredDocuments: ['biometrisches Lichtbild', 'bisheriges Dokument, falls vorhanden'],
    fees: '10,00 Euro (Stand 2026).',
    processingTime: 'sofort',
    legalBasis: ['Personalausweisgesetz (PAuswG) § 3'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Bürgeramt',
    locations: [buergeramt],
    keywords: ['Notausweis', 'Ersatzausweis', 'vorläufiger Ausweis', 'Papierausweis', 'schnell', 'sofort'],
    popularity: 40,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'reisepass-fuer-kinder',
    leikaKey: '99000000000104',
    name: 'Reisepass oder Personalausweis für Kinder beantragen',
    shortDescription:
      'Ausweisdokumente für Kinder; den Kinderreisepass gibt es seit dem 1. Januar 2024 nicht mehr.',
    longDescription:
      'Seit dem 1. Januar 2024 werden keine Kinderreisepässe mehr ausgestellt. Für Reisen bekommen Kinder einen ' +
      'Personalausweis oder einen Reisepass. Beide Sorgeberechtigten müssen zustimmen; das Kind kommt zur Antragstellung ' +
      'mit. Ein noch gültiger Kinderreisepass bleibt bis zu seinem Ablauf gültig. ' +
      idCardNote,
    leichteSprache:
      'Ihr Kind braucht einen Ausweis oder einen Pass? Gehen Sie mit dem Kind zum Bürgeramt. Beide Eltern müssen ' +
      'zustimmen. Den Kinderpass gibt es nicht mehr.',
    prerequisites: ['Zustimmung aller Sorgeberechtigten', 'das Kind kommt mit'],
    requiredDocuments: [
      'Geburtsurkunde des Kindes',
      'biometrisches Lichtbild des Kindes',
      'Ausweise der Sorgeberechtigten',
      'schriftliche Zustimmung des anderen Elternteils, wenn er nicht mitkommt',
    ],
    fees: 'Personalausweis 22,80 Euro, Reisepass 37,50 Euro (unter 24 Jahren, Stand 2026).',
    processingTime: 'etwa 3 bis 4 Wochen',
    legalBasis: ['Passgesetz (PassG)', 'Personalausweisgesetz (PAuswG)'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Bürgeramt',
    locations: [buergeramt],
    keywords: ['Kinderreisepass', 'Kinderpass', 'Kinderausweis', 'Kind', 'Baby', 'Familie Urlaub'],
    popularity: 45,
    lastReviewedOn: reviewed,
    dokboxPickup: true,
    demo: true,
  },
  {
    id: 'ausweis-verlust-melden',
    leikaKey: '99000000000105',
    name: 'Verlust oder Diebstahl des Ausweises melden',
    shortDescription:
      'Melden Sie einen verlorenen oder gestohlenen Personalausweis oder Reisepass, damit er gesperrt wird.',
    longDescription:
      'Ist Ihr Personalausweis oder Reisepass verloren gegangen oder gestohlen worden, melden Sie das unverzüglich dem ' +
      'Bürgeramt oder, bei Diebstahl, auch der Polizei. Die Online-Ausweisfunktion lassen Sie über die Sperrhotline ' +
      'sperren. Zugleich können Sie ein neues Dokument und, wenn nötig, einen vorläufigen Personalausweis beantragen. ' +
      'Taucht das alte Dokument wieder auf, bringen Sie es zum Bürgeramt; es bleibt ungültig.',
    leichteSprache:
      'Ihr Ausweis ist weg? Oder jemand hat ihn gestohlen? Sagen Sie es sofort dem Bürgeramt. Dann kann niemand ' +
      'Ihren Ausweis benutzen. Sie bekommen einen neuen Ausweis.',
    prerequisites: ['Hauptwohnsitz in Hohen Neuendorf'],
    requiredDocuments: [
      'ein anderes Ausweisdokument, falls vorhanden',
      'bei Diebstahl: die Anzeige der Polizei',
    ],
    fees: 'Die Verlustmeldung ist gebührenfrei; für das neue Dokument gelten dessen Gebühren.',
    processingTime: 'sofort',
    legalBasis: ['Personalausweisgesetz (PAuswG) § 27', 'Passgesetz (PassG) § 15'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Bürgeramt',
    locations: [buergeramt],
    keywords: ['verloren', 'gestohlen', 'geklaut', 'Verlustanzeige', 'Ausweis weg', 'Perso weg', 'sperren'],
    popularity: 45,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'wohnsitz-anmelden',
    leikaKey: '99000000000201',
    name: 'Wohnsitz anmelden (Anmeldung, Ummeldung)',
    shortDescription:
      'Nach einem Umzug nach Hohen Neuendorf oder innerhalb der Stadt melden Sie Ihre neue Wohnung innerhalb von zwei Wochen an.',
    longDescription:
      'Wer eine Wohnung bezieht, muss sich innerhalb von zwei Wochen bei der Meldebehörde anmelden. Das gilt auch für ' +
      'einen Umzug innerhalb von Hohen Neuendorf. Sie brauchen eine Bestätigung Ihres Vermieters oder der ' +
      'Wohnungsgeberin. Die neue Anschrift wird bei der Anmeldung auf Ihrem Personalausweis vermerkt.',
    leichteSprache:
      'Sie sind umgezogen? Dann müssen Sie das dem Bürgeramt sagen. Das müssen Sie in 2 Wochen machen. ' +
      'Nehmen Sie Ihren Ausweis mit und das Papier von Ihrem Vermieter.',
    prerequisites: [
      'Einzug in eine Wohnung in Hohen Neuendorf',
      'Anmeldung innerhalb von zwei Wochen nach Einzug',
    ],
    requiredDocuments: [
      'Personalausweis oder Reisepass aller umziehenden Personen',
      'Wohnungsgeberbestätigung des Vermieters',
      'bei Kindern: Geburtsurkunde',
    ],
    fees: 'gebührenfrei',
    processingTime: 'sofort',
    legalBasis: ['Bundesmeldegesetz (BMG) §§ 17, 19'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Bürgeramt',
    locations: [buergeramt],
    keywords: ['Ummeldung', 'Umzug', 'umziehen', 'Adresse ändern', 'neue Wohnung', 'Meldeadresse', 'Zuzug'],
    popularity: 90,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'wohnsitz-abmelden',
    leikaKey: '99000000000202',
    name: 'Wohnsitz abmelden (Wegzug ins Ausland)',
    shortDescription: 'Wenn Sie ins Ausland ziehen oder eine Nebenwohnung aufgeben, melden Sie sich ab.',
    longDescription:
      'Ziehen Sie ins Ausland und geben Ihre Wohnung in Deutschland auf, melden Sie sich innerhalb von zwei Wochen ab. ' +
      'Bei einem Umzug innerhalb Deutschlands ist keine Abmeldung nötig: Die Anmeldung am neuen Wohnort genügt. ' +
      'Eine Nebenwohnung melden Sie ab, wenn Sie sie aufgeben.',
    leichteSprache:
      'Sie ziehen in ein anderes Land? Dann müssen Sie sich abmelden. Das machen Sie im Bürgeramt. ' +
      'Ziehen Sie in eine andere Stadt in Deutschland, melden Sie sich dort an.',
    prerequisites: ['Wegzug ins Ausland oder Aufgabe einer Nebenwohnung'],
    requiredDocuments: ['Personalausweis oder Reisepass', 'neue Anschrift im Ausland, falls bekannt'],
    fees: 'gebührenfrei',
    processingTime: 'sofort',
    legalBasis: ['Bundesmeldegesetz (BMG) § 17 Absatz 2'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Bürgeramt',
    locations: [buergeramt],
    keywords: ['Abmeldung', 'Wegzug', 'Ausland', 'auswandern', 'Nebenwohnung aufgeben'],
    popularity: 25,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'meldebescheinigung',
    leikaKey: '99000000000203',
    name: 'Meldebescheinigung beantragen',
    shortDescription:
      'Eine amtliche Bestätigung, wo Sie gemeldet sind, zum Beispiel für Behörden oder den Arbeitgeber.',
    longDescription:
      'Die Meldebescheinigung bestätigt Ihre aktuelle Anschrift, auf Wunsch auch frühere Anschriften. Sie bekommen sie ' +
      'im Bürgeramt sofort oder schriftlich per Post. Für Dritte gibt es stattdessen die Melderegisterauskunft.',
    leichteSprache:
      'Jemand will wissen, wo Sie wohnen? Dann bekommen Sie im Bürgeramt ein Papier. Darauf steht Ihre Adresse.',
    prerequisites: ['Sie sind in Hohen Neuendorf gemeldet'],
    requiredDocuments: ['Personalausweis oder Reisepass', 'bei Vertretung: Vollmacht'],
    fees: 'siehe Gebührenordnung der Stadt Hohen Neuendorf',
    processingTime: 'sofort, per Post wenige Tage',
    legalBasis: ['Bundesmeldegesetz (BMG) § 18'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Bürgeramt',
    locations: [buergeramt],
    keywords: ['Meldebestätigung', 'Wohnsitzbescheinigung', 'Adressnachweis', 'Meldeadresse Nachweis'],
    popularity: 60,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'fuehrungszeugnis',
    leikaKey: '99000000000301',
    name: 'Führungszeugnis beantragen',
    shortDescription:
      'Das Führungszeugnis aus dem Bundeszentralregister, zum Beispiel für einen Arbeitgeber oder ein Ehrenamt.',
    longDescription:
      'Das Führungszeugnis stellt das Bundesamt für Justiz aus. Sie beantragen es im Bürgeramt Hohen Neuendorf, das ' +
      'den Antrag weiterleitet, oder online mit der Online-Ausweisfunktion. Für die Arbeit mit Kindern und ' +
      'Jugendlichen brauchen Sie ein erweitertes Führungszeugnis und eine schriftliche Aufforderung des Trägers. Das ' +
      'Zeugnis wird per Post an Sie oder direkt an eine Behörde geschickt.',
    leichteSprache:
      'Ein Arbeitgeber will ein Führungszeugnis von Ihnen? Darin steht, ob Sie eine Strafe hatten. ' +
      'Sie beantragen es im Bürgeramt. Es kommt nach etwa 2 Wochen mit der Post.',
    prerequisites: [
      'Sie sind mindestens 14 Jahre alt',
      'Hauptwohnsitz in Hohen Neuendorf (für den Antrag im Bürgeramt)',
    ],
    requiredDocuments: [
      'Personalausweis oder Reisepass',
      'für das erweiterte Führungszeugnis: schriftliche Aufforderung der Stelle',
    ],
    fees: '13,00 Euro; für ehrenamtliche Tätigkeit auf Antrag gebührenfrei (Stand 2026, aktuelle Gebühr beim Bundesamt für Justiz).',
    processingTime: 'etwa 1 bis 2 Wochen',
    legalBasis: ['Bundeszentralregistergesetz (BZRG) §§ 30, 30a'],
    forms: [],
    onlineProcedureUrl: 'https://www.fuehrungszeugnis.bund.de',
    authorityLevel: 'federal',
    authorityName: 'Bundesamt für Justiz (Antrag über das Bürgeramt Hohen Neuendorf)',
    locations: [buergeramt],
    keywords: [
      'polizeiliches Führungszeugnis',
      'erweitertes Führungszeugnis',
      'Bundeszentralregister',
      'Ehrenamt',
    ],
    popularity: 70,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'fuehrerschein-umtausch',
    leikaKey: '99000000000401',
    name: 'Führerschein umtauschen (Pflichtumtausch)',
    shortDescription:
      'Alte Papier- und Kartenführerscheine müssen bis zu einem Stichtag gegen den EU-Kartenführerschein getauscht werden.',
    longDescription:
      'Führerscheine, die vor 2013 ausgestellt wurden, müssen nach Geburtsjahr und Ausstellungsjahr gestaffelt in den ' +
      'neuen EU-Kartenführerschein umgetauscht werden. Zuständig ist die Fahrerlaubnisbehörde des Landkreises ' +
      'Oberhavel. Ihre Fahrerlaubnis bleibt dabei unverändert. Der neue Führerschein ist 15 Jahre gültig. ' +
      'Ist er fertig, können Sie ihn in der DokBox im Bürgerpunkt abholen, wenn Sie das beim Antrag wählen.',
    leichteSprache:
      'Sie haben einen alten Führerschein aus Papier? Oder eine alte Karte? Dann brauchen Sie einen neuen Führerschein. ' +
      'Den bekommen Sie beim Landkreis Oberhavel. Sie dürfen weiter Auto fahren.',
    prerequisites: ['Führerschein vor dem 19. Januar 2013 ausgestellt', 'Wohnsitz im Landkreis Oberhavel'],
    requiredDocuments: [
      'bisheriger Führerschein',
      'Personalausweis oder Reisepass',
      'biometrisches Lichtbild',
      'bei Papierführerscheinen anderer Behörden: Karteikartenabschrift',
    ],
    fees: '25,30 Euro (Stand 2026); weitere Gebühren siehe Gebührenordnung für Maßnahmen im Straßenverkehr.',
    processingTime: 'etwa 3 bis 6 Wochen',
    legalBasis: ['Fahrerlaubnis-Verordnung (FeV) § 24a und Anlage 8e'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'district',
    authorityName: 'Landkreis Oberhavel, Fahrerlaubnisbehörde',
    locations: [districtOffice('Fahrerlaubnisbehörde')],
    keywords: [
      'Führerschein umschreiben',
      'Führerscheinumtausch',
      'rosa Lappen',
      'grauer Lappen',
      'Kartenführerschein',
      'Fahrerlaubnis',
    ],
    popularity: 55,
    lastReviewedOn: reviewed,
    dokboxPickup: true,
    demo: true,
  },
  {
    id: 'internationaler-fuehrerschein',
    leikaKey: '99000000000402',
    name: 'Internationalen Führerschein beantragen',
    shortDescription:
      'Für Fahrten in manchen Ländern außerhalb der EU brauchen Sie zusätzlich einen internationalen Führerschein.',
    longDescription:
      'Der internationale Führerschein gilt nur zusammen mit Ihrem nationalen Kartenführerschein. Er wird von der ' +
      'Fahrerlaubnisbehörde des Landkreises Oberhavel meist sofort ausgestellt und ist drei Jahre gültig. Ob Sie ' +
      'ihn brauchen, erfahren Sie bei der Botschaft des Reiselandes oder beim Autovermieter.',
    leichteSprache:
      'Sie wollen im Ausland Auto fahren? In manchen Ländern brauchen Sie dafür ein extra Papier. ' +
      'Das bekommen Sie beim Landkreis Oberhavel.',
    prerequisites: ['EU-Kartenführerschein', 'Wohnsitz im Landkreis Oberhavel'],
    requiredDocuments: ['Kartenführerschein', 'Personalausweis oder Reisepass', 'biometrisches Lichtbild'],
    fees: 'siehe Gebührenordnung für Maßnahmen im Straßenverkehr',
    processingTime: 'meist sofort',
    legalBasis: ['Fahrerlaubnis-Verordnung (FeV) § 25b'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'district',
    authorityName: 'Landkreis Oberhavel, Fahrerlaubnisbehörde',
    locations: [districtOffice('Fahrerlaubnisbehörde')],
    keywords: ['Führerschein Ausland', 'Mietwagen', 'USA', 'Urlaub Auto'],
    popularity: 25,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'hund-anmelden',
    leikaKey: '99000000000501',
    name: 'Hund anmelden (Hundesteuer)',
    shortDescription:
      'Einen Hund zur Hundesteuer anmelden oder abmelden; Sie bekommen eine Hundesteuermarke.',
    longDescription:
      'Wer in Hohen Neuendorf einen Hund hält, meldet ihn innerhalb von zwei Wochen nach Beginn der Haltung zur ' +
      'Hundesteuer an. Die Steuer wird jährlich erhoben; die Höhe richtet sich nach der Hundesteuersatzung der Stadt. ' +
      'Stirbt der Hund oder geben Sie ihn ab, melden Sie ihn ab. Bestimmte Hunde gelten in Brandenburg als ' +
      'gefährlich und brauchen zusätzlich eine Erlaubnis.',
    leichteSprache:
      'Sie haben einen Hund? Dann müssen Sie ihn bei der Stadt anmelden. Sie zahlen jedes Jahr Geld für den Hund. ' +
      'Das heißt Hundesteuer. Ihr Hund bekommt eine Marke.',
    prerequisites: ['Hundehaltung in Hohen Neuendorf'],
    requiredDocuments: ['Angaben zum Hund (Rasse, Alter, Chipnummer)', 'bei Ermäßigung: Nachweis'],
    fees: 'Hundesteuer siehe Hundesteuersatzung der Stadt Hohen Neuendorf; die Anmeldung selbst ist gebührenfrei.',
    processingTime: 'etwa 1 bis 2 Wochen bis zum Steuerbescheid',
    legalBasis: ['Kommunalabgabengesetz Brandenburg (KAG)', 'Hundesteuersatzung der Stadt Hohen Neuendorf'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Steuern und Abgaben',
    locations: [buergeramt],
    keywords: ['Hundesteuer', 'Hundemarke', 'Hund abmelden', 'Welpe', 'Haustier'],
    popularity: 40,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'gewerbe-anmelden',
    leikaKey: '99000000000601',
    name: 'Gewerbe anmelden',
    shortDescription:
      'Wer ein Gewerbe beginnt, ummeldet oder aufgibt, zeigt das dem Gewerbeamt der Stadt an.',
    longDescription:
      'Ein Gewerbe zeigen Sie beim Gewerbeamt der Stadt Hohen Neuendorf an, bevor Sie beginnen. Das Gewerbeamt ' +
      'informiert Finanzamt, Handwerks- oder Industrie- und Handelskammer und weitere Stellen. Freie Berufe ' +
      '(zum Beispiel Ärztinnen, Architekten) melden kein Gewerbe an. Für manche Tätigkeiten brauchen Sie vorher eine ' +
      'Erlaubnis.',
    leichteSprache:
      'Sie wollen eine eigene Firma? Oder einen Laden? Dann melden Sie ein Gewerbe an. Das machen Sie bei der Stadt.',
    prerequisites: ['volljährig und geschäftsfähig', 'für erlaubnispflichtige Gewerbe: die Erlaubnis'],
    requiredDocuments: [
      'Personalausweis oder Reisepass',
      'bei Gesellschaften: Handelsregisterauszug',
      'bei erlaubnispflichtigen Tätigkeiten: Erlaubnis',
    ],
    fees: 'siehe Gebührenordnung der Stadt Hohen Neuendorf',
    processingTime: 'sofort bis wenige Tage',
    legalBasis: ['Gewerbeordnung (GewO) §§ 14, 15'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Gewerbeamt',
    locations: [ordnungsamt],
    keywords: [
      'Gewerbeanmeldung',
      'Gewerbeschein',
      'selbstständig',
      'Firma gründen',
      'Gewerbeabmeldung',
      'Kleingewerbe',
    ],
    popularity: 45,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'geburtsurkunde',
    leikaKey: '99000000000701',
    name: 'Geburtsurkunde beantragen',
    shortDescription:
      'Eine Geburtsurkunde für eine Geburt in Hohen Neuendorf, zum Beispiel für Elterngeld oder Kindergeld.',
    longDescription:
      'Geburtsurkunden stellt das Standesamt aus, in dessen Bezirk das Kind geboren wurde. Nach einer Geburt in Hohen ' +
      'Neuendorf bekommen Eltern Urkunden für Elterngeld, Kindergeld und Krankenkasse. Später können Sie weitere ' +
      'Urkunden beim Standesamt beantragen, auch schriftlich.',
    leichteSprache:
      'Ihr Kind ist geboren? Dann bekommen Sie beim Standesamt eine Geburts-Urkunde. Die brauchen Sie für das ' +
      'Kindergeld.',
    prerequisites: [
      'Geburt im Bezirk des Standesamts Hohen Neuendorf',
      'berechtigtes Interesse (eigene Urkunde, Eltern, Kinder)',
    ],
    requiredDocuments: ['Personalausweis oder Reisepass', 'bei Vertretung: Vollmacht'],
    fees: 'siehe Gebührenordnung (Standesamt)',
    processingTime: 'sofort bis etwa 1 Woche',
    legalBasis: ['Personenstandsgesetz (PStG) §§ 55, 62'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Standesamt',
    locations: [standesamt],
    keywords: ['Geburt', 'Baby', 'Geburtsschein', 'Kindergeld', 'Elterngeld', 'Urkunde'],
    popularity: 45,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'eheurkunde',
    leikaKey: '99000000000702',
    name: 'Eheurkunde beantragen',
    shortDescription: 'Eine Eheurkunde für eine Ehe, die in Hohen Neuendorf geschlossen wurde.',
    longDescription:
      'Die Eheurkunde stellt das Standesamt aus, bei dem die Ehe geschlossen wurde. Sie brauchen sie zum Beispiel für ' +
      'eine Namensänderung in Dokumenten, bei der Rentenversicherung oder für Behörden im Ausland.',
    leichteSprache:
      'Sie haben in Hohen Neuendorf geheiratet? Dann bekommen Sie beim Standesamt eine Ehe-Urkunde.',
    prerequisites: ['Eheschließung beim Standesamt Hohen Neuendorf', 'berechtigtes Interesse'],
    requiredDocuments: ['Personalausweis oder Reisepass'],
    fees: 'siehe Gebührenordnung (Standesamt)',
    processingTime: 'sofort bis etwa 1 Woche',
    legalBasis: ['Personenstandsgesetz (PStG) §§ 55, 62'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Standesamt',
    locations: [standesamt],
    keywords: ['Heiratsurkunde', 'Trauschein', 'Heirat', 'Urkunde', 'Ehe'],
    popularity: 25,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'eheschliessung-anmelden',
    leikaKey: '99000000000703',
    name: 'Eheschließung anmelden',
    shortDescription: 'Wer heiraten möchte, meldet die Eheschließung beim Standesamt an.',
    longDescription:
      'Die Eheschließung melden Sie beim Standesamt Ihres Wohnsitzes an, frühestens sechs Monate vorher. Das ' +
      'Standesamt prüft die Unterlagen. Danach können Sie in Hohen Neuendorf oder bei einem anderen Standesamt ' +
      'heiraten. Für ausländische Urkunden kann mehr Zeit nötig sein.',
    leichteSprache:
      'Sie wollen heiraten? Dann gehen Sie zusammen zum Standesamt. Dort melden Sie die Hochzeit an.',
    prerequisites: ['beide Verlobte sind volljährig', 'persönliches Erscheinen beider Verlobten'],
    requiredDocuments: [
      'Personalausweise oder Reisepässe',
      'beglaubigte Abschrift aus dem Geburtenregister',
      'bei früheren Ehen: Nachweis der Auflösung',
    ],
    fees: 'siehe Gebührenordnung (Standesamt)',
    processingTime: 'Prüfung etwa 1 bis 4 Wochen',
    legalBasis: ['Bürgerliches Gesetzbuch (BGB) §§ 1303 ff.', 'Personenstandsgesetz (PStG) §§ 12, 13'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Standesamt',
    locations: [standesamt],
    keywords: ['heiraten', 'Hochzeit', 'Trauung', 'Standesamt', 'Heirat anmelden'],
    popularity: 30,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'parkausweis-schwerbehinderte',
    leikaKey: '99000000000801',
    name: 'Parkausweis für schwerbehinderte Menschen beantragen',
    shortDescription: 'Der blaue EU-Parkausweis erlaubt das Parken auf Behindertenparkplätzen.',
    longDescription:
      'Schwerbehinderte Menschen mit dem Merkzeichen aG oder Bl und einige weitere Gruppen bekommen den blauen ' +
      'EU-Parkausweis. Er erlaubt das Parken auf gekennzeichneten Behindertenparkplätzen. Für weitere Gruppen gibt ' +
      'es in Brandenburg einen orangefarbenen Ausweis mit Parkerleichterungen. Zuständig ist die ' +
      'Straßenverkehrsbehörde des Landkreises Oberhavel.',
    leichteSprache:
      'Sie haben eine schwere Behinderung? Und Sie können nicht gut laufen? Dann bekommen Sie vielleicht einen ' +
      'blauen Park-Ausweis. Damit dürfen Sie auf Behinderten-Parkplätzen parken.',
    prerequisites: ['Schwerbehindertenausweis mit passendem Merkzeichen (zum Beispiel aG, Bl)'],
    requiredDocuments: ['Schwerbehindertenausweis', 'Personalausweis', 'Lichtbild'],
    fees: 'in der Regel gebührenfrei',
    processingTime: 'etwa 1 bis 2 Wochen',
    legalBasis: ['Straßenverkehrs-Ordnung (StVO) § 46', 'Verwaltungsvorschrift zu § 46 StVO'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'district',
    authorityName: 'Landkreis Oberhavel, Straßenverkehrsbehörde',
    locations: [districtOffice('Straßenverkehrsbehörde')],
    keywords: ['Behindertenparkplatz', 'blauer Parkausweis', 'Parkerleichterung', 'Rollstuhl', 'aG'],
    popularity: 20,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'schwerbehindertenausweis',
    leikaKey: '99000000000802',
    name: 'Schwerbehindertenausweis beantragen',
    shortDescription: 'Feststellung des Grades der Behinderung und Ausweis für schwerbehinderte Menschen.',
    longDescription:
      'Den Grad der Behinderung (GdB) und Merkzeichen stellt in Brandenburg das Landesamt für Soziales und ' +
      'Versorgung fest. Ab einem GdB von 50 bekommen Sie einen Schwerbehindertenausweis. Den Antrag können Sie ' +
      'schriftlich oder online stellen; das Bürgeramt hilft beim Ausfüllen.',
    leichteSprache:
      'Sie haben eine Behinderung? Dann können Sie einen Ausweis bekommen. Den Antrag schicken Sie an ein Amt ' +
      'in Brandenburg. Das Bürgeramt hilft Ihnen.',
    prerequisites: ['Wohnsitz in Brandenburg', 'eine nicht nur vorübergehende Beeinträchtigung'],
    requiredDocuments: ['Antragsformular', 'ärztliche Unterlagen', 'Lichtbild (ab 10 Jahren)'],
    fees: 'gebührenfrei',
    processingTime: 'mehrere Monate',
    legalBasis: ['Neuntes Buch Sozialgesetzbuch (SGB IX) § 152'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'state',
    authorityName: 'Landesamt für Soziales und Versorgung Brandenburg (LASV)',
    locations: [
      {
        name: 'Landesamt für Soziales und Versorgung Brandenburg',
        address: 'Demo-Adresse, Brandenburg',
        openingHours: [hours(2, '09:00', '12:00'), hours(4, '13:00', '16:00')],
        note: demoNote,
      },
    ],
    keywords: ['GdB', 'Grad der Behinderung', 'Behinderung', 'Merkzeichen', 'Schwerbehinderung'],
    popularity: 35,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'sperrmuell',
    leikaKey: '99000000000901',
    name: 'Sperrmüll abholen lassen',
    shortDescription: 'Große Möbel und sperrige Gegenstände werden nach Anmeldung vor dem Haus abgeholt.',
    longDescription:
      'In Hohen Neuendorf holt die Abfallwirtschafts-Union Oberhavel (AWU) Sperrmüll nach Anmeldung ab. Sie melden ' +
      'den Termin telefonisch, schriftlich oder online an und stellen die Gegenstände am Abholtag an die Straße. ' +
      'Elektrogeräte, Bauschutt und Sondermüll gehören nicht in den Sperrmüll; dafür gibt es Wertstoffhöfe.',
    leichteSprache:
      'Sie wollen ein altes Sofa wegwerfen? Oder einen Schrank? Das ist Sperr-Müll. Melden Sie ihn bei der AWU an. ' +
      'Dann wird er abgeholt.',
    prerequisites: ['Wohnsitz oder Grundstück im Landkreis Oberhavel'],
    requiredDocuments: ['Liste der Gegenstände', 'Anschrift und Telefonnummer'],
    fees: 'siehe Abfallgebührensatzung des Landkreises Oberhavel',
    processingTime: 'Abholtermin meist innerhalb weniger Wochen',
    legalBasis: ['Kreislaufwirtschaftsgesetz (KrWG)', 'Abfallentsorgungssatzung des Landkreises Oberhavel'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'district',
    authorityName: 'AWU Abfallwirtschafts-Union Oberhavel (im Auftrag des Landkreises Oberhavel)',
    locations: [
      {
        name: 'AWU Oberhavel, Kundenservice',
        address: 'Demo-Adresse, 16515 Oranienburg',
        openingHours: districtHours,
        note: demoNote,
      },
    ],
    keywords: ['Sperrgut', 'Möbel entsorgen', 'Müllabfuhr', 'Entrümpelung', 'Sofa', 'Schrank', 'Abfall'],
    popularity: 65,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'wohngeld',
    leikaKey: '99000000001001',
    name: 'Wohngeld beantragen',
    shortDescription:
      'Ein Zuschuss zur Miete oder zu den Kosten für selbst genutztes Wohneigentum bei geringem Einkommen.',
    longDescription:
      'Wohngeld bekommen Haushalte mit geringem Einkommen, die keine anderen Sozialleistungen für die Unterkunft ' +
      'erhalten. Als Mietzuschuss hilft es Mietern, als Lastenzuschuss Eigentümern. Zuständig ist die Wohngeldstelle ' +
      'des Landkreises Oberhavel. Wohngeld wird ab dem Monat des Antrags gezahlt; stellen Sie den Antrag daher früh.',
    leichteSprache:
      'Ihre Miete ist zu hoch für Ihr Geld? Dann bekommen Sie vielleicht Wohn-Geld. Den Antrag stellen Sie beim ' +
      'Landkreis Oberhavel.',
    prerequisites: [
      'geringes Haushaltseinkommen',
      'kein Bezug von Bürgergeld oder Grundsicherung mit Wohnkosten',
    ],
    requiredDocuments: [
      'Antragsformular',
      'Mietvertrag oder Mietbescheinigung',
      'Einkommensnachweise aller Haushaltsmitglieder',
    ],
    fees: 'gebührenfrei',
    processingTime: 'mehrere Wochen',
    legalBasis: ['Wohngeldgesetz (WoGG)'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'district',
    authorityName: 'Landkreis Oberhavel, Wohngeldstelle',
    locations: [districtOffice('Wohngeldstelle')],
    keywords: ['Mietzuschuss', 'Lastenzuschuss', 'Miete', 'Zuschuss', 'Wohngeld Plus'],
    popularity: 50,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'fundsachen',
    leikaKey: '99000000001101',
    name: 'Fundsache abgeben oder verlorene Sache suchen (Fundbüro)',
    shortDescription:
      'Das Fundbüro der Stadt nimmt Fundsachen an und hilft, verlorene Gegenstände wiederzufinden.',
    longDescription:
      'Wer in Hohen Neuendorf etwas findet, gibt es beim Fundbüro im Bürgeramt ab. Wer etwas verloren hat, fragt dort ' +
      'nach. Fundsachen werden sechs Monate aufbewahrt. Meldet sich niemand, kann die Finderin oder der Finder die ' +
      'Sache erhalten. Gefundene Ausweise gehen an die ausstellende Behörde.',
    leichteSprache:
      'Sie haben etwas verloren? Oder etwas gefunden? Dann gehen Sie zum Fundbüro im Bürgeramt.',
    prerequisites: ['Fundort oder Verlustort in Hohen Neuendorf'],
    requiredDocuments: ['Beschreibung der Sache', 'bei Abholung: Personalausweis und Nachweis des Eigentums'],
    fees: 'siehe Gebührenordnung; Finderlohn nach BGB',
    processingTime: 'sofort',
    legalBasis: ['Bürgerliches Gesetzbuch (BGB) §§ 965 ff.'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Fundbüro',
    locations: [buergeramt],
    keywords: ['Fundbüro', 'verloren', 'gefunden', 'Schlüssel', 'Handy', 'Portemonnaie', 'Geldbörse'],
    popularity: 30,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'baumfaellgenehmigung',
    leikaKey: '99000000001201',
    name: 'Baum fällen: Genehmigung beantragen',
    shortDescription: 'Geschützte Bäume dürfen nur mit Genehmigung gefällt oder stark beschnitten werden.',
    longDescription:
      'In Hohen Neuendorf sind viele Bäume durch die Baumschutzsatzung geschützt. Bevor Sie einen geschützten Baum ' +
      'fällen, beantragen Sie eine Genehmigung bei der Stadt. Oft wird eine Ersatzpflanzung verlangt. Vom 1. März ' +
      'bis 30. September sind Fällungen zum Schutz brütender Vögel grundsätzlich verboten.',
    leichteSprache:
      'Sie wollen einen Baum fällen? Dann fragen Sie vorher die Stadt. Viele Bäume sind geschützt. Im Frühling und ' +
      'Sommer dürfen Sie meist keine Bäume fällen.',
    prerequisites: ['Eigentum am Grundstück oder Zustimmung der Eigentümerin'],
    requiredDocuments: ['Lageplan mit dem Baum', 'Fotos', 'Begründung'],
    fees: 'siehe Gebührenordnung der Stadt Hohen Neuendorf',
    processingTime: 'etwa 4 bis 8 Wochen',
    legalBasis: [
      'Bundesnaturschutzgesetz (BNatSchG) § 39',
      'Baumschutzsatzung der Stadt Hohen Neuendorf (Demo)',
    ],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Umwelt und Grünflächen',
    locations: [ordnungsamt],
    keywords: ['Baumfällung', 'Baum fällen', 'Baumschutz', 'Fällgenehmigung', 'Garten', 'Baum'],
    popularity: 20,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'verwarnungsgeld-parken',
    leikaKey: '99000000001301',
    name: 'Verwarnungsgeld fürs Parken bezahlen oder Einwände erheben',
    shortDescription:
      'Ein "Knöllchen" für falsches Parken in Hohen Neuendorf bezahlen oder dazu Stellung nehmen.',
    longDescription:
      'Verstöße beim Parken verfolgt in Hohen Neuendorf das Ordnungsamt. Sie bekommen eine Verwarnung mit ' +
      'Zahlungsfrist. Zahlen Sie fristgerecht, ist die Sache erledigt. Sind Sie nicht einverstanden, können Sie sich ' +
      'äußern; dann kann ein Bußgeldverfahren folgen.',
    leichteSprache:
      'Sie haben einen Zettel am Auto? Weil Sie falsch geparkt haben? Dann müssen Sie Geld zahlen. ' +
      'Auf dem Zettel steht, wie viel und bis wann.',
    prerequisites: ['eine Verwarnung des Ordnungsamts Hohen Neuendorf'],
    requiredDocuments: ['Verwarnung oder Anhörungsbogen mit Aktenzeichen'],
    fees: 'Höhe nach Bußgeldkatalog',
    processingTime: 'Zahlungsfrist eine Woche',
    legalBasis: ['Ordnungswidrigkeitengesetz (OWiG) § 56', 'Bußgeldkatalog-Verordnung (BKatV)'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Ordnungsamt',
    locations: [ordnungsamt],
    keywords: ['Knöllchen', 'Strafzettel', 'Falschparken', 'Bußgeld', 'Parkverstoß', 'Verwarnung'],
    popularity: 35,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'fahrzeug-zulassen',
    leikaKey: '99000000001401',
    name: 'Fahrzeug zulassen',
    shortDescription: 'Ein Auto, Motorrad oder einen Anhänger anmelden, ummelden oder abmelden.',
    longDescription:
      'Fahrzeuge lassen Sie bei der Zulassungsbehörde des Landkreises Oberhavel zu. Viele Vorgänge gehen auch ' +
      'online (i-Kfz) mit der Online-Ausweisfunktion. Sie brauchen eine Versicherungsbestätigung (eVB-Nummer) und ' +
      'ein SEPA-Mandat für die Kfz-Steuer.',
    leichteSprache:
      'Sie haben ein Auto gekauft? Dann müssen Sie es anmelden. Das machen Sie beim Landkreis Oberhavel. ' +
      'Sie bekommen ein Nummern-Schild.',
    prerequisites: ['Wohnsitz im Landkreis Oberhavel', 'Versicherungsschutz'],
    requiredDocuments: [
      'Personalausweis',
      'Zulassungsbescheinigung Teil I und II',
      'eVB-Nummer der Versicherung',
      'SEPA-Lastschriftmandat für die Kfz-Steuer',
    ],
    fees: 'siehe Gebührenordnung für Maßnahmen im Straßenverkehr',
    processingTime: 'sofort',
    legalBasis: ['Fahrzeug-Zulassungsverordnung (FZV)'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'district',
    authorityName: 'Landkreis Oberhavel, Zulassungsbehörde',
    locations: [districtOffice('Zulassungsbehörde')],
    keywords: [
      'Kfz',
      'Auto anmelden',
      'Ummeldung Auto',
      'Kennzeichen',
      'Nummernschild',
      'Abmeldung Auto',
      'Motorrad',
    ],
    popularity: 60,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'briefwahl',
    leikaKey: '99000000001501',
    name: 'Briefwahl beantragen',
    shortDescription:
      'Wahlschein und Briefwahlunterlagen beantragen, um per Post oder vorab im Wahlbüro zu wählen.',
    longDescription:
      'Vor jeder Wahl können Sie Briefwahl beantragen: mit der Antwortkarte Ihrer Wahlbenachrichtigung, schriftlich, ' +
      'online oder persönlich im Wahlbüro der Stadt. Sie bekommen Wahlschein und Stimmzettel. Der Wahlbrief muss ' +
      'spätestens am Wahltag um 18 Uhr bei der Stadt sein.',
    leichteSprache:
      'Sie können am Wahl-Tag nicht ins Wahl-Lokal gehen? Dann wählen Sie per Brief. Sie bekommen die Papiere von ' +
      'der Stadt. Schicken Sie den Brief früh genug zurück.',
    prerequisites: ['Wahlberechtigung und Eintrag im Wählerverzeichnis von Hohen Neuendorf'],
    requiredDocuments: ['Wahlbenachrichtigung oder Personalausweis'],
    fees: 'gebührenfrei',
    processingTime: 'wenige Tage',
    legalBasis: ['Bundeswahlgesetz (BWahlG) § 36', 'Brandenburgisches Kommunalwahlgesetz'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Wahlbüro',
    locations: [buergeramt],
    keywords: ['Wahlschein', 'wählen', 'Wahl', 'Wahlbenachrichtigung', 'Stimmzettel'],
    popularity: 40,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
  {
    id: 'beglaubigung',
    leikaKey: '99000000001601',
    name: 'Kopien und Unterschriften beglaubigen lassen',
    shortDescription: 'Amtliche Beglaubigung von Kopien und Unterschriften für die Vorlage bei Behörden.',
    longDescription:
      'Das Bürgeramt beglaubigt Kopien von Zeugnissen und Bescheiden sowie Unterschriften, wenn sie bei einer ' +
      'Behörde vorgelegt werden sollen. Bringen Sie das Original mit. Personenstandsurkunden und Dokumente für ' +
      'Grundbuch oder Handelsregister beglaubigt das Bürgeramt nicht; dafür sind Standesamt oder Notar zuständig.',
    leichteSprache:
      'Ein Amt will eine beglaubigte Kopie? Dann gehen Sie zum Bürgeramt. Nehmen Sie das Original mit.',
    prerequisites: ['Vorlage bei einer Behörde'],
    requiredDocuments: ['Original', 'Kopie', 'Personalausweis (bei Unterschriften)'],
    fees: 'siehe Gebührenordnung der Stadt Hohen Neuendorf',
    processingTime: 'sofort',
    legalBasis: ['Verwaltungsverfahrensgesetz (VwVfG) §§ 33, 34'],
    forms: [],
    onlineProcedureUrl: null,
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf, Bürgeramt',
    locations: [buergeramt],
    keywords: ['Beglaubigung', 'beglaubigte Kopie', 'Abschrift', 'Zeugnis beglaubigen', 'Unterschrift'],
    popularity: 35,
    lastReviewedOn: reviewed,
    dokboxPickup: false,
    demo: true,
  },
];
