// npm run interview:check -- FILE...
// Checks interview and catalogue files against the format: one line per problem,
// with its JSON path, and a non-zero exit status when any file is invalid.
// With no FILE, checks every file in public/interviews; - is standard input.
import { checkCommand } from './lib/check-files';

process.exitCode = await checkCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
});
