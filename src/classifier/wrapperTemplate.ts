// Whether an encryption wrapper that gives a number names Microsoft anywhere but in the template's
// own lines. An organisation's branded wrapper may give its desk's number; a copy that gives a
// number in Microsoft's name ("Microsoft Defender held this message: call …") may not. The
// template's lines are strict: short, about encryption or Microsoft's postal address, naming only
// the service and Microsoft, with no role but the banner's ("Support", "Team", "Hotline" make a
// line someone's), no phone number and no phrase of a story but the protected message's own.
// Anything else that names Microsoft, in the subject, the sender name or anywhere in the body
// (quoted history too), is the sender's. What this leaves: a line written to pass these tests
// ("Microsoft 365 encryption found a problem") beside a number; product words with no role
// ("Windows has detected…"). Such a copy still needs an authenticated sender, an .rpmsg file and
// no link but Microsoft's own portal.

import { assessClaim, LETTER } from "./claim";
import { ENCRYPTION_WRAPPER } from "./data/microsoft";
import { foldText } from "./normalize";
import type { PhraseHit } from "./phraseMatcher";
import type { BrandName, CompiledRules, LineWord } from "./rules";
import type { OriginAnswer } from "./types";
import type { ReaderView } from "./view";

const TEMPLATE_WORDS: readonly string[] = ENCRYPTION_WRAPPER.templateWords.map((words) => foldText(words));
const TEMPLATE_BRANDS: ReadonlySet<string> = new Set(
  ENCRYPTION_WRAPPER.templateBrands.map((name) => foldText(name)),
);
const BANNER_WORDS: ReadonlySet<string> = new Set(
  ENCRYPTION_WRAPPER.bannerWords.map((words) => foldText(words)),
);
const TEMPLATE_ROLES: ReadonlySet<string> = new Set(
  [...ENCRYPTION_WRAPPER.bannerWords, ...ENCRYPTION_WRAPPER.templateRoleWords].map((words) =>
    foldText(words),
  ),
);
/** Six digits or more in a run, separators allowed: a phone number, not a postcode or a year. */
const NUMBER_RUN = /\d(?:[\s().\-–ー]*\d){5,}/;

/** A folded line with the names and roles found in it, found once. */
interface LineWords {
  line: string;
  brands: ReadonlyArray<PhraseHit<BrandName>>;
  roles: ReadonlyArray<PhraseHit<LineWord>>;
}

function wordsOf(line: string, rules: CompiledRules): LineWords {
  return {
    line,
    brands: rules.brands.findAll(line, 20),
    roles: rules.lineWords.findAll(line, 50).filter((hit) => hit.value === "role"),
  };
}

/** Whether a role ("Support", "Team") stands right beside `brand`; a role inside a name ("365" in "Microsoft 365") does not. */
function besideRole(brand: PhraseHit<BrandName>, { line, brands, roles }: LineWords): boolean {
  return roles.some(
    (role) =>
      !BANNER_WORDS.has(line.slice(role.start, role.end)) &&
      !brands.some((hit) => role.start < hit.end && hit.start < role.end) &&
      ((role.start >= brand.end && role.start - brand.end <= 1) ||
        (brand.start >= role.end && brand.start - role.end <= 1)),
  );
}

/** A line of nothing but the service's or Microsoft's name ("Microsoft", a logo's alt text). */
function isNameOnly({ line, brands }: LineWords): boolean {
  if (brands.length === 0 || !brands.every((hit) => TEMPLATE_BRANDS.has(hit.value.name))) return false;
  let rest = line;
  for (const hit of [...brands].reverse()) rest = rest.slice(0, hit.start) + rest.slice(hit.end);
  return !LETTER.test(rest);
}

/** A line the template writes (see the top of this file). */
function isTemplateLine({ line, brands, roles }: LineWords, rules: CompiledRules): boolean {
  if (line.length > ENCRYPTION_WRAPPER.templateLineLength || NUMBER_RUN.test(line)) return false;
  if (!TEMPLATE_WORDS.some((words) => line.includes(words))) return false;
  const allowed = brands.filter((hit) => TEMPLATE_BRANDS.has(hit.value.name));
  const within = (start: number, end: number) => allowed.some((hit) => hit.start <= start && end <= hit.end);
  // "office" inside "Office 365", "365" inside "Microsoft 365": parts of an allowed name.
  if (!brands.every((hit) => within(hit.start, hit.end))) return false;
  if (!roles.every((hit) => within(hit.start, hit.end) || TEMPLATE_ROLES.has(line.slice(hit.start, hit.end))))
    return false;
  // The template's own story words ("保護されたメッセージ", a protected message) are its; no other story's.
  return rules.phrases
    .findAll(line, 20)
    .every((hit) => hit.value.type === "story" && hit.value.group.signal === "shared-document");
}

/** Whether the message gives a number that could be called, with or without a word asking to. */
export function givesNumber(view: ReaderView): boolean {
  // Folded too: full-width digits ("０１２０－５５５") and other hyphens read as the ASCII ones; an
  // underscore is no separator there ("Plans_2026_11_30.pdf" names a file, not a number).
  return [view.subject, view.displayName, view.body].some(
    (section) =>
      NUMBER_RUN.test(section.original) || NUMBER_RUN.test(foldText(section.original.replace(/_/g, "x"))),
  );
}

/**
 * Whether a line names Microsoft: a name that is Microsoft's wherever it stands or a service
 * ("Outlook"), or a product word next to a role ("Windows Support", not "call our office").
 */
function namesMicrosoft(words: LineWords): boolean {
  if (words.brands.length === 0 || isNameOnly(words)) return false;
  return words.brands.some((hit) => hit.value.kind !== "product-word" || besideRole(hit, words));
}

export function namesMicrosoftBeyondTemplate(
  view: ReaderView,
  origin: OriginAnswer,
  rules: CompiledRules,
): boolean {
  // The whole body, quoted history too: a copy may put its story below a "From:" line.
  const inText = [view.subject, view.displayName, view.body].some((section) =>
    section.original.split("\n").some((line) => {
      const words = wordsOf(foldText(line), rules);
      return namesMicrosoft(words) && !isTemplateLine(words, rules);
    }),
  );
  if (inText) return true;
  // What else the claim hears (a name in disguise, a look-alike domain, a logo's words…) is the sender's.
  return assessClaim(view, origin, rules).evidence.some((item) => {
    if (item.signal === "logo-colours") return false;
    const heardInLine = item.signal === "brand-in-heading" || item.signal === "brand-in-signature";
    if (!heardInLine && item.signal !== "brand-in-image") return true;
    const words = wordsOf(foldText(item.text), rules);
    return !isNameOnly(words) && !(heardInLine && isTemplateLine(words, rules));
  });
}
