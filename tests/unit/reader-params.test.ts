import { describe, expect, it } from 'vitest';
import { NO_PARAMS, parseReaderSearch, paths, readerSearch } from '../../src/config/paths';
import { decodeTextDirective, encodeTextDirective } from '../../src/interview/text-fragment';
import { describeIgnored } from '../../src/features/reader/ignored-params';

describe('reader parameters', () => {
  it('builds every parameter in a stable order', () => {
    const quote = encodeTextDirective({ textStart: 'one, two', suffix: 'three' });
    expect(
      readerSearch({
        q: 'black sea',
        scope: 'answers',
        sections: ['trade', 'energy'],
        mode: 'discuss',
        quotes: [quote],
      }),
    ).toBe('?q=black+sea&in=answers&sections=trade,energy&mode=discuss&quote=one%2C%20two,-three');
    expect(readerSearch(NO_PARAMS)).toBe('');
  });

  it('reads what it builds, keeping quotes encoded', () => {
    const params = {
      ...NO_PARAMS,
      q: 'Kazakh oil & gas',
      scope: 'questions' as const,
      quotes: ['a%2Cb,c', 'x'],
      sections: ['peace'],
      mode: 'discuss' as const,
    };
    expect(parseReaderSearch(readerSearch(params))).toEqual(params);
  });

  it('reads a readable passage link back to the same passage', () => {
    const directive = { prefix: 'a', textStart: 'A 20-ton tanker', suffix: '-end' };
    const [quote = ''] = parseReaderSearch(
      paths.passage('x', 'y', directive).split('?')[1] ?? '',
    ).quotes;
    expect(decodeTextDirective(quote)).toEqual(directive);
  });

  it('reads + as a space, ignores tracking parameters quietly and an unknown scope', () => {
    const { ignored, ...params } = parseReaderSearch(
      '?q=black+sea&utm_source=x&fbclid=y&in=everything',
    );
    expect(params).toEqual({ ...NO_PARAMS, q: 'black sea' });
    // Tracking parameters are ignored without a word.
    expect(ignored?.map(describeIgnored)).toEqual([undefined, undefined]);
  });

  it('says what it ignores: an unknown mode or parameter, no sections, an empty quote, too many quotes', () => {
    const quotes = Array.from({ length: 22 }, (_, i) => `quote=w${i}`).join('&');
    const params = parseReaderSearch(`?mode=party&colour=blue&sections=,,,&quote=&${quotes}`);
    expect(params.mode).toBe('read');
    expect(params.sections).toBeUndefined();
    expect(params.quotes).toHaveLength(20);
    expect(params.ignored?.map(describeIgnored)).toEqual([
      '“mode=party” is not a mode (the one mode is “discuss”), so the interview is shown for reading.',
      '“colour” is not part of a reader link and was ignored.',
      '“sections=,,,” names no section, so every section is shown.',
      'An empty “quote” was ignored.',
      'Only the first 20 quoted passages are marked; 2 more were ignored.',
    ]);
  });

  it('builds passage links with the section in the path', () => {
    expect(paths.passage('viktor-maiko-2026', 'peace', { textStart: 'the war will end' })).toBe(
      '/i/viktor-maiko-2026/peace?quote=the+war+will+end',
    );
    // Readable: no %20, and a hyphen inside words stays one; syntax hyphens stay encoded.
    expect(
      paths.passage('viktor-maiko-2026', 'energy', {
        prefix: 'a',
        textStart: 'A 20-ton tanker',
        suffix: '-end',
      }),
    ).toBe('/i/viktor-maiko-2026/energy?quote=a-,A+20-ton+tanker,--end');
    expect(paths.anchor('viktor-maiko-2026', 'energy', 'q3', { sections: ['energy'] })).toBe(
      '/i/viktor-maiko-2026/energy?sections=energy#q3',
    );
  });
});
