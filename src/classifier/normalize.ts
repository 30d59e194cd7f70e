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

/** Where the host has one (browsers, Node.js; jsdom has not), a decoder is the fastest way back to a string. */
const UTF16 = typeof TextDecoder === "function" ? new TextDecoder("utf-16le") : undefined;

/** UTF-16 units to a string, in slices small enough for a call's argument list. */
function unitsToString(units: Uint16Array): string {
  if (UTF16) return UTF16.decode(units);
  let text = "";
  for (let offset = 0; offset < units.length; offset += 8192)
    text += String.fromCharCode(...units.subarray(offset, offset + 8192));
  return text;
}

/**
 * Folds `original` for matching. Linear in the input: one pass over its code points, ASCII without
 * a table lookup. Spaces next to a CJK character are dropped so that "マイクロソフト サポート" and
 * "マイクロソフトサポート" match the same table entry.
 */
export function normalizeText(original: string): NormalizedText {
  const length = original.length;
  // NFKC can expand one character into many (U+FDFA into 18), so the buffers grow.
  let capacity = length + 16;
  let units = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let outLength = 0;
  let pendingSpace = -1;
  let lastCodePoint = 0x20;
  let lastPieceLength = 0;

  const grow = (needed: number): void => {
    if (outLength + needed <= capacity) return;
    capacity = Math.max(capacity * 2, outLength + needed);
    const grownUnits = new Uint16Array(capacity);
    const grownStarts = new Int32Array(capacity);
    const grownEnds = new Int32Array(capacity);
    grownUnits.set(units);
    grownStarts.set(starts);
    grownEnds.set(ends);
    units = grownUnits;
    starts = grownStarts;
    ends = grownEnds;
  };
  const emitUnit = (unit: number, start: number, end: number): void => {
    grow(1);
    units[outLength] = unit;
    starts[outLength] = start;
    ends[outLength] = end;
    outLength += 1;
  };
  const flushSpace = (firstFolded: number): void => {
    if (pendingSpace < 0) return;
    if (!isCjk(lastCodePoint) && !isCjk(firstFolded)) emitUnit(0x20, pendingSpace, pendingSpace + 1);
    pendingSpace = -1;
  };

  let index = 0;
  while (index < length) {
    const unit = original.charCodeAt(index);
    const start = index;
    if (unit < 0x80) {
      index += 1;
      if (unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0x2d || unit === 0x5f) {
        if (pendingSpace < 0 && outLength > 0) pendingSpace = start;
        continue;
      }
      if (unit < 0x20 || unit === 0x7f) continue;
      const folded = unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
      flushSpace(folded);
      emitUnit(folded, start, index);
      lastCodePoint = folded;
      lastPieceLength = 1;
      continue;
    }
    const codePoint = original.codePointAt(index) ?? 0;
    index += codePoint > 0xffff ? 2 : 1;
    if (isInvisible(codePoint)) continue;
    if (isSpace(codePoint) || SEPARATOR_CODE_POINTS.has(codePoint)) {
      if (pendingSpace < 0 && outLength > 0) pendingSpace = start;
      continue;
    }
    if (COMBINING_VOICED_MARKS.has(codePoint) || codePoint === 0xff9e || codePoint === 0xff9f) {
      if (outLength > 0 && lastPieceLength === 1) {
        const mark =
          codePoint === 0xff9e ? "\u3099" : codePoint === 0xff9f ? "\u309a" : String.fromCodePoint(codePoint);
        const composed = (String.fromCharCode(units[outLength - 1] ?? 0) + mark).normalize("NFC");
        if (composed.length === 1) {
          units[outLength - 1] = composed.charCodeAt(0);
          ends[outLength - 1] = index;
          continue;
        }
      }
    }
    const folded = foldCodePoint(codePoint);
    if (folded.length === 0) continue;
    flushSpace(folded.codePointAt(0) ?? 0);
    grow(folded.length);
    for (let offset = 0; offset < folded.length; offset += 1)
      emitUnit(folded.charCodeAt(offset), start, index);
    lastCodePoint = folded.codePointAt(folded.length - 1) ?? 0;
    lastPieceLength = folded.length;
  }
  return {
    text: unitsToString(units.subarray(0, outLength)),
    starts: starts.subarray(0, outLength),
    ends: ends.subarray(0, outLength),
    original,
  };
}

/** The folded text of `normalized.original.slice(0, end)`, cut from it rather than folded again. */
export function truncateNormalized(normalized: NormalizedText, end: number): NormalizedText {
  if (end >= normalized.original.length) return normalized;
  let cut = 0;
  while (cut < normalized.starts.length && (normalized.ends[cut] ?? 0) <= end) cut += 1;
  // A space is folded in only before a following character: one the cut left behind goes.
  if (cut > 0 && normalized.text.charCodeAt(cut - 1) === 0x20) cut -= 1;
  return {
    text: normalized.text.slice(0, cut),
    starts: normalized.starts.subarray(0, cut),
    ends: normalized.ends.subarray(0, cut),
    original: normalized.original.slice(0, end),
  };
}

/** The original text behind folded positions [from, to). */
export function quoteOriginal(normalized: NormalizedText, from: number, to: number): string {
  if (to <= from) return "";
  const start = normalized.starts[from] ?? 0;
  const end = normalized.ends[to - 1] ?? start;
  return normalized.original.slice(start, end);
}

/**
 * Text that is already folded, so the table entries the pane folds at every start (most of them)
 * skip the per-character fold: lower-case Latin words (accented letters too, but not "æ", which
 * folds to "ae") with single spaces; or, with no space at all, Latin mixed with kana and unified
 * ideographs, which fold to themselves (a space beside them would be dropped). A test holds every
 * character of these classes to `normalizeText`.
 */
const FOLDED_LATIN = /^[a-z0-9'.&$@|:/à-åç-öø-ÿ]+(?: [a-z0-9'.&$@|:/à-åç-öø-ÿ]+)*$/;
const FOLDED_UNSPACED = /^[a-z0-9'.&$@|:/à-åç-öø-ÿ\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]+$/;

/** Folds a short string (a table entry, a display name) without keeping offsets. */
export function foldText(value: string): string {
  return FOLDED_LATIN.test(value) || FOLDED_UNSPACED.test(value) ? value : normalizeText(value).text;
}
