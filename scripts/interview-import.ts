// npm run interview:import -- ARTICLE.txt|ARTICLE.html|- [-o OUT.json] [--id SLUG] [--date YYYY-MM-DD]
//   [--publication NAME] [--url URL] [--language TAG] [--force]
// Turns the raw text of a published Q&A interview into an interview file and
// prints a report on stderr. Without -o the JSON goes to stdout.
import { importCommand } from './lib/import-command';

process.exitCode = await importCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  stdinIsTerminal: process.stdin.isTTY,
});
