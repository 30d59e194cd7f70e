// Finds Microsoft's name where a message claims it: exactly, or disguised by digits, look-alike
// letters, invisible characters or a one-letter misspelling.

import { MICROSOFT_CANONICAL_NAME } from "./data/microsoft";
import { brandSkeleton, editDistance } from "./domains";
import { quoteOriginal, type NormalizedText } from "./normalize";
import type { CompiledRules } from "./rules";

export interface BrandMention {
  brand: string;
  /** Exactly as written in the message. */
  text: string;
  start: number;
  end: number;
  /** Written with substitutions (digits, look-alike letters, invisible characters, misspelling). */
  disguised: boolean;
}

const LATIN_TOKEN = /[a-z0-9@$|]+/g;
const HAS_LETTER = /[a-z]/;

/** Microsoft's name written in disguise: "Micr0soft", "M1crosoft", "Microsfot", "Micro soft". */
function findDisguisedMicrosoft(normalized: NormalizedText, limit: number): BrandMention[] {
  const mentions: BrandMention[] = [];
  const tokens = [...normalized.text.matchAll(LATIN_TOKEN)].slice(0, 200_000);
  for (let index = 0; index < tokens.length && mentions.length < limit; index += 1) {
    const token = tokens[index] as RegExpExecArray;
    const next = tokens[index + 1];
    const candidates: Array<{ word: string; start: number; end: number }> = [
      { word: token[0], start: token.index, end: token.index + token[0].length },
    ];
    // "Micro soft": two words that only together spell the name.
    if (
      next &&
      next.index === token.index + token[0].length + 1 &&
      token[0].length >= 2 &&
      next[0].length >= 2 &&
      HAS_LETTER.test(token[0]) &&
      HAS_LETTER.test(next[0])
    ) {
      candidates.push({ word: token[0] + next[0], start: token.index, end: next.index + next[0].length });
    }
    for (const [position, candidate] of candidates.entries()) {
      if (candidate.word.length < 8 || candidate.word.length > 11) continue;
      // A single correctly spelt word is the plain brand name, found by the brand table instead.
      if (position === 0 && candidate.word === MICROSOFT_CANONICAL_NAME) break;
      const skeleton = brandSkeleton(candidate.word);
      // One letter swapped or dropped ("Microsfot", "Micosoft") counts only for a single word;
      // an added letter would also catch ordinary neighbours ("amicrosoft" from "a microsoft").
      const misspelt =
        position === 0 &&
        skeleton.length <= MICROSOFT_CANONICAL_NAME.length &&
        editDistance(skeleton, MICROSOFT_CANONICAL_NAME, 1) === 1;
      if (skeleton === MICROSOFT_CANONICAL_NAME || misspelt) {
        mentions.push({
          brand: MICROSOFT_CANONICAL_NAME,
          text: quoteOriginal(normalized, candidate.start, candidate.end),
          start: candidate.start,
          end: candidate.end,
          disguised: true,
        });
        break;
      }
    }
  }
  return mentions;
}

/** True when the original behind a match differs from plain text by more than case and width. */
function writtenInDisguise(normalized: NormalizedText, start: number, end: number): boolean {
  const original = quoteOriginal(normalized, start, end);
  const plain = original
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_]+/g, " ");
  return plain !== normalized.text.slice(start, end);
}

export function findBrandMentions(
  normalized: NormalizedText,
  rules: CompiledRules,
  limit = 50,
): BrandMention[] {
  const mentions: BrandMention[] = rules.brands.findAll(normalized.text, limit).map((hit) => ({
    brand: hit.value,
    text: quoteOriginal(normalized, hit.start, hit.end),
    start: hit.start,
    end: hit.end,
    disguised: writtenInDisguise(normalized, hit.start, hit.end),
  }));
  const all = mentions.concat(findDisguisedMicrosoft(normalized, limit));
  // One place in the text is one mention: "Microsoft account" wins over the "Microsoft" inside it.
  return all.filter(
    (mention) =>
      !all.some(
        (other) =>
          other !== mention &&
          other.start <= mention.start &&
          other.end >= mention.end &&
          other.end - other.start > mention.end - mention.start,
      ),
  );
}
