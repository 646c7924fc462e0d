// The offline restart page carries German first and every kiosk language's words for its script, and no text can
// break out of its data block.
import { describe, expect, it } from 'vitest';
import { restartPageHtml, restartTexts } from './restart-page.ts';

describe('restart page', () => {
  it('shows German and carries every kiosk language with lang and dir', () => {
    const html = restartPageHtml();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('<h1>Bürgerpunkt wird neu gestartet</h1>');
    const data = /<script type="application\/json" id="restart-texts">(.*)<\/script>/.exec(html)?.[1];
    const texts = JSON.parse(data ?? '{}') as ReturnType<typeof restartTexts>;
    expect(Object.keys(texts).sort()).toEqual(['ar', 'de', 'en', 'ls', 'tr', 'uk']);
    expect(texts['ar']).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(texts['en']?.heading).toBe('Bürgerpunkt is restarting');
    expect(html).not.toMatch(/<script>/);
  });
});
