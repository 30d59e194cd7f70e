// Letters from other scripts that look like Latin letters, as used in "Місrоsоft" (Cyrillic і, с, о).
// Source: Unicode Technical Standard #39 confusables.txt (version 15.1, taken 2026-11-28), the
// single-letter Cyrillic, Greek and Armenian entries whose prototype is a lower-case Latin letter.
// Left out on purpose: digits ("0" for "o"), which are ordinary text and are handled only when a
// brand name is compared (see brands.ts), and multi-letter prototypes ("rn" for "m").

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // Cyrillic
  ["а", "a"],
  ["в", "b"],
  ["с", "c"],
  ["ԁ", "d"],
  ["е", "e"],
  ["һ", "h"],
  ["і", "i"],
  ["ј", "j"],
  ["к", "k"],
  ["ӏ", "l"],
  ["м", "m"],
  ["п", "n"],
  ["о", "o"],
  ["р", "p"],
  ["ԛ", "q"],
  ["г", "r"],
  ["ѕ", "s"],
  ["т", "t"],
  ["ц", "u"],
  ["ѵ", "v"],
  ["ԝ", "w"],
  ["х", "x"],
  ["у", "y"],
  ["ѡ", "w"],
  // Greek
  ["α", "a"],
  ["β", "b"],
  ["ϲ", "c"],
  ["ε", "e"],
  ["η", "n"],
  ["ι", "i"],
  ["κ", "k"],
  ["ν", "v"],
  ["ο", "o"],
  ["ρ", "p"],
  ["τ", "t"],
  ["υ", "u"],
  ["χ", "x"],
  ["γ", "y"],
  ["ω", "w"],
  // Armenian
  ["օ", "o"],
  ["ս", "u"],
  ["ց", "g"],
  ["հ", "h"],
  ["ո", "n"],
  // Latin letters with a hook or stroke that read as the plain letter
  ["ı", "i"],
  ["ɑ", "a"],
  ["ɡ", "g"],
  ["ꞁ", "l"],
];

export const CONFUSABLE_TO_LATIN: ReadonlyMap<string, string> = new Map(PAIRS);
