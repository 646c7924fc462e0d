/** The hub's one CSV field writer: RFC 4180 quoting and formula defusing. */
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, withoutFormulaGuard } from './csv.ts';

describe('csv fields', () => {
  it('quotes only what needs quoting and doubles quotes', () => {
    expect(csvField('Reisepass', ',')).toBe('Reisepass');
    expect(csvField('Bürgeramt, Mitte', ',')).toBe('"Bürgeramt, Mitte"');
    expect(csvField('Bürgeramt, Mitte', ';')).toBe('Bürgeramt, Mitte');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('Der "neue" Pass', ',')).toBe('"Der ""neue"" Pass"');
    expect(csvField('zwei\r\nZeilen', ',')).toBe('"zwei\r\nZeilen"');
    expect(csvField(' padded', ',')).toBe('" padded"');
    expect(csvField(null, ',')).toBe('');
    expect(csvField(17, ',')).toBe('17');
    expect(csvField(-5, ';')).toBe('-5');
  });

  it('defuses text a spreadsheet would run as a formula, and reads it back unchanged', () => {
    expect(csvField('=HYPERLINK("x")', ',')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+49 151', ',')).toBe("'+49 151");
    expect(csvField('-1+1', ';')).toBe("'-1+1");
    expect(csvField('@SUM(A1)', ',')).toBe("'@SUM(A1)");
    expect(csvField('\t=1', ',')).toBe("'\t=1");
    expect(csvLine(['a', '=1', 2], ';')).toBe("a;'=1;2");
    expect(withoutFormulaGuard('\'=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(withoutFormulaGuard("'plain")).toBe("'plain");
  });
});
