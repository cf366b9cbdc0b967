// The parts of citeproc-js (https://citeproc-js.readthedocs.io/) we use; it ships no types.
declare module 'citeproc' {
  type OutputFormat = 'html' | 'text';
  type Sys = {
    retrieveLocale: (lang: string) => unknown;
    retrieveItem: (id: string) => unknown;
  };
  type CitationItem = { id: string; locator?: string; label?: string };
  type Citation = { citationItems: CitationItem[]; properties: { noteIndex: number } };
  type Engine = {
    setOutputFormat(format: OutputFormat): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
    previewCitationCluster(
      citation: Citation,
      citationsPre: [],
      citationsPost: [],
      format: OutputFormat,
    ): string;
  };
  const CSL: {
    Engine: new (sys: Sys, style: unknown, lang?: string, forceLang?: boolean) => Engine;
  };
  // The package is CommonJS: its module.exports is what an import's default is.
  // eslint-disable-next-line no-restricted-syntax
  export default CSL;
}
