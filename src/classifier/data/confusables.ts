// Characters that look like Latin letters, as used in "Місrоsоft" (Cyrillic і, с, о), folded to the
// letters they imitate. Source: Unicode's confusables data (UTS #39, kind "standard"), generated into
// confusables.json by scripts/confusables.js; see there for what is kept and left out.
// Digits and symbols used as letters ("Micr0soft", "M1crosoft") are leetspeak, not confusables:
// LEET_TO_LETTER, applied only when a word is compared with a brand name.

import table from "./confusables.json";

export const CONFUSABLE_TO_LATIN: ReadonlyMap<string, string> = new Map(Object.entries(table));

/** Digits and symbols scam mail writes in place of letters (source: scam-language). */
export const LEET_TO_LETTER: ReadonlyMap<string, string> = new Map([
  ["0", "o"],
  ["1", "i"],
  ["3", "e"],
  ["4", "a"],
  ["5", "s"],
  ["7", "t"],
  ["@", "a"],
  ["$", "s"],
  ["|", "l"],
]);
