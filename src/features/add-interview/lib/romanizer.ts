// The romanizer (interview/romanize.ts) puts names in other scripts than
// Latin into an imported interview's ids. It is about 10 KB gzipped and takes
// some 100 ms to start, so it loads only for a draft that needs it.
import { queryOptions } from '@tanstack/react-query';
import type { Draft } from '../../../interview/import/draft';
import { needsRomanizing, type Romanize } from '../../../interview/slug';

export const loadRomanize = (): Promise<Romanize> =>
  import('../../../interview/romanize').then((module) => module.romanize);

export const romanizerQueryOptions = queryOptions({
  queryKey: ['romanizer'],
  queryFn: async () => ({ romanize: await loadRomanize() }),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

/**
 * Whether a draft has a name, heading or key quote (what its editor's ids are made of) in
 * another script. (The interview's own id is made when the text is read: read-source.ts.)
 */
export function draftNeedsRomanizing(draft: Draft): boolean {
  return (
    draft.people.some((person) => needsRomanizing(person.name)) ||
    draft.keyQuotes.some((quote) => needsRomanizing(quote.text)) ||
    draft.blocks.some(
      (block) => block.role === 'heading' && needsRomanizing(`${block.label ?? ''} ${block.text}`),
    )
  );
}
