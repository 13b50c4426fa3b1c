// Builds src/lang/verbs_en.txt: English words that are verbs far more often than anything
// else, so a keyphrase never starts or ends on them ("Smoke rises", "Polls close").
//
// Source: wink-lexicon 2.2.0 (npm, MIT; its lexicon partly derived from the fnTBL lexicon,
// MIT-like licence), which lists each word's part-of-speech tags, most frequent first. Kept:
// lowercase words of 3+ letters whose most frequent tag is a base or finite verb (VB, VBD,
// VBZ, VBP); left out: -ed and -ing forms (participles describe: "proposed method"), words
// already on the hand-made lists of src/lang/english.rs, and "-s" forms of listed verbs
// (derived by rule), and base verbs whose "-s" form is mostly a plural noun. Reproduce:
//
//   npm pack wink-lexicon@2.2.0 && tar xzf wink-lexicon-2.2.0.tgz
//   node scripts/build_verbs.cjs package/src/lexicon.js > src/lang/verbs_en.txt
const fs = require('fs');
const path = require('path');
const lex = require(path.resolve(process.argv[2]));
const src = fs.readFileSync(path.join(__dirname, '..', 'src', 'lang', 'english.rs'), 'utf8');
const have = new Set();
for (const name of ['STOPWORDS', 'BREAKS', 'VERBS']) {
  const m = src.match(new RegExp(`const ${name}: &str = "\\\\\\n([\\s\\S]*?)";`));
  m[1].replace(/\\\n/g, '').split('\\n').forEach((w) => have.add(w));
}
const FINITE = ['VB', 'VBD', 'VBZ', 'VBP'];
// A base verb whose "-s" form is mostly a plural noun ("talk", "rule") is left out: the
// engine derives "-s" forms of listed verbs, and "climate talks" must stay a phrase.
const pluralNoun = (w) => [w + 's', w + 'es', w.replace(/y$/, 'ies')]
  .some((f) => f !== w && lex[f] && lex[f][0] === 'NNS');
const kept = new Set(
  Object.keys(lex).filter(
    (w) => /^[a-z]+$/.test(w) && w.length > 2 && FINITE.includes(lex[w][0])
      && !(w.endsWith('ed') && !w.endsWith('eed')) && !w.endsWith('ing') && !have.has(w)
      && !pluralNoun(w),
  ),
);
const verb = (w) => kept.has(w) || have.has(w);
const derived = (w) => w.endsWith('s')
  && (verb(w.slice(0, -1)) || (w.endsWith('ies') && verb(w.slice(0, -3) + 'y'))
    || (w.endsWith('es') && verb(w.slice(0, -2))));
process.stdout.write([...kept].filter((w) => !derived(w)).sort().join('\n'));
