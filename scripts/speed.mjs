// Words per second of the built package (pkg/) in Node, over a shared dev set:
//   make pkg && node scripts/speed.mjs [../shared/eval/summaries-dev.jsonl]
// A measurement for reports, not a test: the figure depends on the machine and its load.
import { readFileSync } from 'node:fs';
import { analyze } from '../pkg/node.js';

const file = process.argv[2] ?? new URL('../../shared/eval/summaries-dev.jsonl', import.meta.url);
const docs = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line).text);
const words = docs.reduce((sum, text) => sum + analyze(text, { format: 'text' }).stats.words, 0);
let best = Infinity;
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  for (const text of docs) analyze(text, { format: 'text' });
  best = Math.min(best, performance.now() - start);
}
console.log(`${docs.length} docs, ${words} words: best of 5 ${best.toFixed(1)} ms, ` +
  `${(words / best / 1000).toFixed(2)} M words/s (wasm, Node ${process.version})`);
