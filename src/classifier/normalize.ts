// Folds text into one comparable form (NFKC, lower case, no invisible characters, look-alike
// letters mapped to Latin, one space between words) while remembering where each folded
// character came from, so evidence can quote the message exactly.

import { CONFUSABLE_TO_LATIN } from "./data/confusables";

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original where its source character starts. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, the index in the original just after its source character. */
  ends: Int32Array;
  /** The original text, for quoting. */
  original: string;
}

/**
 * Characters that render as nothing (zero-width spaces, joiners, bidi controls, variation selectors
 * U+FE00-FE0F and U+E0100-E01EF, tag characters U+E0000-E007F, the soft hyphen, Hangul fillers):
 * Unicode's Default_Ignorable_Code_Point property, which the JavaScript engine carries (kind
 * "standard"). Scam mail puts them inside brand names so that filters miss them.
 */
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const ignorableCache = new Map<number, boolean>();

export function isInvisible(codePoint: number): boolean {
  if (codePoint < 0xad) return false;
  let invisible = ignorableCache.get(codePoint);
  if (invisible === undefined) {
    invisible = DEFAULT_IGNORABLE.test(String.fromCodePoint(codePoint));
    if (ignorableCache.size < 65536) ignorableCache.set(codePoint, invisible);
  }
  return invisible;
}

const COMBINING_VOICED_MARKS = new Set([0x3099, 0x309a]);
/** Separators that writers use interchangeably with a space ("sign-in", "Microsoft_account_team"). */
const SEPARATOR_CODE_POINTS = new Set([
  0x2d, 0x5f, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30fb,
]);

function isSpace(codePoint: number): boolean {
  return (
    codePoint === 0x20 ||
    (codePoint >= 0x09 && codePoint <= 0x0d) ||
    codePoint === 0xa0 ||
    codePoint === 0x3000 ||
    (codePoint >= 0x2000 && codePoint <= 0x200a) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029 ||
    codePoint === 0x202f ||
    codePoint === 0x205f
  );
}

/** Kana, CJK ideographs and full-width forms: scripts written without spaces between words. */
export function isCjk(codePoint: number): boolean {
  return (
    (codePoint >= 0x3040 && codePoint <= 0x30ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x9fff) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xff66 && codePoint <= 0xff9f) ||
    (codePoint >= 0x3000 && codePoint <= 0x303f)
  );
}

const foldCache = new Map<number, string>();

/** NFKC + lower case + look-alike folding of one code point, cached: mail repeats few characters. */
function foldCodePoint(codePoint: number): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let folded = String.fromCodePoint(codePoint).normalize("NFKC").toLowerCase();
  let mapped = "";
  for (const character of folded) mapped += CONFUSABLE_TO_LATIN.get(character) ?? character;
  folded = mapped;
  if (foldCache.size < 65536) foldCache.set(codePoint, folded);
  return folded;
}

/**
 * Folds `original` for matching. Linear in the input: one pass over its code points. Spaces next
 * to a CJK character are dropped so that "マイクロソフト サポート" and "マイクロソフトサポート" match
 * the same table entry.
 */
export function normalizeText(original: string): NormalizedText {
  const length = original.length;
  const out: string[] = [];
  // NFKC can expand one character into many (U+FDFA into 18), so the offset arrays grow.
  let starts = new Int32Array(length + 16);
  let ends = new Int32Array(length + 16);
  let outLength = 0;
  let pendingSpace = -1;
  let lastCodePoint = 0x20;

  const emit = (piece: string, start: number, end: number): void => {
    if (outLength + piece.length > starts.length) {
      const capacity = Math.max(starts.length * 2, outLength + piece.length);
      const grownStarts = new Int32Array(capacity);
      const grownEnds = new Int32Array(capacity);
      grownStarts.set(starts);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts[outLength] = start;
      ends[outLength] = end;
      outLength += 1;
    }
    out.push(piece);
  };

  let index = 0;
  while (index < length) {
    const codePoint = original.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const start = index;
    index += width;
    if (isInvisible(codePoint)) continue;
    if (isSpace(codePoint) || SEPARATOR_CODE_POINTS.has(codePoint)) {
      if (pendingSpace < 0 && outLength > 0) pendingSpace = start;
      continue;
    }
    if (COMBINING_VOICED_MARKS.has(codePoint) || codePoint === 0xff9e || codePoint === 0xff9f) {
      const previous = out[out.length - 1];
      if (previous !== undefined && previous.length === 1) {
        const mark =
          codePoint === 0xff9e ? "\u3099" : codePoint === 0xff9f ? "\u309a" : String.fromCodePoint(codePoint);
        const composed = (previous + mark).normalize("NFC");
        if (composed.length === 1) {
          out[out.length - 1] = composed;
          ends[outLength - 1] = index;
          continue;
        }
      }
    }
    const folded = foldCodePoint(codePoint);
    if (folded.length === 0) continue;
    const firstFolded = folded.codePointAt(0) ?? 0;
    if (pendingSpace >= 0) {
      if (!isCjk(lastCodePoint) && !isCjk(firstFolded)) emit(" ", pendingSpace, pendingSpace + 1);
      pendingSpace = -1;
    }
    emit(folded, start, index);
    lastCodePoint = folded.codePointAt(folded.length - 1) ?? 0;
  }
  return {
    text: out.join(""),
    starts: starts.subarray(0, outLength),
    ends: ends.subarray(0, outLength),
    original,
  };
}

/** The original text behind folded positions [from, to). */
export function quoteOriginal(normalized: NormalizedText, from: number, to: number): string {
  if (to <= from) return "";
  const start = normalized.starts[from] ?? 0;
  const end = normalized.ends[to - 1] ?? start;
  return normalized.original.slice(start, end);
}

/** Folds a short string (a table entry, a display name) without keeping offsets. */
export function foldText(value: string): string {
  return normalizeText(value).text;
}
