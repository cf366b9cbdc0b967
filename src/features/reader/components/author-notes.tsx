import type { Interview } from '../../../interview/schema';

/** "About the author" for each byline author who has a name on record. */
export function AuthorNotes({ byline = [] }: { byline: Interview['byline'] }) {
  return byline.map((author, i) => (
    <section
      key={author.name}
      aria-labelledby={`author_${i}`}
      className="mt-12 border-t border-stone-300 pt-6 font-sans text-base dark:border-stone-700 print:mt-6 print:pt-3 print:text-sm"
    >
      <h2 id={`author_${i}`} className="font-semibold">
        About the author: {author.name}
      </h2>
      {author.bio && <p className="mt-2 text-stone-700 dark:text-stone-300">{author.bio}</p>}
    </section>
  ));
}
