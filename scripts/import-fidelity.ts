// npm run import:fidelity: how well the importer reads the interview pages in
// tests/fixtures/import (one line per page, then totals per set).
import { measureFidelity } from './lib/import-fidelity';

const results = measureFidelity();
for (const r of results) {
  const mark = r.clean ? 'clean' : r.refused ? 'REFUSED' : 'unclean';
  console.log(
    `${mark.padEnd(8)} ${r.file.padEnd(38)} questions ${r.questions.found}/${r.questions.expected}, noise dropped ${r.noise.dropped}/${r.noise.expected}, body lost ${r.lostBody.length}${r.vanished.length ? `, vanished: ${r.vanished.join(' ')}` : ''}  (${r.shape})`,
  );
  for (const problem of r.problems) console.log(`         - ${problem}`);
  for (const detail of r.details.wrong) console.log(`         ~ ${detail}`);
}
for (const set of [...new Set(results.map((r) => r.set))]) {
  const of = results.filter((r) => r.set === set);
  const sum = (f: (r: (typeof of)[number]) => number) => of.reduce((n, r) => n + f(r), 0);
  console.log(
    `${set}: ${of.filter((r) => r.clean).length} of ${of.length} clean, ${of.filter((r) => r.refused).length} refused; questions ${sum((r) => r.questions.found)}/${sum((r) => r.questions.expected)}, noise dropped ${sum((r) => r.noise.dropped)}/${sum((r) => r.noise.expected)}, body lines lost ${sum((r) => r.lostBody.length)}, words vanished ${sum((r) => r.vanished.length)}${sum((r) => r.details.expected) > 0 ? `; details right ${sum((r) => r.details.right)}/${sum((r) => r.details.expected)}` : ''}`,
  );
}
