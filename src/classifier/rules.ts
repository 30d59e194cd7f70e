// The rule tables `classify` runs with, compiled once into matchers. Tests may pass their own.

import { MICROSOFT_BRAND_NAMES } from "./data/microsoft";
import { PHRASE_GROUPS, type PhraseGroup } from "./data/phrases";
import { foldText } from "./normalize";
import { PhraseMatcher } from "./phraseMatcher";

export interface ClassifierRules {
  phraseGroups: readonly PhraseGroup[];
  /** Brand names that claim Microsoft in a display name or subject. */
  brandNames: readonly string[];
}

export const DEFAULT_RULES: ClassifierRules = {
  phraseGroups: PHRASE_GROUPS,
  brandNames: MICROSOFT_BRAND_NAMES,
};

export interface CompiledRules {
  phrases: PhraseMatcher<PhraseGroup>;
  brands: PhraseMatcher<string>;
}

const compiledCache = new WeakMap<ClassifierRules, CompiledRules>();

/** Table entries are folded like message text, so they may be written in any width or case. */
export function compileRules(rules: ClassifierRules): CompiledRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const compiled: CompiledRules = {
    phrases: new PhraseMatcher(
      rules.phraseGroups.flatMap((group) =>
        group.phrases.map((phrase) => [foldText(phrase), group] as const),
      ),
    ),
    brands: new PhraseMatcher(rules.brandNames.map((brand) => [foldText(brand), brand] as const)),
  };
  compiledCache.set(rules, compiled);
  return compiled;
}
