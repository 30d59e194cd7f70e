// Whether an encryption wrapper that gives a number to call names Microsoft anywhere but in the
// template's own lines. An organisation's branded wrapper may give its desk's number; a copy that
// gives a number in Microsoft's name ("Microsoft Defender held this message: call …") may not. The
// template's lines are strict: short, about encryption or Microsoft's postal address, naming only
// the service and Microsoft, with no role beside a name ("Microsoft Support"), no phone number and
// no phrase of a story or an ask. Anything else that names Microsoft, anywhere, is the sender's.

import { assessClaim } from "./claim";
import { ENCRYPTION_WRAPPER } from "./data/microsoft";
import { foldText } from "./normalize";
import type { PhraseHit } from "./phraseMatcher";
import type { BrandName, CompiledRules } from "./rules";
import type { OriginAnswer } from "./types";
import type { ReaderView } from "./view";

const TEMPLATE_WORDS: readonly string[] = ENCRYPTION_WRAPPER.templateWords.map((words) => foldText(words));
const TEMPLATE_BRANDS: ReadonlySet<string> = new Set(
  ENCRYPTION_WRAPPER.templateBrands.map((name) => foldText(name)),
);
const BANNER_WORDS: ReadonlySet<string> = new Set(
  ENCRYPTION_WRAPPER.bannerWords.map((words) => foldText(words)),
);
/** Six digits or more in a run, separators allowed: a phone number, not a postcode or a year. */
const NUMBER_RUN = /\d(?:[\s().\-–]*\d){5,}/;
const LETTER = /\p{L}/u;

/** Whether a role ("Support", "Team") stands right beside `brand`; a role inside a name ("365" in "Microsoft 365") does not. */
function besideRole(brand: PhraseHit<BrandName>, line: string, rules: CompiledRules): boolean {
  const brands = rules.brands.findAll(line, 20);
  return rules.lineWords
    .findAll(line, 50)
    .some(
      (role) =>
        role.value === "role" &&
        !BANNER_WORDS.has(line.slice(role.start, role.end)) &&
        !brands.some((hit) => role.start < hit.end && hit.start < role.end) &&
        ((role.start >= brand.end && role.start - brand.end <= 1) ||
          (brand.start >= role.end && brand.start - role.end <= 1)),
    );
}

/** A line of nothing but the service's or Microsoft's name ("Microsoft", a logo's alt text). */
function isNameOnly(line: string, brands: ReadonlyArray<PhraseHit<BrandName>>): boolean {
  if (brands.length === 0 || !brands.every((hit) => TEMPLATE_BRANDS.has(hit.value.name))) return false;
  let rest = line;
  for (const hit of [...brands].reverse()) rest = rest.slice(0, hit.start) + rest.slice(hit.end);
  return !LETTER.test(rest);
}

/** A folded line the template writes (see the top of this file). */
export function isTemplateLine(line: string, rules: CompiledRules): boolean {
  if (line.length > ENCRYPTION_WRAPPER.templateLineLength || NUMBER_RUN.test(line)) return false;
  if (!TEMPLATE_WORDS.some((words) => line.includes(words))) return false;
  const brands = rules.brands.findAll(line, 20);
  return (
    brands.every((hit) => TEMPLATE_BRANDS.has(hit.value.name) && !besideRole(hit, line, rules)) &&
    rules.phrases.findAll(line, 1).length === 0
  );
}

/**
 * Whether a folded line names Microsoft: a name that is Microsoft's wherever it stands or a service
 * ("Outlook"), or a product word next to a role ("Windows Support", not "call our office").
 */
function namesMicrosoft(line: string, rules: CompiledRules): boolean {
  const brands = rules.brands.findAll(line, 20);
  if (brands.length === 0 || isNameOnly(line, brands)) return false;
  return brands.some((hit) => hit.value.kind !== "product-word" || besideRole(hit, line, rules));
}

export function namesMicrosoftBeyondTemplate(
  view: ReaderView,
  origin: OriginAnswer,
  rules: CompiledRules,
): boolean {
  const inText = [view.subject, view.displayName, view.newText].some((section) =>
    section.original.split("\n").some((line) => {
      const folded = foldText(line);
      return namesMicrosoft(folded, rules) && !isTemplateLine(folded, rules);
    }),
  );
  if (inText) return true;
  // What else the claim hears (a name in disguise, a look-alike domain, a logo's words…) is the sender's.
  return assessClaim(view, origin, rules).evidence.some((item) => {
    const text = foldText(item.text);
    switch (item.signal) {
      case "brand-in-heading":
      case "brand-in-signature":
        return !isTemplateLine(text, rules) && !isNameOnly(text, rules.brands.findAll(text, 20));
      case "brand-in-image":
        return !isNameOnly(text, rules.brands.findAll(text, 20));
      case "logo-colours":
        return false;
      default:
        return true;
    }
  });
}
