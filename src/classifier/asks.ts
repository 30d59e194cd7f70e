// Question 3: what does the message ask the reader to do? Sign in through a link off Microsoft's
// sites, call a number, reply with data, open an attachment, pay, scan a QR code, write to an
// address, let someone connect to the PC. The checkable facts (the link's real host, the number,
// the file name) come first; phrases only describe them, or ask for what no fact shows (a reply
// with your card number).

import {
  RISKY_ATTACHMENT_CONTENT_TYPES,
  RISKY_ATTACHMENT_EXTENSIONS,
  type AttachmentRisk,
} from "./data/attachments";
import { pushEvidence } from "./evidence";
import { decodeUrlPart, mailtoAddress, type LinkFacts } from "./links";
import { foldText } from "./normalize";
import { findPhoneNumbers } from "./phones";
import type { CompiledRules, PhraseMeaning } from "./rules";
import type { ReaderView } from "./view";
import {
  WEB_LINK_SIGNALS,
  type AskAnswer,
  type AskKind,
  type AskSignal,
  type AttachmentInfo,
  type Evidence,
  type EvidenceLocation,
  type WebLinkSignal,
} from "./types";

/** A phrase found in the message, with what it means. */
export interface PhraseFinding {
  meaning: PhraseMeaning;
  evidence: Evidence;
}

/** Characters around a phone number or address searched for words that ask to call or write. */
const ASK_WORD_WINDOW = 60;
/** Destinations listed, one per site: a scam repeats one site in every button. */
const MAX_LINK_SITES = 5;
const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const IMAGE_ATTACHMENT = /\.(png|jpe?g|gif|bmp|webp|heic)$/i;
const QR_MARK = /(^|[^a-z])qr([^a-z]|$)|qrcode|二次元/i;

/** When each reason a link is suspicious holds; WEB_LINK_SIGNALS orders them, strongest first. */
const LINK_TESTS: Record<WebLinkSignal, (link: LinkFacts) => boolean> = {
  "link-lookalike-domain": (link) => link.lookalike !== undefined,
  "link-text-mismatch": (link) => link.textShowsOtherDomain !== undefined,
  "brand-link-off-microsoft": (link) =>
    !looksLikeAddress(link.text) &&
    /microsoft|outlook|office|onedrive|sharepoint|windows|マイクロソフト/i.test(link.text),
  "link-ip-address": (link) => link.ipLiteral,
  "link-shortener": (link) => link.shortener,
  "link-microsoft-hosted": (link) => link.microsoftHostedCustomerContent,
  "link-off-microsoft": () => true,
};

/**
 * Link text that is an address ("https://…", "www.…", "host.example/path"): a Microsoft word inside it
 * ("office-login.example") is part of the address, not words naming Microsoft for the reader.
 */
function looksLikeAddress(text: string): boolean {
  const trimmed = text.trim();
  return /^(?:https?:\/\/|www\.)/i.test(trimmed) || (trimmed.includes(".") && !/\s/.test(trimmed));
}

function attachmentRisk(attachment: AttachmentInfo): AttachmentRisk | undefined {
  const extension = /\.([a-z0-9]{1,12})\s*$/i.exec(attachment.name.trim())?.[1]?.toLowerCase();
  return (
    (extension ? RISKY_ATTACHMENT_EXTENSIONS.get(extension) : undefined) ??
    RISKY_ATTACHMENT_CONTENT_TYPES.get(attachment.contentType.toLowerCase().split(";")[0]?.trim() ?? "")
  );
}

/** Link text worth showing: what the reader clicks ("Take action"), else the address itself. */
function linkLabel(link: LinkFacts): string {
  return (link.text || link.href).replace(/\s+/g, " ").trim().slice(0, 120);
}

function linkEvidence(links: readonly LinkFacts[]): Evidence[] {
  const bySite = new Map<string, LinkFacts[]>();
  for (const link of links) {
    if (link.scheme !== "http" && link.scheme !== "https") continue;
    if (!link.host || link.microsoft) continue;
    const site = link.registrable || link.host;
    const group = bySite.get(site);
    if (group) group.push(link);
    else bySite.set(site, [link]);
  }
  const found: Array<{ rank: number; evidence: Evidence }> = [];
  for (const group of bySite.values()) {
    let best: { rank: number; link: LinkFacts } | undefined;
    for (const link of group) {
      const rank = WEB_LINK_SIGNALS.findIndex((signal) => LINK_TESTS[signal](link));
      // Prefer the link with the most telling reason; among equals, one whose text is words, not a URL.
      if (
        !best ||
        rank < best.rank ||
        (rank === best.rank && /^https?:/i.test(best.link.text) && !/^https?:/i.test(link.text))
      )
        best = { rank, link };
    }
    if (!best) continue;
    const signal = WEB_LINK_SIGNALS[best.rank] ?? "link-off-microsoft";
    found.push({
      rank: best.rank,
      evidence: {
        signal,
        text: linkLabel(best.link),
        location: "link",
        detail: best.link.destination.slice(0, 500),
      },
    });
  }
  return found
    .sort((left, right) => left.rank - right.rank)
    .slice(0, MAX_LINK_SITES)
    .map((item) => item.evidence);
}

function windowHas(matcher: CompiledRules["callWords"], text: string, start: number, end: number): boolean {
  const around = foldText(text.slice(Math.max(0, start - ASK_WORD_WINDOW), end + ASK_WORD_WINDOW));
  return matcher.findAll(around, 1).length > 0;
}

function findCalls(view: ReaderView, rules: CompiledRules): { call: Evidence[]; context: Evidence[] } {
  const call: Evidence[] = [];
  const context: Evidence[] = [];
  const sections: Array<[string, EvidenceLocation]> = [
    [view.subject.original, "subject"],
    [view.newText.original, "body"],
  ];
  for (const [text, location] of sections) {
    for (const phone of findPhoneNumbers(text)) {
      const evidence: Evidence = {
        signal: "call-number",
        text: phone.text.trim(),
        location,
        detail: phone.number,
      };
      if (windowHas(rules.callWords, text, phone.start, phone.end)) pushEvidence(call, evidence);
      else pushEvidence(context, { ...evidence, signal: "phone-number" });
    }
  }
  for (const link of view.links) {
    if (link.scheme !== "tel") continue;
    pushEvidence(call, {
      signal: "call-number",
      text: link.text || link.destination.slice(4),
      location: "link",
      detail: decodeUrlPart(link.destination.slice(4)).trim(),
    });
  }
  const called = new Set(call.map((item) => item.detail));
  return { call, context: context.filter((item) => !called.has(item.detail)) };
}

/**
 * "hi*****@hotmail.co.jp": an address shown with most of it hidden names the reader's own account
 * (services mask it so a forwarded notice does not give it away); nobody can write to it.
 */
const MASKED_ADDRESS = /\*{3,}|•{3,}/;

/**
 * An address that is the value of a sender or recipient field ("From: Name <addr>", "送信者: 名前
 * <addr>", "宛先: addr"), as quarantine lists, forwarded headers and delivery notices show them,
 * in the languages mail clients write those labels in: it says who sent or received something,
 * not where to write (and "送信" in "送信者" is no "send"). Only a name may stand between the label
 * and the address: "From: Security, please email verify@…" still asks.
 */
const PARTICIPANT_FIELD =
  /^[ \t>*]*(?:from|sender|to|cc|bcc|de|von|van|da|remitente|expéditeur|à|a|an|aan|para|destinatario|差出人|送信者|送信元|宛先|受信者)[ \t*]*[:：][ \t*]*(?:"[^"\n]*"|[^<>@,;.!?。、"\n]{0,60})?[ \t]*<?$/i;

function isParticipantField(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf("\n", index) + 1;
  return PARTICIPANT_FIELD.test(text.slice(lineStart, index));
}

/** Addresses the reader is told to write to: mailto links, and addresses written beside "send", "メール"… */
function findWriteTo(view: ReaderView, rules: CompiledRules, ownAddresses: ReadonlySet<string>): Evidence[] {
  const found: Evidence[] = [];
  for (const link of view.links) {
    const address = mailtoAddress(link);
    if (!address || ownAddresses.has(address) || MASKED_ADDRESS.test(address)) continue;
    pushEvidence(found, {
      signal: "write-to-address",
      text: link.text || address,
      location: "link",
      detail: address,
    });
  }
  const text = view.newText.original;
  for (const match of text.includes("@") ? text.matchAll(EMAIL_ADDRESS) : []) {
    const address = match[0].toLowerCase();
    if (ownAddresses.has(address) || found.some((item) => item.detail === address)) continue;
    if (isParticipantField(text, match.index)) continue;
    if (windowHas(rules.writeWords, text, match.index, match.index + match[0].length))
      pushEvidence(found, { signal: "write-to-address", text: match[0], location: "body", detail: address });
    if (found.length >= 3) break;
  }
  return found;
}

function findQrCodes(view: ReaderView, attachments: readonly AttachmentInfo[]): Evidence[] {
  const found: Evidence[] = [];
  for (const image of view.images) {
    if (QR_MARK.test(image.alt) || QR_MARK.test(image.src))
      pushEvidence(found, {
        signal: "scan-qr-code",
        text: image.alt || image.src.slice(0, 80),
        location: "image",
      });
  }
  for (const attachment of attachments) {
    if (IMAGE_ATTACHMENT.test(attachment.name) && QR_MARK.test(attachment.name))
      pushEvidence(found, { signal: "scan-qr-code", text: attachment.name, location: "attachment" });
  }
  return found;
}

const KIND_OF: Partial<Record<AskSignal, AskKind>> = {
  "call-number": "call",
  "risky-attachment": "attachment",
  "document-attachment": "attachment",
  "scan-qr-code": "qr",
  "write-to-address": "mailto",
};

export function findAsks(
  view: ReaderView,
  phrases: readonly PhraseFinding[],
  attachments: readonly AttachmentInfo[],
  rules: CompiledRules,
  ownAddresses: ReadonlySet<string>,
): AskAnswer {
  /** Asks a scam needs: a link off Microsoft, a number to call, a program, a QR code, an address, a strong phrase. */
  const strongKinds = new Set<AskKind>();
  const facts: Evidence[] = [];
  /** Facts that ask nothing alone: a document, a number nobody is told to call. */
  const weak: Evidence[] = [];
  const words: Evidence[] = [];

  const calls = findCalls(view, rules);
  for (const item of calls.call) pushEvidence(facts, item);
  for (const item of calls.context) pushEvidence(weak, item);
  for (const item of linkEvidence(view.links)) pushEvidence(facts, item);
  for (const link of view.links) {
    if (link.scheme === "javascript" || link.scheme === "data" || link.scheme === "vbscript")
      pushEvidence(facts, {
        signal: "link-script",
        text: linkLabel(link),
        location: "link",
        detail: link.href.slice(0, 200),
      });
  }
  for (const attachment of attachments) {
    const risk = attachmentRisk(attachment);
    const label = attachment.name || attachment.contentType;
    if (risk)
      pushEvidence(facts, { signal: "risky-attachment", text: label, location: "attachment", detail: risk });
    else if (attachment.name && !IMAGE_ATTACHMENT.test(attachment.name))
      pushEvidence(weak, { signal: "document-attachment", text: label, location: "attachment" });
  }
  for (const item of [...findQrCodes(view, attachments), ...findWriteTo(view, rules, ownAddresses)])
    pushEvidence(facts, item);
  for (const item of facts) strongKinds.add(KIND_OF[item.signal as AskSignal] ?? "link");
  const offMicrosoft = facts.some((item) => item.signal !== "link-microsoft-hosted");

  // "Scan the QR code" asks only where the message may show a code: a picture, a drawing (view.ts) or
  // an attachment. Without any it tells how a sign-in page or an app works (an IT desk's MFA steps).
  const codeShown = view.mayShowCode || attachments.length > 0;
  for (const finding of phrases) {
    if (finding.meaning.type !== "ask" || (finding.meaning.group.kind === "qr" && !codeShown)) continue;
    pushEvidence(words, finding.evidence);
    if (finding.meaning.group.strength === "strong") strongKinds.add(finding.meaning.group.kind);
  }

  const kinds = new Set(strongKinds);
  if (weak.some((item) => item.signal === "document-attachment")) kinds.add("attachment");
  const evidence: Evidence[] = [];
  for (const item of [...facts, ...weak, ...words]) pushEvidence(evidence, item, 24);
  return { kinds: [...kinds], strong: strongKinds.size > 0, offMicrosoft, evidence };
}
