// npm run interview:check -- FILE...
// Checks interview and catalogue files against the format: one line per problem,
// with its JSON path, and a non-zero exit status when any file is invalid.
// With no FILE, checks every file in public/interviews.
import { checkFiles } from './lib/check-files';

try {
  const { valid, problems, summary, invalid } = await checkFiles(process.argv.slice(2));
  for (const line of valid) console.log(line);
  for (const line of problems) console.error(line);
  if (summary) console.error(summary);
  if (invalid > 0) process.exitCode = 1;
} catch (error) {
  // Whatever went wrong, one line: never a stack trace.
  console.error(`interview:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
