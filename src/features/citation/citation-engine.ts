import type CSL from 'citeproc';

/** citeproc-js and the CSL styles and locale: what formatting needs, loaded on first use. */
export type CitationEngine = {
  CSL: typeof CSL;
  styles: { apa: unknown; mla: unknown; chicago: unknown };
  locale: unknown;
};

let loading: Promise<CitationEngine> | undefined;

/**
 * Loads the CSL processor and styles (some 110 KB gzipped), once: the
 * citation dialog and the handout share them (and the processors built from
 * them). They are split from the first view's code.
 * citeproc-js runs without eval, as the site's Content-Security-Policy requires.
 */
export function loadCitationEngine(): Promise<CitationEngine> {
  loading ??= Promise.all([
    import('citeproc'),
    import('./csl/apa.json'),
    import('./csl/modern-language-association.json'),
    import('./csl/chicago-fullnote-bibliography.json'),
    import('./csl/locales-en-US.json'),
  ]).then(
    ([citeproc, apa, mla, chicago, locale]) => ({
      CSL: citeproc.default,
      styles: { apa: apa.default, mla: mla.default, chicago: chicago.default },
      locale: locale.default,
    }),
    (error: unknown) => {
      // A failed load (offline) is tried again next time.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
