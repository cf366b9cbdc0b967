import { useState } from 'react';
import { isPrerenderedPage, useHydrated } from '../../../hooks/use-hydrated';
import { isPageLoadPending } from '../../../hooks/use-reveal-on-navigate';
import {
  decodeTextDirective,
  findPassage,
  textDirectivesOf,
  type PassageText,
} from '../../../interview/text-fragment';
import { loadAddress } from '../../../lib/landing';

/**
 * The text directives (`#:~:text=`, Chrome's "Copy link to highlight") of the
 * address this page was loaded from, for the reader to find, mark and land on
 * itself, as a `quote`'s passage. On a page the app rendered here rather than
 * hydrated (an interview kept on this device, answered by the site's 404.html
 * and read from the device's storage), all of them: the browser looks for the
 * words once the page has loaded, and on a slow phone that came before the
 * app had the interview's text: it gave up, with no way to ask it again.
 * A built page has its words from the first paint and the browser finds them
 * itself, unless the page holds a copy of them above the interview's text
 * (`copies`: the title's, the standfirst's, the question index's titles, the
 * key quotes panel's): the browser takes the first match on the page, so it stayed at the
 * interview's top (or in the index) and left the text screens below; those the
 * reader finds in the text, questions and answers. Only for the reader the
 * page load shows, until the reader goes somewhere else (`navigationId` changes), once
 * a built page has hydrated.
 */
export function useOwnTextFragment(
  navigationId: string,
  copies: readonly PassageText[],
): readonly string[] {
  const [atLoad] = useState(() => {
    if (!isPageLoadPending()) return NONE;
    const directives = textDirectivesOf(loadAddress());
    if (!isPrerenderedPage()) return directives;
    return directives.filter((raw) => {
      const directive = decodeTextDirective(raw);
      return directive !== undefined && findPassage(copies, directive) !== undefined;
    });
  });
  // A built page hydrates as it was built, for its path alone; its address applies in the render
  // after, whose navigation is the page load's: the first, once hydrated, with the address's
  // fragment (`#q4:~:text=`'s `#q4`; a render as hydration ended still had the path's alone).
  const hydrated = useHydrated();
  const [loadHash] = useState(() => (typeof window === 'undefined' ? '' : window.location.hash));
  const [loadNavigation, setLoadNavigation] = useState(hydrated ? navigationId : undefined);
  if (hydrated && loadNavigation === undefined && navigationId.endsWith(loadHash)) {
    setLoadNavigation(navigationId);
  }
  return hydrated && loadNavigation === navigationId ? atLoad : NONE;
}

const NONE: readonly string[] = [];
