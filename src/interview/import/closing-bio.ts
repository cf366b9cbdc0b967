import { LIMITS } from '../limits';
import type { SourceParagraph } from './paragraphs';
import type { Role } from './structure';

/**
 * The byline's one author introduced in the text's last paragraph, "Tomas Reyes is a contributing
 * editor at Rolling Vibe. …", read as the last answer's: the author's bio, where the answer keeps
 * a paragraph of its own before it. A guest's answer naming the author ("Tomas Reyes is right …")
 * as its only paragraph stays.
 */
export function closingBio(
  paragraphs: readonly SourceParagraph[],
  roles: Map<number, Role>,
  authors: { name: string; bio?: string }[],
): void {
  const author = authors.length === 1 ? authors[0] : undefined;
  const body = paragraphs.filter((p) =>
    /^(?:question|answer)$/u.test(roles.get(p.index)?.kind ?? ''),
  );
  const [before, last] = body.slice(-2);
  if (
    !author ||
    author.bio !== undefined ||
    !before ||
    !last ||
    roles.get(before.index)?.kind !== 'answer' ||
    roles.get(last.index)?.kind !== 'answer' ||
    !/^(?:is|was) an? /u.test(last.text.slice(author.name.length + 1)) ||
    !last.text.startsWith(`${author.name} `) ||
    last.text.length > LIMITS.noteLength
  )
    return;
  author.bio = last.text;
  roles.set(last.index, { kind: 'bio' });
}
