// classify(Message) -> Verdict: decides whether a message misuses Microsoft's name, which scam
// pattern it follows, and keeps every fact it relied on as evidence.

import { FREE_MAIL_DOMAINS } from "./data/senders";
import {
  RISKY_ATTACHMENT_CONTENT_TYPES,
  RISKY_ATTACHMENT_EXTENSIONS,
  type AttachmentRisk,
} from "./data/attachments";
import type { PhraseGroup } from "./data/phrases";
import { findBrandMentions } from "./claims";
import { findLookalikeDomain, isMicrosoftSendingDomain, registrableDomain } from "./domains";
import {
  domainOfAddress,
  headerValues,
  parseHeaderBlock,
  readAuthentication,
  type HeaderField,
} from "./headers";
import { extractHtml, findTextUrls, type ExtractedLink } from "./html";
import { describeLink, type LinkFacts } from "./links";
import { normalizeText, quoteOriginal, type NormalizedText } from "./normalize";
import { findPhoneNumbers } from "./phones";
import { compileRules, DEFAULT_RULES, type ClassifierRules, type CompiledRules } from "./rules";
import {
  PATTERN_IDS,
  type AdviceId,
  type Analysed,
  type Authentication,
  type Confidence,
  type Evidence,
  type EvidenceLocation,
  type Level,
  type Message,
  type PatternId,
  type PatternMatch,
  type SenderFacts,
  type Verdict,
} from "./types";

/** Body characters analysed per part (text, HTML); the rest is reported as skipped. */
export const MAX_BODY_CHARACTERS = 1_000_000;
/** Links analysed per message; the rest is reported as skipped. */
export const MAX_LINKS = 2_000;
/** Words next to a phone number that ask the reader to call it, within this many characters. */
const CALL_WORD_WINDOW = 60;
const CALL_WORDS = /call|dial|phone|contact|helpline|toll[ -]?free|電話|連絡|ダイヤル|問い合わせ|窓口/i;
/** Link text naming Microsoft or its products, checked against where the link goes. */
const BRAND_LINK_TEXT = /microsoft|outlook|office|onedrive|sharepoint|マイクロソフト|windows/i;
/** Evidence items kept per pattern and for the claim, so the card stays readable. */
const MAX_EVIDENCE_PER_GROUP = 8;

interface Section {
  location: EvidenceLocation;
  normalized: NormalizedText;
}

interface PhraseFinding {
  group: PhraseGroup;
  evidence: Evidence;
}

type ClaimStrength = "none" | "weak" | "medium" | "strong";

const CLAIM_RANK: Record<ClaimStrength, number> = { none: 0, weak: 1, medium: 2, strong: 3 };

function limitText(value: string | undefined): { text: string; skipped: number } {
  if (!value) return { text: "", skipped: 0 };
  if (value.length <= MAX_BODY_CHARACTERS) return { text: value, skipped: 0 };
  return { text: value.slice(0, MAX_BODY_CHARACTERS), skipped: value.length - MAX_BODY_CHARACTERS };
}

function evidenceKey(evidence: Evidence): string {
  return `${evidence.kind}|${evidence.signal}|${evidence.location}|${evidence.text.toLowerCase()}|${evidence.detail ?? ""}`;
}

function pushUnique(list: Evidence[], evidence: Evidence, limit = MAX_EVIDENCE_PER_GROUP): void {
  if (list.length >= limit) return;
  const key = evidenceKey(evidence);
  if (!list.some((existing) => evidenceKey(existing) === key)) list.push(evidence);
}

/** Reply-To from the message, or from the header block where the front end has no field for it (Outlook). */
function replyToAddresses(message: Message, headerFields: readonly HeaderField[]): string[] {
  if (message.replyTo) return message.replyTo.map((mailbox) => mailbox.address);
  return headerValues(headerFields, "reply-to").flatMap((value) => value.split(","));
}

/**
 * What a disguised brand name imitates, followed by the code points of its hidden or look-alike
 * characters, so a person can check them ("microsoft account U+200B").
 */
function describeDisguise(text: string, brand: string): string {
  const unusual = [
    ...new Set(
      Array.from(text).filter((character) => {
        const codePoint = character.codePointAt(0) ?? 0;
        return (
          codePoint > 0x7e &&
          !(codePoint >= 0xff01 && codePoint <= 0xff5e) &&
          !(codePoint >= 0x3000 && codePoint <= 0x30ff)
        );
      }),
    ),
  ];
  if (unusual.length === 0) return brand;
  return `${brand} ${unusual
    .map((character) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`)
    .join(" ")}`;
}

function readSender(
  message: Message,
  headerFields: readonly HeaderField[],
  authentication: Authentication,
  returnPath: string,
): SenderFacts {
  const fromAddress = (message.from?.address ?? "").trim();
  const fromDomain = domainOfAddress(fromAddress);
  const fromRegistrableDomain = fromDomain ? registrableDomain(fromDomain) : "";
  const aligned = (domain: string): boolean =>
    domain !== "" && registrableDomain(domain) === fromRegistrableDomain;
  const authenticatedMicrosoft =
    fromDomain !== "" &&
    isMicrosoftSendingDomain(fromDomain) &&
    (authentication.dmarc === "pass" ||
      authentication.compauth === "pass" ||
      (authentication.dkim === "pass" && authentication.dkimDomains.some(aligned)));
  return {
    fromAddress,
    fromDomain,
    fromRegistrableDomain,
    returnPathDomain: domainOfAddress(returnPath),
    replyToDomains: replyToAddresses(message, headerFields).map(domainOfAddress).filter(Boolean),
    authentication,
    authenticatedMicrosoft,
    freeMail: FREE_MAIL_DOMAINS.has(fromRegistrableDomain) || FREE_MAIL_DOMAINS.has(fromDomain),
  };
}

function findPhrases(sections: readonly Section[], rules: CompiledRules): PhraseFinding[] {
  const findings: PhraseFinding[] = [];
  for (const section of sections) {
    for (const hit of rules.phrases.findAll(section.normalized.text)) {
      findings.push({
        group: hit.value,
        evidence: {
          kind:
            hit.value.role === "claim" || hit.value.role === "account-reference" ? "brand-claim" : "phrase",
          signal: hit.value.signal,
          text: quoteOriginal(section.normalized, hit.start, hit.end),
          location: section.location,
        },
      });
    }
  }
  return findings;
}

function attachmentRisk(name: string, contentType: string): AttachmentRisk | undefined {
  const extension = /\.([a-z0-9]{1,12})\s*$/i.exec(name.trim())?.[1]?.toLowerCase();
  return (
    (extension ? RISKY_ATTACHMENT_EXTENSIONS.get(extension) : undefined) ??
    RISKY_ATTACHMENT_CONTENT_TYPES.get(contentType.toLowerCase().split(";")[0]?.trim() ?? "")
  );
}

function collectLinks(
  html: string,
  bodyText: string,
): { links: LinkFacts[]; skipped: number; htmlText: string } {
  const extracted = html ? extractHtml(html, MAX_LINKS) : { text: "", links: [], skippedLinks: 0 };
  const written = findTextUrls(html ? extracted.text : bodyText, MAX_LINKS);
  const seen = new Set<string>();
  const all: ExtractedLink[] = [];
  let skipped = extracted.skippedLinks + written.skipped;
  for (const link of [...extracted.links, ...written.links]) {
    const key = `${link.href}\u0000${link.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (all.length < MAX_LINKS) all.push(link);
    else skipped += 1;
  }
  return { links: all.map(describeLink), skipped, htmlText: extracted.text };
}

function linkEvidence(link: LinkFacts, signal: string, detail?: string): Evidence {
  return {
    kind: "link",
    signal,
    text: (link.text || link.href).slice(0, 200),
    location: "link",
    detail: (detail ?? link.destination).slice(0, 300),
  };
}

const ADVICE_BY_PATTERN: Record<PatternId, readonly AdviceId[]> = {
  "tech-support": [
    "hang-up",
    "do-not-call",
    "do-not-reply-with-data",
    "delete",
    "report",
    "if-paid-contact-bank",
    "police-report",
  ],
  lottery: [
    "no-lottery",
    "do-not-reply-with-data",
    "delete",
    "report",
    "if-paid-contact-bank",
    "police-report",
  ],
  "license-validation": [
    "genuine-validation-never-asks-card",
    "do-not-click",
    "do-not-reply-with-data",
    "delete",
    "report",
    "if-paid-contact-bank",
  ],
  "security-update": [
    "updates-only-from-windows-update",
    "do-not-open-attachment",
    "do-not-click",
    "delete",
    "report",
  ],
  "account-credential": ["do-not-click", "sign-in-directly", "do-not-reply-with-data", "delete", "report"],
};

const GENERAL_ADVICE: readonly AdviceId[] = [
  "do-not-click",
  "sign-in-directly",
  "do-not-reply-with-data",
  "report",
];

/** Everything observed in the message that the patterns are judged on. */
interface Observations {
  phraseFindings: PhraseFinding[];
  claimStrength: ClaimStrength;
  offMicrosoftLinks: LinkFacts[];
  riskyAttachments: Evidence[];
  phones: Evidence[];
  /** Numbers the text tells the reader to call ("call 1-888…", "0120-… までお電話"), or tel: links. */
  callablePhones: number;
  /** A Reply-To domain other than the sender's. */
  replyElsewhere: string | undefined;
}

interface ClaimAssessment {
  strength: ClaimStrength;
  claim: Evidence[];
  signals: Evidence[];
}

/**
 * Where the message speaks as Microsoft: the brand in the display name (strong) or subject
 * (weak), a Microsoft signature or account reference in the text, a Microsoft address that
 * does not authenticate, or a sender domain dressed up as Microsoft's.
 */
function assessClaim(
  message: Message,
  textSections: readonly Section[],
  phraseFindings: readonly PhraseFinding[],
  sender: SenderFacts,
  compiled: CompiledRules,
): ClaimAssessment {
  const claim: Evidence[] = [];
  const signals: Evidence[] = [];
  let strength: ClaimStrength = "none";
  const raise = (to: ClaimStrength): void => {
    if (CLAIM_RANK[to] > CLAIM_RANK[strength]) strength = to;
  };
  for (const section of textSections) {
    for (const mention of findBrandMentions(section.normalized, compiled)) {
      if (mention.disguised) {
        raise("strong");
        pushUnique(signals, {
          kind: "obfuscation",
          signal: "disguised-brand",
          text: mention.text,
          location: section.location,
          detail: describeDisguise(mention.text, mention.brand),
        });
      }
      if (section.location === "from-name") {
        raise("strong");
        pushUnique(claim, {
          kind: "brand-claim",
          signal: "brand-in-display-name",
          text: message.from?.name ?? mention.text,
          location: "from-name",
          detail: sender.fromAddress,
        });
      } else if (section.location === "subject") {
        raise("weak");
        pushUnique(claim, {
          kind: "brand-claim",
          signal: "brand-in-subject",
          text: mention.text,
          location: "subject",
        });
      }
    }
  }
  for (const finding of phraseFindings) {
    if (finding.group.role === "claim") raise("strong");
    else if (finding.group.role === "account-reference") raise("medium");
    else continue;
    pushUnique(claim, finding.evidence);
  }
  const authentication = sender.authentication;
  if (isMicrosoftSendingDomain(sender.fromDomain) && !sender.authenticatedMicrosoft) {
    raise("strong");
    pushUnique(claim, {
      kind: "sender",
      signal: "microsoft-address-unverified",
      text: sender.fromAddress,
      location: "from-address",
    });
    if ([authentication.dmarc, authentication.compauth, authentication.spf].includes("fail")) {
      pushUnique(signals, {
        kind: "authentication",
        signal: "microsoft-address-failed-authentication",
        text: sender.fromAddress,
        location: "header",
        detail: `spf=${authentication.spf} dkim=${authentication.dkim} dmarc=${authentication.dmarc} compauth=${authentication.compauth}`,
      });
    }
  }
  const senderDomains: Array<[string, EvidenceLocation]> = [
    [sender.fromDomain, "from-address"],
    [sender.returnPathDomain, "return-path"],
    ...sender.replyToDomains.map((domain): [string, EvidenceLocation] => [domain, "reply-to"]),
  ];
  for (const [domain, location] of senderDomains) {
    const lookalike = domain ? findLookalikeDomain(domain) : undefined;
    if (!lookalike) continue;
    raise("strong");
    pushUnique(signals, {
      kind: "sender",
      signal: `lookalike-domain-${lookalike.reason}`,
      text: lookalike.displayed,
      location,
      detail: lookalike.brand,
    });
  }
  return { strength, claim, signals };
}

/** Who really sent a message that claims Microsoft: free mail, a foreign domain, replies elsewhere. */
function senderSignals(
  sender: SenderFacts,
  strength: ClaimStrength,
  replyElsewhere: string | undefined,
): Evidence[] {
  const signals: Evidence[] = [];
  if (CLAIM_RANK[strength] >= CLAIM_RANK.medium) {
    if (sender.freeMail) {
      pushUnique(signals, {
        kind: "sender",
        signal: "free-mail-sender",
        text: sender.fromAddress,
        location: "from-address",
        detail: sender.fromRegistrableDomain,
      });
    }
    if (sender.fromRegistrableDomain && !isMicrosoftSendingDomain(sender.fromDomain)) {
      pushUnique(signals, {
        kind: "sender",
        signal: "sender-not-microsoft",
        text: sender.fromAddress,
        location: "from-address",
        detail: sender.fromRegistrableDomain,
      });
    }
  }
  if (replyElsewhere) {
    pushUnique(signals, {
      kind: "sender",
      signal: "reply-to-elsewhere",
      text: replyElsewhere,
      location: "reply-to",
      detail: sender.fromRegistrableDomain,
    });
  }
  return signals;
}

/** Links that hide where they go: look-alike domains, mismatched text, shorteners, IP addresses, scripts. */
function linkSignals(links: readonly LinkFacts[]): Evidence[] {
  const signals: Evidence[] = [];
  for (const link of links) {
    if (link.lookalike) {
      pushUnique(
        signals,
        linkEvidence(link, `lookalike-domain-${link.lookalike.reason}`, link.lookalike.displayed),
      );
    }
    if (link.textShowsOtherDomain) pushUnique(signals, linkEvidence(link, "link-text-mismatch"));
    if (link.shortener) pushUnique(signals, linkEvidence(link, "link-shortener"));
    if (link.ipLiteral) pushUnique(signals, linkEvidence(link, "link-ip-address"));
    if (link.scheme === "javascript" || link.scheme === "data" || link.scheme === "vbscript") {
      pushUnique(signals, linkEvidence(link, "link-script"));
    }
    if (!link.microsoft && link.host && BRAND_LINK_TEXT.test(link.text)) {
      pushUnique(signals, linkEvidence(link, "brand-link-off-microsoft"));
    }
  }
  return signals;
}

/** Attachments that run code: Microsoft never mails updates or programs. */
function findRiskyAttachments(message: Message): Evidence[] {
  const risky: Evidence[] = [];
  for (const attachment of message.attachments ?? []) {
    const risk = attachmentRisk(attachment.name, attachment.contentType);
    if (!risk) continue;
    pushUnique(risky, {
      kind: "attachment",
      signal: `attachment-${risk}`,
      text: attachment.name || attachment.contentType,
      location: "attachment",
      detail: attachment.contentType,
    });
  }
  return risky;
}

/** Phone numbers in the text and tel: links, and how many the reader is told to call. */
function findPhones(
  sections: readonly Section[],
  links: readonly LinkFacts[],
): { phones: Evidence[]; callable: number } {
  const phones: Evidence[] = [];
  let callable = 0;
  for (const section of sections) {
    const original = section.normalized.original;
    for (const phone of findPhoneNumbers(original)) {
      const around = original.slice(
        Math.max(0, phone.start - CALL_WORD_WINDOW),
        phone.end + CALL_WORD_WINDOW,
      );
      if (CALL_WORDS.test(around)) callable += 1;
      pushUnique(phones, {
        kind: "phone",
        signal: "phone-number",
        text: phone.text,
        location: section.location,
        detail: phone.number,
      });
    }
  }
  for (const link of links) {
    if (link.scheme !== "tel") continue;
    callable += 1;
    pushUnique(phones, {
      kind: "phone",
      signal: "phone-number",
      text: link.text || link.destination,
      location: "link",
      detail: link.destination.slice(4),
    });
  }
  return { phones, callable };
}

/**
 * One pattern: its story (pretext) plus what it asks of the reader, rated by how firmly the
 * message speaks as Microsoft. Undefined when the story is absent or too weakly claimed.
 */
function matchPattern(id: PatternId, observed: Observations): PatternMatch | undefined {
  const pretext: Evidence[] = [];
  // What the message asks for: checkable facts (numbers, links, files), then phrases.
  const asks: Evidence[] = [];
  const askedInWords: Evidence[] = [];
  /** Facts shown with the pattern that are not themselves a request (a number nobody is told to call). */
  const context: Evidence[] = [];
  let structuralAsk = false;
  for (const finding of observed.phraseFindings) {
    if (!finding.group.patterns.includes(id)) continue;
    if (finding.group.role === "pretext") pushUnique(pretext, finding.evidence);
    else if (finding.group.role === "ask") pushUnique(askedInWords, finding.evidence);
  }
  if (pretext.length === 0) return undefined;
  const asked = (...signals: string[]): boolean =>
    askedInWords.some((evidence) => signals.includes(evidence.signal));
  const offMicrosoft = observed.offMicrosoftLinks
    .slice(0, 3)
    .map((link) => linkEvidence(link, "link-off-microsoft"));
  const addAll = (list: readonly Evidence[]): void => {
    for (const evidence of list) pushUnique(asks, evidence);
  };
  switch (id) {
    case "tech-support":
      for (const phone of observed.phones) pushUnique(observed.callablePhones > 0 ? asks : context, phone);
      structuralAsk = observed.callablePhones > 0 || asked("remote-access");
      break;
    case "lottery":
      if (observed.replyElsewhere) {
        pushUnique(asks, {
          kind: "sender",
          signal: "reply-to-elsewhere",
          text: observed.replyElsewhere,
          location: "reply-to",
        });
      }
      structuralAsk = observed.replyElsewhere !== undefined || asked("release-fee", "card-request");
      break;
    case "license-validation":
      if (offMicrosoft.length > 0 && askedInWords.length > 0) addAll(offMicrosoft);
      structuralAsk = asked("card-request") || (offMicrosoft.length > 0 && askedInWords.length > 0);
      break;
    case "security-update":
      addAll(observed.riskyAttachments);
      addAll(offMicrosoft);
      structuralAsk = observed.riskyAttachments.length > 0 || offMicrosoft.length > 0;
      break;
    case "account-credential":
      addAll(offMicrosoft);
      structuralAsk = offMicrosoft.length > 0;
      break;
  }
  const confidence = rateConfidence(
    id,
    observed,
    structuralAsk,
    asks.length > 0 || askedInWords.length > 0,
    asked("card-request"),
  );
  if (!confidence) return undefined;
  // Checkable facts first (numbers, links, files), then the story, then what it asks in words.
  const evidence = [...asks, ...context, ...pretext, ...askedInWords].slice(0, MAX_EVIDENCE_PER_GROUP * 2);
  return { id, confidence, evidence };
}

function rateConfidence(
  id: PatternId,
  observed: Observations,
  structuralAsk: boolean,
  asksAnything: boolean,
  asksForCard: boolean,
): Confidence | undefined {
  const strength = observed.claimStrength;
  const strongClaim = strength === "strong";
  const accountClaim = CLAIM_RANK[strength] >= CLAIM_RANK.medium;
  if (strongClaim && asksAnything) return "high";
  if (accountClaim && structuralAsk) return "high";
  if (accountClaim && asksAnything) return "medium";
  // There is no Microsoft lottery: the claim and the story are enough.
  if (strongClaim && id === "lottery") return "high";
  if (strongClaim) return "medium";
  // Microsoft's name only in the subject counts with the pattern's most telling fact.
  const tellingFact =
    id === "security-update"
      ? observed.riskyAttachments.length > 0
      : id === "tech-support"
        ? observed.callablePhones > 0
        : asksForCard;
  if (strength === "weak" && structuralAsk && tellingFact) return "medium";
  return undefined;
}

function adviseFor(
  patterns: readonly PatternMatch[],
  level: Level,
  riskyAttachments: readonly Evidence[],
): AdviceId[] {
  if (level === "none") return [];
  const advice: AdviceId[] = [];
  for (const match of patterns)
    for (const id of ADVICE_BY_PATTERN[match.id]) if (!advice.includes(id)) advice.push(id);
  if (advice.length === 0) advice.push(...GENERAL_ADVICE);
  if (riskyAttachments.length > 0 && !advice.includes("do-not-open-attachment"))
    advice.push("do-not-open-attachment");
  return advice;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/**
 * Classifies one message. Pure and synchronous: the same message always gives the same verdict.
 * `rules` defaults to the bundled tables; tests may pass their own.
 */
export function classify(message: Message, rules: ClassifierRules = DEFAULT_RULES): Verdict {
  const compiled = compileRules(rules);
  const headerFields = parseHeaderBlock(message.headers ?? "");
  const authentication = readAuthentication(headerFields);
  const returnPath = headerValues(headerFields, "return-path")[0] ?? "";
  const sender = readSender(message, headerFields, authentication, returnPath);

  const textBody = limitText(message.text);
  const htmlBody = limitText(message.html);
  const { links, skipped: skippedLinks, htmlText } = collectLinks(htmlBody.text, textBody.text);
  // The HTML is what Outlook shows; the text part is read when there is no HTML or it says more.
  const bodyText = htmlText.trim().length >= 20 || !textBody.text ? htmlText : textBody.text;
  const bodySections: Section[] = [{ location: "body", normalized: normalizeText(bodyText) }];
  if (bodyText === htmlText && textBody.text && textBody.text.length > htmlText.length * 1.5) {
    bodySections.push({ location: "body", normalized: normalizeText(textBody.text) });
  }
  const subject: Section = { location: "subject", normalized: normalizeText(message.subject ?? "") };
  const displayName: Section = { location: "from-name", normalized: normalizeText(message.from?.name ?? "") };
  const attachmentNames = (message.attachments ?? []).map((attachment) => attachment.name).join("\n");
  const attachmentSection: Section = { location: "attachment", normalized: normalizeText(attachmentNames) };
  const textSections = [subject, displayName, ...bodySections];
  const phraseFindings = findPhrases([...textSections, attachmentSection], compiled);

  const assessed = assessClaim(message, textSections, phraseFindings, sender, compiled);
  const impersonationClaimed = assessed.strength !== "none" && !sender.authenticatedMicrosoft;
  const replyElsewhere = sender.replyToDomains.find(
    (domain) =>
      registrableDomain(domain) !== sender.fromRegistrableDomain && !isMicrosoftSendingDomain(domain),
  );
  const signals = assessed.signals;
  if (impersonationClaimed) {
    for (const evidence of senderSignals(sender, assessed.strength, replyElsewhere))
      pushUnique(signals, evidence);
    for (const evidence of linkSignals(links)) pushUnique(signals, evidence, 16);
  }

  // Phone numbers, looked for only where a call would fit the story.
  const wantsPhones =
    CLAIM_RANK[assessed.strength] >= CLAIM_RANK.medium ||
    phraseFindings.some((finding) => finding.group.patterns.includes("tech-support"));
  const { phones, callable } = wantsPhones
    ? findPhones([subject, ...bodySections], links)
    : { phones: [], callable: 0 };
  const riskyAttachments = findRiskyAttachments(message);
  const observed: Observations = {
    phraseFindings,
    claimStrength: assessed.strength,
    offMicrosoftLinks: links.filter((link) => link.host !== "" && !link.microsoft),
    riskyAttachments,
    phones,
    callablePhones: callable,
    replyElsewhere,
  };
  const patterns = PATTERN_IDS.map((id) => matchPattern(id, observed)).filter(
    (match): match is PatternMatch => match !== undefined,
  );
  const pressure = phraseFindings.filter((finding) => finding.group.role === "pressure").slice(0, 3);
  for (const match of patterns) {
    for (const finding of pressure) pushUnique(match.evidence, finding.evidence, MAX_EVIDENCE_PER_GROUP * 2);
  }
  patterns.sort(
    (left, right) =>
      CONFIDENCE_RANK[right.confidence] - CONFIDENCE_RANK[left.confidence] ||
      right.evidence.length - left.evidence.length,
  );

  const impersonatesMicrosoft =
    impersonationClaimed && (CLAIM_RANK[assessed.strength] >= CLAIM_RANK.medium || patterns.length > 0);
  const strongSenderSignal = signals.some(
    (evidence) =>
      evidence.signal.startsWith("lookalike-domain") ||
      evidence.signal === "disguised-brand" ||
      evidence.signal === "microsoft-address-failed-authentication",
  );

  let level: Level = "none";
  if (sender.authenticatedMicrosoft) {
    const program = riskyAttachments.find(
      (evidence) => evidence.signal === "attachment-executable" || evidence.signal === "attachment-script",
    );
    if (program) {
      level = "caution";
      pushUnique(signals, { ...program, signal: "microsoft-never-attaches-programs" });
    }
  } else if (impersonatesMicrosoft) {
    if (patterns.some((match) => match.confidence === "high")) level = "danger";
    else if (patterns.length > 0 || strongSenderSignal) level = "caution";
  }
  const reportedPatterns = impersonatesMicrosoft ? patterns : [];

  const analysed: Analysed = {
    headers: headerFields.length > 0,
    authentication: authentication.present,
    sender: sender.fromAddress !== "",
    subject: message.subject !== undefined,
    text: message.text !== undefined,
    html: message.html !== undefined,
    attachments: message.attachments !== undefined,
    skippedCharacters: textBody.skipped + htmlBody.skipped,
    skippedLinks,
  };

  return {
    level,
    impersonatesMicrosoft,
    claim: impersonatesMicrosoft || sender.authenticatedMicrosoft ? assessed.claim : [],
    patterns: reportedPatterns,
    signals: impersonatesMicrosoft || level !== "none" ? signals : [],
    sender,
    advice: adviseFor(reportedPatterns, level, riskyAttachments),
    analysed,
  };
}
