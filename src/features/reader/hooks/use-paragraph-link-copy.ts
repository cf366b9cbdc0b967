import { useCallback, useEffect, useState } from 'react';
import { absoluteUrl } from '../../../config/paths';
import { copyText } from '../../../lib/clipboard';
import { announce } from './use-announcement';
import { COPIED_FEEDBACK_MS } from './use-copy';

/** The paragraph link last used: its paragraph, its link, and whether it was copied or must be copied by hand. */
export type ParagraphLinkCopy = {
  questionId: string;
  paragraph: number;
  /** What it links to, as screen readers hear it: "paragraph 2 of answer 3". */
  name: string;
  url: string;
  state: 'copied' | 'manual';
};

/**
 * The copying of every answer paragraph's link, held once for the reader:
 * 11,600 paragraphs in the 2,000-question interview each held two states and
 * two effects, all committed as the page hydrated, and their garbage was part
 * of hydration's scavenges. One link shows "Copied" (for a moment, said in the
 * status region) or its text to copy by hand at a time.
 */
export function useParagraphLinkCopy() {
  const [active, setActive] = useState<ParagraphLinkCopy>();
  const copied = active?.state === 'copied' ? active : undefined;
  useEffect(() => {
    if (!copied) return;
    const quiet = announce(`Copy link to ${copied.name}: copied`);
    const timer = window.setTimeout(
      () => setActive((now) => (now === copied ? undefined : now)),
      COPIED_FEEDBACK_MS,
    );
    return () => {
      window.clearTimeout(timer);
      quiet();
    };
  }, [copied]);
  const copy = useCallback(
    (questionId: string, paragraph: number, name: string, path: () => string) => {
      const url = absoluteUrl(path());
      void copyText(url).then((done) =>
        setActive({ questionId, paragraph, name, url, state: done ? 'copied' : 'manual' }),
      );
    },
    [],
  );
  const dismiss = useCallback(() => setActive(undefined), []);
  return { active, copy, dismiss };
}
