// The rule tables `classify` runs with, compiled once into matchers. Tests may pass their own, as
// tldts injects its suffix data into a pure core.

import { ASK_GROUPS, CALL_WORDS, WRITE_WORDS, type AskGroup } from "./data/asks";
import {
  ACCOUNT_NOUNS,
  BRAND_GROUPS,
  CORPORATE_WORDS,
  NEUTRAL_WORDS,
  POSSESSIVES,
  ROLE_WORDS,
  type BrandGroup,
} from "./data/brands";
import { INTERNATIONAL_ASKS, INTERNATIONAL_CALL_WORDS, INTERNATIONAL_STORIES } from "./data/international";
import { PATTERNS, URGENCY, type PatternRow, type StoryGroup } from "./data/patterns";
import { foldText } from "./normalize";
import { PhraseMatcher } from "./phraseMatcher";
import type { PatternId } from "./types";

export interface ClassifierRules {
  patterns: readonly PatternRow[];
  urgency: readonly StoryGroup[];
  asks: readonly AskGroup[];
  brands: readonly BrandGroup[];
  roleWords: readonly string[];
  neutralWords: readonly string[];
  corporateWords: readonly string[];
  accountNouns: readonly string[];
  possessives: readonly string[];
  callWords: readonly string[];
  writeWords: readonly string[];
}

/** Each pattern row with its stories in every language the tables are written in. */
const PATTERNS_IN_ALL_LANGUAGES: readonly PatternRow[] = PATTERNS.map((row) => ({
  ...row,
  story: [...row.story, ...INTERNATIONAL_STORIES.filter((group) => group.pattern === row.id)],
}));

export const DEFAULT_RULES: ClassifierRules = {
  patterns: PATTERNS_IN_ALL_LANGUAGES,
  urgency: URGENCY,
  asks: [...ASK_GROUPS, ...INTERNATIONAL_ASKS],
  brands: BRAND_GROUPS,
  roleWords: ROLE_WORDS,
  neutralWords: NEUTRAL_WORDS,
  corporateWords: CORPORATE_WORDS,
  accountNouns: ACCOUNT_NOUNS,
  possessives: POSSESSIVES,
  callWords: [...CALL_WORDS, ...INTERNATIONAL_CALL_WORDS],
  writeWords: WRITE_WORDS,
};

/** What a phrase hit means: part of a story (or pressure), or something the message asks. */
export type PhraseMeaning = (
  { type: "story"; pattern: PatternId | undefined; group: StoryGroup } | { type: "ask"; group: AskGroup }
) & {
  /** The second part of two-part phrases ("支払い…できませんでした"): the first parts it may follow, folded (see PAIR_GAP). */
  after?: readonly string[];
};

export interface BrandName {
  name: string;
  kind: BrandGroup["kind"];
}

export type LineWord = "role" | "neutral" | "corporate" | "account-noun" | "possessive";

export interface CompiledRules {
  rules: ClassifierRules;
  phrases: PhraseMatcher<PhraseMeaning>;
  brands: PhraseMatcher<BrandName>;
  lineWords: PhraseMatcher<LineWord>;
  callWords: PhraseMatcher<true>;
  writeWords: PhraseMatcher<true>;
}

const compiledCache = new WeakMap<ClassifierRules, CompiledRules>();

function entries<T>(phrases: readonly string[], value: T): Array<readonly [string, T]> {
  return phrases.map((phrase) => [foldText(phrase), value] as const);
}

/**
 * A phrase written in two parts, "支払い…できませんでした", is found where its second part starts
 * at most this many characters after the first ends, in the same sentence: Japanese puts particles
 * and objects between a noun and its verb ("お支払い方法を確認できませんでした").
 */
export const PAIR_GAP = 16;
/**
 * A group's entries. A two-part phrase enters only its second part, once however many first parts
 * it may follow; the first part is looked for before it where the second is found, so a first part
 * repeated in a message costs nothing.
 */
function meaningEntries(
  phrases: readonly string[],
  value: PhraseMeaning,
): Array<readonly [string, PhraseMeaning]> {
  const entries: Array<readonly [string, PhraseMeaning]> = [];
  const seconds = new Map<string, string[]>();
  for (const phrase of phrases) {
    const parts = phrase.split("…").map(foldText);
    const [first = "", second = ""] = parts;
    if (parts.length !== 2) {
      entries.push([foldText(phrase), value]);
      continue;
    }
    let after = seconds.get(second);
    if (!after) {
      seconds.set(second, (after = []));
      entries.push([second, { ...value, after }]);
    }
    after.push(first);
  }
  return entries;
}

/** Table entries are folded like message text, so they may be written in any width or case. */
export function compileRules(rules: ClassifierRules): CompiledRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const phraseEntries: Array<readonly [string, PhraseMeaning]> = [
    ...rules.patterns.flatMap((row) =>
      row.story.flatMap((group) => meaningEntries(group.phrases, { type: "story", pattern: row.id, group })),
    ),
    ...rules.urgency.flatMap((group) =>
      meaningEntries(group.phrases, { type: "story", pattern: undefined, group }),
    ),
    ...rules.asks.flatMap((group) => meaningEntries(group.phrases, { type: "ask", group })),
  ];
  const compiled: CompiledRules = {
    rules,
    phrases: new PhraseMatcher(phraseEntries),
    brands: new PhraseMatcher(
      rules.brands.flatMap((group) =>
        group.names.map((name) => [foldText(name), { name: foldText(name), kind: group.kind }] as const),
      ),
    ),
    lineWords: new PhraseMatcher<LineWord>([
      ...entries<LineWord>(rules.roleWords, "role"),
      ...entries<LineWord>(rules.neutralWords, "neutral"),
      ...entries<LineWord>(rules.corporateWords, "corporate"),
      ...entries<LineWord>(rules.accountNouns, "account-noun"),
      ...entries<LineWord>(rules.possessives, "possessive"),
    ]),
    callWords: new PhraseMatcher(entries(rules.callWords, true as const)),
    writeWords: new PhraseMatcher(entries(rules.writeWords, true as const)),
  };
  compiledCache.set(rules, compiled);
  return compiled;
}
