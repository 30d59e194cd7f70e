// Question 1: does the message speak as Microsoft? Only what the reader sees counts: the sender
// name, a heading or logo at the top, a signature or footer line that names a Microsoft team, the
// reader's "Microsoft account", the subject, a sender address dressed up as Microsoft's, and
// Microsoft's name in disguise. A brand merely mentioned in a sentence ("Microsoft patched a flaw")
// is talk about Microsoft, not Microsoft talking.

import {
  LOGO_FILE_NAME,
  MICROSOFT_CANONICAL_NAME,
  MICROSOFT_CARRIER_SENDERS,
  MICROSOFT_LOGO_COLOURS,
} from "./data/microsoft";
import { brandSkeleton, editDistance, findLookalikeDomain, isMicrosoftSendingDomain } from "./domains";
import { pushEvidence } from "./evidence";
import { decodeUrlPart } from "./links";
import { foldText, isCjk, quoteOriginal, type NormalizedText } from "./normalize";
import type { PhraseHit } from "./phraseMatcher";
import type { BrandName, CompiledRules, LineWord } from "./rules";
import type { ReaderView } from "./view";
import type {
  AskKind,
  ClaimAnswer,
  ClaimSignal,
  PatternMatch,
  ClaimStrength,
  Evidence,
  EvidenceLocation,
  OriginAnswer,
} from "./types";

export interface BrandMention {
  brand: string;
  /** Exactly as written in the message. */
  text: string;
  start: number;
  end: number;
  /** Written with look-alike letters, digits, hidden characters or a misspelling. */
  disguised: boolean;
}

const LATIN_TOKEN = /[a-z0-9@$|]+/g;
const HAS_LETTER = /[a-z]/;
/** A letter of any script. */
export const LETTER = /\p{L}/u;
/** Longest line read as a heading, signature or sender line. */
const MAX_LINE = 120;

/** Latin words looked at for a disguised name; a body has this many near its top, where brands are. */
const MAX_DISGUISE_TOKENS = 200_000;

/** Microsoft's name written in disguise: "Micr0soft", "M1crosoft", "Microsfot", "Micro soft". */
function findDisguisedMicrosoft(normalized: NormalizedText, limit: number): BrandMention[] {
  const mentions: BrandMention[] = [];
  // Each token is looked at with the one after it, as the iterator gives them: no list of every
  // token of a long body is built.
  const tokens = normalized.text.matchAll(LATIN_TOKEN);
  let next = tokens.next().value;
  for (let read = 0; next && read < MAX_DISGUISE_TOKENS && mentions.length < limit; read += 1) {
    const token: RegExpExecArray = next;
    next = tokens.next().value;
    // Every disguise of the name starts as it does: "m", or "rn" read as "m".
    const initial = token[0].charCodeAt(0);
    if (initial !== 0x6d && initial !== 0x72) continue;
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

/** True when the original behind a match differs from plain text by more than case, width and spacing. */
function writtenInDisguise(normalized: NormalizedText, start: number, end: number): boolean {
  const original = quoteOriginal(normalized, start, end);
  const plain = original
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_\u30fb]+/g, " ")
    .replace(/ ?([\u3000-\u30ff\u3400-\u9fff]) ?/gu, "$1");
  return plain !== normalized.text.slice(start, end);
}

export function findBrandMentions(
  normalized: NormalizedText,
  rules: CompiledRules,
  limit = 50,
): BrandMention[] {
  const mentions: BrandMention[] = rules.brands.findAll(normalized.text, limit).map((hit) => ({
    brand: hit.value.name,
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

const COPYRIGHT = /©|\(c\)/;
/** After a brand at the start of a heading: "Microsoft account: …", "Microsoft 365 – …". */
const HEADING_SEPARATOR = /^\s*[:：|｜\-–—]/;

export interface BrandLineOptions {
  /** Brand names that do not count (a carrying service's own name). */
  ignored?: readonly string[];
  /** A sign-off needs a role or the company form beside the brand: a bare "Microsoft" line lists a topic. */
  signature?: boolean;
}

/**
 * Whether a folded line names a Microsoft sender and nothing else: a brand plus role, corporate
 * and neutral words ("microsoft account team", "© 2026 microsoft corporation", "windows
 * サポートセンター"). A product word ("windows", "office", "teams") needs a role word beside it:
 * "Office: 03-1234-5678" names nobody. Returns the brand, or undefined.
 */
export function brandLine(
  line: string,
  rules: CompiledRules,
  options: BrandLineOptions = {},
): string | undefined {
  const text = line.trim();
  if (!text || text.length > MAX_LINE) return undefined;
  const ignored = options.ignored ?? [];
  const brands = rules.brands.findAll(text, 20).filter((hit) => !ignored.includes(hit.value.name));
  if (brands.length === 0) return undefined;
  const words: Array<PhraseHit<BrandName | LineWord>> = [...brands, ...rules.lineWords.findAll(text, 50)];
  const covered = new Uint8Array(text.length);
  for (const hit of words) covered.fill(1, hit.start, hit.end);
  // "(c) 2026" is a copyright mark, as "©" is, not a word; "(c) Windows" in a list is an item.
  for (const mark of text.matchAll(/\(c\)(?=\s?\d{4}\b)/gi))
    covered.fill(1, mark.index, mark.index + mark[0].length);
  for (let index = 0; index < text.length; index += 1) {
    if (!covered[index] && LETTER.test(text.charAt(index))) return undefined;
  }
  const unambiguous = brands.some((hit) => hit.value.kind !== "product-word");
  const apart = (hit: PhraseHit<unknown>): boolean =>
    !brands.some((brand) => hit.start < brand.end && brand.start < hit.end);
  const roles = words.some((hit) => (hit.value === "role" || hit.value === "account-noun") && apart(hit));
  const corporate = words.some((hit) => hit.value === "corporate") || COPYRIGHT.test(text);
  if (options.signature && !roles && !corporate) return undefined;
  if (!unambiguous && !roles && !corporate && brands.length < 2) return undefined;
  return brands[0]?.value.name;
}

/** A heading that opens with a Microsoft name and a separator: "Microsoft account: verify your identity". */
export function brandHeading(line: string, rules: CompiledRules): string | undefined {
  const text = line.trim();
  const first = rules.brands.findAll(text.slice(0, 40), 3)[0];
  if (!first || first.start !== 0 || first.value.kind === "product-word") return undefined;
  return HEADING_SEPARATOR.test(text.slice(first.end)) ? first.value.name : undefined;
}

/** A sender name made of a product word and a role ("Windows Anniversary Team", "Office Support"). */
function productWordSender(name: string, rules: CompiledRules, ignored: readonly string[]): boolean {
  const brands = rules.brands.findAll(name, 10).filter((hit) => !ignored.includes(hit.value.name));
  if (brands.length === 0) return false;
  // "Office of the Registrar" names a department, not Microsoft Office.
  if (brands.every((hit) => /^\s*of\b/.test(name.slice(hit.end)))) return false;
  return rules.lineWords
    .findAll(name, 20)
    .some(
      (hit) =>
        hit.value === "role" && !brands.some((brand) => hit.start < brand.end && brand.start < hit.end),
    );
}

/** The file name at the end of an image address ("https://x/img/office365-logo.png" → "office365-logo.png"). */
function fileName(src: string): string {
  const path = src.split(/[?#]/)[0] ?? "";
  return decodeUrlPart(path.slice(path.lastIndexOf("/") + 1)).slice(0, 120);
}

/** How a brand name found in a text counts (see data/brands.ts). */
function kindOf(brand: string, rules: CompiledRules): BrandName["kind"] | undefined {
  return rules.brands.findAll(brand, 1)[0]?.value.kind;
}

/** Characters around a brand searched for "your" before it and "account" after it. */
const ACCOUNT_WINDOW = 16;

/** "your Microsoft account", "お客様の Microsoft アカウント", "Microsoft 365 サブスクリプション". */
function findAccountReferences(
  normalized: NormalizedText,
  brands: ReadonlyArray<PhraseHit<BrandName>>,
  rules: CompiledRules,
): Evidence[] {
  const found: Evidence[] = [];
  const text = normalized.text;
  for (const brand of brands) {
    const from = Math.max(0, brand.start - ACCOUNT_WINDOW);
    const words = rules.lineWords.findAll(text.slice(from, brand.end + ACCOUNT_WINDOW), 20);
    const noun = words.find(
      (hit) =>
        hit.value === "account-noun" && hit.start + from >= brand.end && hit.start + from <= brand.end + 1,
    );
    if (!noun) continue;
    const possessive = words.find(
      (hit) =>
        hit.value === "possessive" && hit.end + from <= brand.start && hit.end + from >= brand.start - 1,
    );
    if (!possessive && !isCjk(text.charCodeAt(noun.start + from))) continue;
    const start = possessive ? possessive.start + from : brand.start;
    pushEvidence(found, {
      signal: "account-reference",
      text: quoteOriginal(normalized, start, noun.end + from),
      location: "body",
    });
    if (found.length >= 3) break;
  }
  return found;
}

/**
 * The lines of the new text that hold a brand name, read whole (folding turns line breaks into
 * spaces, so each line is folded on its own). Only those lines can be a heading or a sign-off:
 * found from one brand search over the whole text rather than a fold per line.
 */
function linesWithBrand(
  text: NormalizedText,
  brands: ReadonlyArray<PhraseHit<BrandName>>,
): Array<{ line: string; first: boolean }> {
  const original = text.original;
  const firstLineStart = original.search(/\S/);
  const seen = new Set<number>();
  const lines: Array<{ line: string; first: boolean }> = [];
  for (const hit of brands) {
    const offset = text.starts[hit.start] ?? 0;
    const lineStart = original.lastIndexOf("\n", offset) + 1;
    if (seen.has(lineStart)) continue;
    seen.add(lineStart);
    const lineEnd = original.indexOf("\n", offset);
    const line = original.slice(lineStart, lineEnd < 0 ? original.length : lineEnd).trim();
    if (line.length > MAX_LINE * 2) continue;
    lines.push({
      line,
      first: firstLineStart >= lineStart && original.slice(lineStart, firstLineStart).trim() === "",
    });
  }
  return lines;
}

const STRENGTH_RANK: Record<ClaimStrength, number> = { none: 0, weak: 1, medium: 2, strong: 3 };

const STRENGTH_OF: Record<ClaimSignal, ClaimStrength> = {
  "brand-in-display-name": "strong",
  "brand-in-heading": "strong",
  "brand-in-image": "strong",
  "logo-colours": "strong",
  "brand-in-signature": "strong",
  "disguised-brand": "strong",
  "lookalike-sender-domain": "strong",
  "microsoft-address-unverified": "strong",
  "account-reference": "medium",
  "brand-in-story": "medium",
  "brand-in-subject": "weak",
};

/** Brand mentions looked at for heading and sign-off lines. */
const MAX_CLAIM_LINES = 200;

export function assessClaim(view: ReaderView, origin: OriginAnswer, rules: CompiledRules): ClaimAnswer {
  const bodyBrands = rules.brands.findAll(view.newText.text, MAX_CLAIM_LINES);
  const evidence: Evidence[] = [];
  const add = (signal: ClaimSignal, text: string, location: EvidenceLocation, detail?: string): void =>
    pushEvidence(evidence, { signal, text, location, detail });
  // A Microsoft service's own name and template (logo, footer) carry no claim of its customer's.
  const carrierNames =
    MICROSOFT_CARRIER_SENDERS.find((entry) => entry.carrier === origin.carrier)?.names ?? [];
  const templateTrusted = origin.carrier !== undefined || origin.deliveryReport;

  // The sender name.
  const name = view.displayName;
  const nameMentions = findBrandMentions(name, rules).filter(
    (mention) => !carrierNames.includes(mention.brand),
  );
  const namedBrand =
    nameMentions.find((mention) => kindOf(mention.brand, rules) !== "product-word") ??
    (productWordSender(name.text, rules, carrierNames) ? nameMentions[0] : undefined);
  if (namedBrand) add("brand-in-display-name", name.original.trim(), "from-name", origin.sender.fromAddress);
  for (const mention of nameMentions.filter((item) => item.disguised))
    add("disguised-brand", mention.text, "from-name", mention.brand);

  // The subject: a Microsoft name (not a product word: "your Windows PC"), or one in disguise.
  for (const mention of findBrandMentions(view.subject, rules)) {
    if (mention.disguised) add("disguised-brand", mention.text, "subject", mention.brand);
    else if (kindOf(mention.brand, rules) !== "product-word")
      add("brand-in-subject", mention.text, "subject");
  }

  // The body the reader wrote anew (not quoted history): heading, logo, signature, account, disguise.
  if (!templateTrusted) {
    for (const { line, first } of linesWithBrand(view.newText, bodyBrands)) {
      const folded = foldText(line);
      if (first && (brandLine(folded, rules) || brandHeading(folded, rules)))
        add("brand-in-heading", line, "heading");
      else if (!first && brandLine(folded, rules, { signature: true }))
        add("brand-in-signature", line, "signature");
    }
    for (const heading of view.topHeadings) {
      const folded = foldText(heading);
      if (brandLine(folded, rules) || brandHeading(folded, rules))
        add("brand-in-heading", heading, "heading");
    }
    for (const image of view.images) {
      if (!image.top) continue;
      const folded = foldText(image.alt);
      if (image.alt && (brandLine(folded, rules) || brandHeading(folded, rules)))
        add("brand-in-image", image.alt, "image");
      else if (LOGO_FILE_NAME.test(fileName(image.src))) add("brand-in-image", fileName(image.src), "image");
    }
    const logoColours = MICROSOFT_LOGO_COLOURS.filter((colour) => view.topColours.includes(colour));
    if (logoColours.length >= 3) add("logo-colours", logoColours.join(" "), "image");
  }
  for (const reference of [
    ...findAccountReferences(view.newText, bodyBrands, rules),
    ...findAccountReferences(view.subject, rules.brands.findAll(view.subject.text, 10), rules),
  ])
    pushEvidence(evidence, reference);
  for (const mention of findBrandMentions(view.newText, rules)
    .filter((item) => item.disguised)
    .slice(0, 3))
    add("disguised-brand", mention.text, "body", mention.brand);

  // The sender address.
  const sender = origin.sender;
  const lookalike = sender.fromDomain ? findLookalikeDomain(sender.fromDomain) : undefined;
  if (lookalike) add("lookalike-sender-domain", lookalike.displayed, "from-address", lookalike.brand);
  if (isMicrosoftSendingDomain(sender.fromDomain) && !origin.sentByMicrosoft && sender.authentication.present)
    add("microsoft-address-unverified", sender.fromAddress, "from-address");

  const strength = strengthOf(evidence);
  // An organisation's own IT staff writing about "your Microsoft 365 account" speaks for the
  // organisation, not as Microsoft.
  const speaksAsMicrosoft = strength === "strong" || (strength === "medium" && !origin.ownOrganisation);
  return { speaksAsMicrosoft, strength, evidence };
}

/**
 * Asks that end a story and that newsletters about Microsoft do not make: they link, name
 * remote-access tools and give their own addresses, but do not ask you to call, pay or reply.
 */
const STORY_ASKS: ReadonlySet<AskKind> = new Set(["call", "pay", "reply", "qr", "attachment"]);

function strengthOf(evidence: readonly Evidence[], ignored?: ClaimSignal): ClaimStrength {
  let strength: ClaimStrength = "none";
  for (const item of evidence) {
    if (item.signal === ignored) continue;
    const itemStrength = STRENGTH_OF[item.signal as ClaimSignal];
    if (STRENGTH_RANK[itemStrength] > STRENGTH_RANK[strength]) strength = itemStrength;
  }
  return strength;
}

/**
 * The claim, settled with the story the message tells (stories.ts reads the message after this
 * module):
 * - "your Microsoft account" speaks as the one who runs it only where the message tells a story
 *   about that account (a threat, a bill, a support call, a prize); in a colleague's note ("never
 *   share your Microsoft 365 password") or a newsletter on a security update it is talk about
 *   Microsoft.
 * - A Microsoft name in the text of a message that tells a whole scam story, with an ask that ends
 *   it ("your winnings, verified by the Microsoft Payout Unit… pay the release fee"), tells the story
 *   in Microsoft's name. Medium: it speaks as Microsoft unless the reader's own organisation wrote it.
 */
/** A tag that opens a subject, as Japanese companies brand their mail: 【ひかりワンネット】, [Acme]. */
const SUBJECT_TAG = /^\s*[【[［]([^】\]］]{2,30})[】\]］]/;

/**
 * The subject's opening tag names the sender's display name, and neither names Microsoft: the message
 * speaks as that company ("【ひかりワンネット】…" from "ひかりワンネット カスタマーセンター"), and a
 * Microsoft product in its text is something it sells or bills, not the teller of its story.
 */
function namesItsOwnSender(view: ReaderView, rules: CompiledRules): boolean {
  const tag = foldText(SUBJECT_TAG.exec(view.subject.original)?.[1] ?? "").trim();
  return (
    tag.length >= 2 &&
    view.displayName.text.includes(tag) &&
    rules.brands.findAll(view.subject.text, 1).length === 0 &&
    rules.brands.findAll(view.displayName.text, 1).length === 0
  );
}

export function settleClaim(
  claim: ClaimAnswer,
  view: ReaderView,
  stories: readonly PatternMatch[],
  origin: OriginAnswer,
  rules: CompiledRules,
): ClaimAnswer {
  if (claim.strength === "medium" && !stories.some((match) => match.id !== "security-update")) {
    const strength = strengthOf(claim.evidence, "account-reference");
    claim = { ...claim, strength, speaksAsMicrosoft: strength === "strong" };
  }
  if (STRENGTH_RANK[claim.strength] >= STRENGTH_RANK.medium) return claim;
  const told = stories.find((match) => {
    const telling = rules.rules.patterns.find((row) => row.id === match.id)?.tellingAsks ?? [];
    return match.asks.some((kind) => STORY_ASKS.has(kind) && telling.includes(kind));
  });
  // An encryption wrapper's template names Microsoft's service; the wrapper test let the sender's
  // own text ask nothing in Microsoft's name (no number, link or file of its own).
  if (!told || origin.carrier === "encryption" || namesItsOwnSender(view, rules)) return claim;
  const mention = findBrandMentions(view.newText, rules, 20).find(
    (item) => kindOf(item.brand, rules) === "unambiguous",
  );
  if (!mention) return claim;
  const evidence = [...claim.evidence];
  pushEvidence(evidence, { signal: "brand-in-story", text: mention.text, location: "body", detail: told.id });
  return {
    evidence,
    strength: "medium",
    speaksAsMicrosoft: !origin.ownOrganisation,
  };
}
