import { count, type Problem } from './problems';

/** At most this many problems are listed; the rest are counted. */
export const MOST_PROBLEMS = 50;

// Paths alike but for their array indices: `$.sections[*].id`.
const shapeOf = (path: string) => path.replace(/\[\d+\]/g, '[*]');

/**
 * Problems as a person reads them: one message at many paths of the same
 * shape said once, with a few of the other paths and how many there are; at
 * most MOST_PROBLEMS lines in all. 10,000 copies of a section make two lines
 * (duplicate section id, duplicate question id), not 20,000.
 */
export function summarizeProblems(problems: readonly Problem[], most = MOST_PROBLEMS): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${shapeOf(problem.path)}\n${problem.message}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  const lines = [...groups.values()].flatMap(([first, ...more]) => {
    if (!first) return [];
    if (more.length === 0) return [first];
    const examples = more.slice(0, 2).map((p) => p.path);
    const rest = more.length - examples.length;
    const also =
      rest > 0 ? `${examples.join(', ')} and ${count(rest, 'more place')}` : examples.join(' and ');
    return [{ path: first.path, message: `${first.message} (also at ${also})` }];
  });
  if (lines.length <= most) return lines;
  const hidden = lines.length - (most - 1);
  return [
    ...lines.slice(0, most - 1),
    {
      path: '$',
      message: `has ${count(hidden, 'more problem')}, not listed: fix the ones above first`,
    },
  ];
}
