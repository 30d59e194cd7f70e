// Characters that render as nothing, used by scammers to split a brand name ("Micro<ZWSP>soft") so
// that filters miss it.
// Source: Unicode 15.1 DerivedCoreProperties "Default_Ignorable_Code_Point" (taken 2026-11-28),
// plus the soft hyphen and the Hangul fillers, which render blank in mail clients.
// Left out on purpose: ordinary spaces (folded to one space instead) and variation selectors
// used by emoji, which would lose no brand text.

const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul choseong/jungseong fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200f], // zero-width space, joiners, LRM/RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x206f], // bidi isolates, deprecated format characters
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0e], // variation selectors 1-15 (not the emoji selector FE0F)
  [0xfeff, 0xfeff], // zero-width no-break space / BOM
  [0xffa0, 0xffa0], // half-width Hangul filler
  [0x1d173, 0x1d17a], // musical symbol format characters
  [0xe0000, 0xe007f], // tag characters
];

export const INVISIBLE_CODE_POINTS: ReadonlySet<number> = new Set(
  RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, offset) => first + offset)),
);
