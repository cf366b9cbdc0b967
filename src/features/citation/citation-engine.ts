import type CSL from 'citeproc';

/** citeproc-js and the CSL styles and locale: what formatting needs, loaded on first use. */
export type CitationEngine = {
  CSL: typeof CSL;
  styles: { apa: unknown; mla: unknown; chicago: unknown };
  locale: unknown;
};

/**
 * Loads the CSL processor and styles (some 150 KB gzipped). Only the citation
 * dialog asks for them, so they are split from the first view's code.
 * citeproc-js runs without eval, as the site's Content-Security-Policy requires.
 */
export async function loadCitationEngine(): Promise<CitationEngine> {
  const [citeproc, apa, mla, chicago, locale] = await Promise.all([
    import('citeproc'),
    import('./csl/apa.json'),
    import('./csl/modern-language-association.json'),
    import('./csl/chicago-fullnote-bibliography.json'),
    import('./csl/locales-en-US.json'),
  ]);
  return {
    CSL: citeproc.default,
    styles: { apa: apa.default, mla: mla.default, chicago: chicago.default },
    locale: locale.default,
  };
}
