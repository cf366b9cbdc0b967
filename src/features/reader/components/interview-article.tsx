import type { Interview, Person, Question } from '../../../interview/schema';

function speakerIndex(interview: Interview): Map<string, Person> {
  const { interviewers, interviewees } = interview.people;
  return new Map([...interviewers, ...interviewees].map((person) => [person.id, person]));
}

function Turn({ question, speakers }: { question: Question; speakers: Map<string, Person> }) {
  return (
    <div id={question.id} className="mt-8 scroll-mt-20">
      <div className="font-sans font-semibold">
        <span className="text-stone-600 dark:text-stone-400">
          {speakers.get(question.askedBy)?.label}:{' '}
        </span>
        {question.question.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <div className="mt-3 space-y-4">
        <p className="font-sans text-sm font-semibold text-stone-600 dark:text-stone-400">
          {speakers.get(question.answeredBy)?.label}:
        </p>
        {question.answer.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </div>
  );
}

/** The interview's text: intro, then each topic section with its questions and answers. */
export function InterviewArticle({ interview }: { interview: Interview }) {
  const speakers = speakerIndex(interview);
  return (
    <div className="max-w-[65ch] font-serif text-lg leading-relaxed">
      <div className="space-y-4">
        {interview.intro.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      {interview.sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`}>
          <h2 id={`${section.id}-heading`} className="mt-12 font-sans text-2xl font-semibold">
            {section.heading}
          </h2>
          {section.questions.map((question) => (
            <Turn key={question.id} question={question} speakers={speakers} />
          ))}
        </section>
      ))}
      {interview.byline?.map((author) => (
        <aside
          key={author.name}
          className="mt-12 border-t border-stone-300 pt-6 font-sans text-base"
        >
          <h2 className="font-semibold">About the author: {author.name}</h2>
          {author.bio && <p className="mt-2 text-stone-700 dark:text-stone-300">{author.bio}</p>}
        </aside>
      ))}
    </div>
  );
}
