// Normalisation, stemming, decompounding and synonym expansion of the service search.
import { describe, expect, it } from 'vitest';
import { decompoundGerman, normaliseGerman, stemGerman, wordForms } from './german-text.ts';
import { analyseQuery, ServiceSearch } from './service-search.ts';

describe('normaliseGerman', () => {
  it('treats umlauts and their ae/oe/ue spellings, ß and ss, and case alike', () => {
    expect(normaliseGerman('Führerschein')).toBe(normaliseGerman('FUEHRERSCHEIN'));
    expect(normaliseGerman('Führerschein')).toBe(normaliseGerman('fuhrerschein'));
    expect(normaliseGerman('Größe')).toBe(normaliseGerman('groesse'));
    expect(normaliseGerman('Knöllchen')).toBe(normaliseGerman('Knoellchen'));
    expect(normaliseGerman('Sperrmüll')).toBe(normaliseGerman('sperrmuell'));
    expect(normaliseGerman('Straße')).toBe('strasse');
  });

  it('drops accents and punctuation', () => {
    expect(normaliseGerman('Café-Erlaubnis!')).toBe('cafe erlaubnis');
    expect(normaliseGerman('  Kinder-Reisepass, bitte ')).toBe('kinder reisepass bitte');
  });
});

describe('stemGerman', () => {
  it('brings a word and its usual forms together', () => {
    expect(stemGerman('anmelden')).toBe(stemGerman('anmeldung'));
    expect(stemGerman('ausweise')).toBe('ausweis');
    expect(stemGerman('ausweises')).toBe('ausweis');
    expect(stemGerman('ausweis')).toBe('ausweis');
    expect(stemGerman('hunde')).toBe('hund');
    expect(stemGerman('bescheinigungen')).toBe(stemGerman('bescheinigung'));
  });

  it('leaves short words and numbers alone', () => {
    expect(stemGerman('pass')).toBe('pass');
    expect(stemGerman('b96er')).toBe('b96er');
  });
});

describe('decompoundGerman', () => {
  it('splits compounds into known parts, with linking elements', () => {
    expect(decompoundGerman('personalausweis')).toEqual(['personal', 'ausweis']);
    expect(decompoundGerman(normaliseGerman('Geburtsurkunde'))).toEqual(['geburt', 'urkunde']);
    expect(decompoundGerman(normaliseGerman('Führerscheinumtausch'))).toEqual([
      'fuhrer',
      'schein',
      'umtausch',
    ]);
    expect(decompoundGerman('kinderreisepass')).toEqual(['kinder', 'reise', 'pass']);
  });

  it('finds the known head of a compound with unknown parts', () => {
    expect(decompoundGerman('dienstausweis')).toContain('ausweis');
  });

  it('does not split words without known parts', () => {
    expect(decompoundGerman('kartoffel')).toEqual([]);
    expect(decompoundGerman('ausweis')).toEqual([]);
  });

  it('indexes a word with its stem and parts', () => {
    expect(wordForms('personalausweise')).toEqual(
      expect.arrayContaining(['personalausweise', 'personalausweis', 'ausweis']),
    );
  });
});

describe('analyseQuery', () => {
  const termsOf = (query: string) => analyseQuery(query).flatMap((g) => [...g.weights.keys()]);

  it('drops stop words and expands colloquial terms by the synonyms file', () => {
    expect(termsOf('ich brauche einen neuen Perso')).toEqual(
      expect.arrayContaining(['perso', 'personalausweis']),
    );
    expect(termsOf('ich brauche einen neuen Perso')).not.toContain('ich');
    expect(termsOf('Knöllchen')).toEqual(expect.arrayContaining(['verwarnungsgeld']));
    expect(termsOf('ummelden')).toEqual(expect.arrayContaining(['wohnsitz', 'anmeldung']));
  });

  it('recognises phrases', () => {
    expect(termsOf('Führerschein umschreiben')).toContain('umtausch');
    expect(termsOf('neue Adresse')).toContain('wohnsitz');
  });

  it('gives one group per meaningful word', () => {
    expect(analyseQuery('perso verloren').map((g) => g.typed)).toEqual(['perso', 'verloren']);
    expect(analyseQuery('der die das')).toEqual([]);
  });
});

describe('ServiceSearch', () => {
  const services = [
    { id: 'id-card', name: 'Personalausweis beantragen', popularity: 100 },
    { id: 'disabled', name: 'Schwerbehindertenausweis beantragen', popularity: 30 },
    { id: 'bulky', name: 'Sperrmüll abholen lassen', popularity: 60 },
    { id: 'wedding', name: 'Eheschließung anmelden', popularity: 30 },
    { id: 'dog', name: 'Hund anmelden', popularity: 40 },
  ].map((s) => ({
    ...s,
    shortDescription: '',
    keywords: [],
    authorityLevel: 'town',
    authorityName: 'Stadt',
  }));
  const search = new ServiceSearch(services);

  it('finds a compound by its part and ranks the common service first', () => {
    expect(search.search('Ausweis')[0]?.id).toBe('id-card');
    expect(search.search('Behindertenausweis')[0]?.id).toBe('disabled');
  });

  it('tolerates typos and missing umlauts', () => {
    expect(search.search('Persnalausweis')[0]?.id).toBe('id-card');
    expect(search.search('sperrmull')[0]?.id).toBe('bulky');
  });

  it('does not let a common word outvote a rare one', () => {
    expect(search.search('Sperrmüll anmelden')[0]?.id).toBe('bulky');
  });

  it('suggests while the word is unfinished', () => {
    expect(search.suggest('pers')[0]?.id).toBe('id-card');
    expect(search.suggest('sperr')[0]?.id).toBe('bulky');
  });

  it('finds nothing for nonsense or an empty query', () => {
    expect(search.search('qqqxx')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });
});
