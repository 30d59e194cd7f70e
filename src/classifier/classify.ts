// classify(Message) -> Verdict: decides whether a message misuses Microsoft's name, which scam
// pattern it follows, and keeps every fact it relied on as evidence.

import { FREE_MAIL_DOMAINS } from "./data/senders";
import {
  RISKY_ATTACHMENT_CONTENT_TYPES,
  RISKY_ATTACHMENT_EXTENSIONS,
  type AttachmentRisk,
} from "./data/attachments";
import type { PhraseGroup } from "./data/phrases";
import { findBrandMentions, type BrandMention } from "./claims";
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

  const claim: Evidence[] = [];
  const signals: Evidence[] = [];
  const claimState: { strength: ClaimStrength } = { strength: "none" };
  const raiseClaim = (strength: ClaimStrength): void => {
    if (CLAIM_RANK[strength] > CLAIM_RANK[claimState.strength]) claimState.strength = strength;
  };

  // Microsoft's name where the message speaks: display name (strong), subject (weak), body signature.
  const mentionsBySection = new Map<Section, BrandMention[]>();
  for (const section of textSections)
    mentionsBySection.set(section, findBrandMentions(section.normalized, compiled));
  const fromMicrosoftDomain = sender.fromDomain !== "" && isMicrosoftSendingDomain(sender.fromDomain);
  for (const [section, mentions] of mentionsBySection) {
    for (const mention of mentions) {
      if (mention.disguised) {
        raiseClaim("strong");
        pushUnique(signals, {
          kind: "obfuscation",
          signal: "disguised-brand",
          text: mention.text,
          location: section.location,
          detail: describeDisguise(mention.text, mention.brand),
        });
      }
      if (section.location === "from-name") {
        raiseClaim("strong");
        pushUnique(claim, {
          kind: "brand-claim",
          signal: "brand-in-display-name",
          text: message.from?.name ?? mention.text,
          location: "from-name",
          detail: sender.fromAddress,
        });
      } else if (section.location === "subject") {
        raiseClaim("weak");
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
    if (finding.group.role === "claim") {
      raiseClaim("strong");
      pushUnique(claim, finding.evidence);
    } else if (finding.group.role === "account-reference") {
      raiseClaim("medium");
      pushUnique(claim, finding.evidence);
    }
  }
  if (fromMicrosoftDomain && !sender.authenticatedMicrosoft) {
    raiseClaim("strong");
    pushUnique(claim, {
      kind: "sender",
      signal: "microsoft-address-unverified",
      text: sender.fromAddress,
      location: "from-address",
    });
    if (
      authentication.dmarc === "fail" ||
      authentication.compauth === "fail" ||
      authentication.spf === "fail"
    ) {
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
    ...sender.replyToDomains.map((domain) => [domain, "reply-to"] as [string, EvidenceLocation]),
  ];
  for (const [domain, location] of senderDomains) {
    const lookalike = domain ? findLookalikeDomain(domain) : undefined;
    if (!lookalike) continue;
    raiseClaim("strong");
    pushUnique(signals, {
      kind: "sender",
      signal: `lookalike-domain-${lookalike.reason}`,
      text: lookalike.displayed,
      location,
      detail: lookalike.brand,
    });
  }

  const claimStrength = claimState.strength;
  const impersonationClaimed = claimStrength !== "none" && !sender.authenticatedMicrosoft;
  if (impersonationClaimed && sender.freeMail && CLAIM_RANK[claimStrength] >= CLAIM_RANK.medium) {
    pushUnique(signals, {
      kind: "sender",
      signal: "free-mail-sender",
      text: sender.fromAddress,
      location: "from-address",
      detail: sender.fromRegistrableDomain,
    });
  }
  if (
    impersonationClaimed &&
    sender.fromRegistrableDomain &&
    !fromMicrosoftDomain &&
    CLAIM_RANK[claimStrength] >= CLAIM_RANK.medium
  ) {
    pushUnique(signals, {
      kind: "sender",
      signal: "sender-not-microsoft",
      text: sender.fromAddress,
      location: "from-address",
      detail: sender.fromRegistrableDomain,
    });
  }
  const replyElsewhere = sender.replyToDomains.find(
    (domain) =>
      registrableDomain(domain) !== sender.fromRegistrableDomain && !isMicrosoftSendingDomain(domain),
  );
  if (impersonationClaimed && replyElsewhere) {
    pushUnique(signals, {
      kind: "sender",
      signal: "reply-to-elsewhere",
      text: replyElsewhere,
      location: "reply-to",
      detail: sender.fromRegistrableDomain,
    });
  }

  // Links: where they really go.
  const webLinks = links.filter((link) => link.host !== "");
  const offMicrosoftLinks = webLinks.filter((link) => !link.microsoft);
  const linkSignals: Evidence[] = [];
  for (const link of links) {
    if (link.lookalike)
      pushUnique(
        linkSignals,
        linkEvidence(link, `lookalike-domain-${link.lookalike.reason}`, link.lookalike.displayed),
      );
    if (link.textShowsOtherDomain) pushUnique(linkSignals, linkEvidence(link, "link-text-mismatch"));
    if (link.shortener) pushUnique(linkSignals, linkEvidence(link, "link-shortener"));
    if (link.ipLiteral) pushUnique(linkSignals, linkEvidence(link, "link-ip-address"));
    if (link.scheme === "javascript" || link.scheme === "data" || link.scheme === "vbscript")
      pushUnique(linkSignals, linkEvidence(link, "link-script"));
    if (
      !link.microsoft &&
      link.host &&
      /microsoft|outlook|office|onedrive|sharepoint|マイクロソフト|windows/i.test(link.text)
    ) {
      pushUnique(linkSignals, linkEvidence(link, "brand-link-off-microsoft"));
    }
  }
  if (impersonationClaimed) for (const evidence of linkSignals) pushUnique(signals, evidence, 16);

  // Attachments that run code: Microsoft never mails updates or programs.
  const riskyAttachments: Evidence[] = [];
  for (const attachment of message.attachments ?? []) {
    const risk = attachmentRisk(attachment.name, attachment.contentType);
    if (risk)
      pushUnique(riskyAttachments, {
        kind: "attachment",
        signal: `attachment-${risk}`,
        text: attachment.name || attachment.contentType,
        location: "attachment",
        detail: attachment.contentType,
      });
  }

  // Phone numbers, looked for only where a call would fit the story.
  const wantsPhones =
    CLAIM_RANK[claimStrength] >= CLAIM_RANK.medium ||
    phraseFindings.some((finding) => finding.group.patterns.includes("tech-support"));
  const phones: Evidence[] = [];
  /** Numbers the text tells the reader to call ("call 1-888…", "0120-… までお電話"), or tel: links. */
  let callablePhones = 0;
  if (wantsPhones) {
    for (const section of [subject, ...bodySections]) {
      const original = section.normalized.original;
      for (const phone of findPhoneNumbers(original)) {
        const around = original.slice(
          Math.max(0, phone.start - CALL_WORD_WINDOW),
          phone.end + CALL_WORD_WINDOW,
        );
        if (CALL_WORDS.test(around)) callablePhones += 1;
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
      callablePhones += 1;
      pushUnique(phones, {
        kind: "phone",
        signal: "phone-number",
        text: link.text || link.destination,
        location: "link",
        detail: link.destination.slice(4),
      });
    }
  }

  // Patterns: a story (pretext) plus what it asks of the reader.
  const patterns: PatternMatch[] = [];
  const strongClaim = claimStrength === "strong";
  const accountClaim = CLAIM_RANK[claimStrength] >= CLAIM_RANK.medium;
  for (const id of PATTERN_IDS) {
    const pretext: Evidence[] = [];
    // What the message asks for: checkable facts (numbers, links, files) first, then phrases.
    const asks: Evidence[] = [];
    const askedInWords: Evidence[] = [];
    /** Facts shown with the pattern that are not themselves a request (a number nobody is told to call). */
    const context: Evidence[] = [];
    let structuralAsk = false;
    for (const finding of phraseFindings) {
      if (!finding.group.patterns.includes(id)) continue;
      if (finding.group.role === "pretext") pushUnique(pretext, finding.evidence);
      else if (finding.group.role === "ask") pushUnique(askedInWords, finding.evidence);
    }
    if (pretext.length === 0) continue;
    const offMicrosoft = offMicrosoftLinks
      .slice(0, 3)
      .map((link) => linkEvidence(link, "link-off-microsoft"));
    switch (id) {
      case "tech-support":
        for (const phone of phones) pushUnique(callablePhones > 0 ? asks : context, phone);
        if (callablePhones > 0) structuralAsk = true;
        if (askedInWords.some((evidence) => evidence.signal === "remote-access")) structuralAsk = true;
        break;
      case "lottery":
        if (replyElsewhere) {
          structuralAsk = true;
          pushUnique(asks, {
            kind: "sender",
            signal: "reply-to-elsewhere",
            text: replyElsewhere,
            location: "reply-to",
          });
        }
        if (
          askedInWords.some(
            (evidence) => evidence.signal === "release-fee" || evidence.signal === "card-request",
          )
        ) {
          structuralAsk = true;
        }
        break;
      case "license-validation":
        if (askedInWords.some((evidence) => evidence.signal === "card-request")) structuralAsk = true;
        if (offMicrosoft.length > 0 && askedInWords.length > 0) {
          structuralAsk = true;
          for (const evidence of offMicrosoft) pushUnique(asks, evidence);
        }
        break;
      case "security-update":
        if (riskyAttachments.length > 0) {
          structuralAsk = true;
          for (const evidence of riskyAttachments) pushUnique(asks, evidence);
        }
        if (offMicrosoft.length > 0) {
          structuralAsk = true;
          for (const evidence of offMicrosoft) pushUnique(asks, evidence);
        }
        break;
      case "account-credential":
        if (offMicrosoft.length > 0) {
          structuralAsk = true;
          for (const evidence of offMicrosoft) pushUnique(asks, evidence);
        }
        break;
    }

    const asksAnything = asks.length > 0 || askedInWords.length > 0;
    let confidence: Confidence | undefined;
    if (strongClaim && asksAnything) confidence = "high";
    else if (accountClaim && structuralAsk) confidence = "high";
    else if (accountClaim && asksAnything) confidence = "medium";
    else if (strongClaim && id === "lottery") confidence = "high";
    else if (strongClaim) confidence = "medium";
    else if (
      claimStrength === "weak" &&
      structuralAsk &&
      (id === "security-update"
        ? riskyAttachments.length > 0
        : id === "tech-support"
          ? callablePhones > 0
          : askedInWords.some((evidence) => evidence.signal === "card-request"))
    ) {
      confidence = "medium";
    }
    if (!confidence) continue;
    // Checkable facts first (numbers, links, files), then the story, then what it asks in words.
    const evidence = [...asks, ...context, ...pretext, ...askedInWords].slice(0, MAX_EVIDENCE_PER_GROUP * 2);
    patterns.push({ id, confidence, evidence });
  }

  const pressure = phraseFindings.filter((finding) => finding.group.role === "pressure").slice(0, 3);
  for (const match of patterns)
    for (const finding of pressure) pushUnique(match.evidence, finding.evidence, MAX_EVIDENCE_PER_GROUP * 2);

  const rank = { high: 3, medium: 2, low: 1 } as const;
  patterns.sort(
    (left, right) =>
      rank[right.confidence] - rank[left.confidence] || right.evidence.length - left.evidence.length,
  );

  const impersonatesMicrosoft =
    impersonationClaimed && (CLAIM_RANK[claimStrength] >= CLAIM_RANK.medium || patterns.length > 0);
  const strongSenderSignal = signals.some(
    (evidence) =>
      evidence.signal.startsWith("lookalike-domain") ||
      evidence.signal === "disguised-brand" ||
      evidence.signal === "microsoft-address-failed-authentication",
  );

  let level: Level = "none";
  if (sender.authenticatedMicrosoft) {
    const executable = riskyAttachments.find(
      (evidence) => evidence.signal === "attachment-executable" || evidence.signal === "attachment-script",
    );
    if (executable) {
      level = "caution";
      pushUnique(signals, { ...executable, signal: "microsoft-never-attaches-programs" });
    }
  } else if (impersonatesMicrosoft) {
    if (patterns.some((match) => match.confidence === "high")) level = "danger";
    else if (patterns.length > 0 || strongSenderSignal) level = "caution";
  }
  const reportedPatterns = impersonatesMicrosoft ? patterns : [];

  const advice: AdviceId[] = [];
  for (const match of reportedPatterns)
    for (const id of ADVICE_BY_PATTERN[match.id]) if (!advice.includes(id)) advice.push(id);
  if (level !== "none" && advice.length === 0) advice.push(...GENERAL_ADVICE);
  if (level !== "none" && riskyAttachments.length > 0 && !advice.includes("do-not-open-attachment"))
    advice.push("do-not-open-attachment");

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
    claim: impersonatesMicrosoft || sender.authenticatedMicrosoft ? claim : [],
    patterns: reportedPatterns,
    signals: impersonatesMicrosoft ? signals : [],
    sender,
    advice: level === "none" ? [] : advice,
    analysed,
  };
}
