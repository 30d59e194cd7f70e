// How the card's "more" sections arrange a Verdict's evidence: the sender's facts in plain words,
// then one row per signal with all its quotes, ranked by what a reader can check (numbers, link
// destinations, addresses and files before phrases), each link, number or address shown once.
// Pure presentation: it orders and groups what the classifier found, and judges nothing.

import {
  ORIGIN_SIGNALS,
  WEB_LINK_SIGNALS,
  type Evidence,
  type SignalId,
  type Verdict,
} from "../classifier/types";
import type { EvidenceGroupId } from "../i18n/catalogue";

/** What a piece of evidence shows a reader. */
export type FactKind = "link" | "phone" | "address" | "file" | "quote";

const LINK_SIGNALS: ReadonlySet<SignalId> = new Set([...WEB_LINK_SIGNALS, "link-script"]);
const PHONE_SIGNALS: ReadonlySet<SignalId> = new Set(["call-number", "phone-number"]);
const FILE_SIGNALS: ReadonlySet<SignalId> = new Set([
  "risky-attachment",
  "document-attachment",
  "microsoft-never-attaches-programs",
]);

export function factKind(evidence: Evidence): FactKind {
  if (LINK_SIGNALS.has(evidence.signal)) return "link";
  if (PHONE_SIGNALS.has(evidence.signal)) return "phone";
  if (evidence.signal === "write-to-address") return "address";
  if (FILE_SIGNALS.has(evidence.signal)) return "file";
  return "quote";
}

/** The fact a piece of evidence stands for: one link, number, address or file is one fact. */
export function factKey(evidence: Evidence): string {
  const kind = factKind(evidence);
  const value = (
    kind === "file" || kind === "quote" ? evidence.text : (evidence.detail ?? evidence.text)
  ).trim();
  return kind === "quote" ? `quote|${evidence.signal}|${value}` : `${kind}|${value.toLowerCase()}`;
}

/** The order rows are shown in within each group: what a reader can check first. */
const ROW_ORDER: Record<Exclude<EvidenceGroupId, "story">, readonly SignalId[]> = {
  asks: [
    "call-number",
    "link-lookalike-domain",
    "link-text-mismatch",
    "brand-link-off-microsoft",
    "link-ip-address",
    "link-shortener",
    "link-script",
    "link-microsoft-hosted",
    "link-off-microsoft",
    "write-to-address",
    "risky-attachment",
    "microsoft-never-attaches-programs",
    "document-attachment",
    "scan-qr-code",
    "phone-number",
    "remote-access",
    "card-request",
    "payment-request",
    "personal-data-request",
    "reply-with-data",
    "sign-in-request",
    "install-request",
  ],
  claim: [
    "disguised-brand",
    "brand-in-display-name",
    "brand-in-subject",
    "brand-in-heading",
    "brand-in-image",
    "brand-in-signature",
    "account-reference",
    "brand-in-story",
  ],
};

export interface EvidenceRow {
  signal: SignalId;
  group: EvidenceGroupId;
  items: Evidence[];
}

/** The sender section's facts: who it says it is, who really sent it, what the checks prove. */
export interface SenderView {
  /** The sender name, when it uses Microsoft's name (the Verdict carries no other name). */
  saysItIs: string | undefined;
  address: string;
  /** The registrable domain of the address, emphasised inside it. */
  domain: string;
  /** Sentences, each a template key of the details catalogue's `sender` part with its values. */
  checks: Array<{ key: SenderSentence; values: Record<string, string> }>;
  replyTo: string | undefined;
}

export type SenderSentence =
  | "verified"
  | "verifiedMicrosoft"
  | "verifiedNotMicrosoft"
  | "notVerified"
  | "microsoftAddressFailed"
  | "microsoftAddressUnchecked"
  | "noChecks"
  | "freeMail"
  | "lookalike"
  | "lookalikeReturnPath"
  | "carrier"
  | "deliveryReport"
  | "ownOrganisation";

function claimEvidence(verdict: Verdict, signal: SignalId): Evidence | undefined {
  return verdict.claim.evidence.find((item) => item.signal === signal);
}

function originEvidence(verdict: Verdict, signal: SignalId): Evidence | undefined {
  return verdict.origin.evidence.find((item) => item.signal === signal);
}

export function senderView(verdict: Verdict): SenderView {
  const origin = verdict.origin;
  const sender = origin.sender;
  const checks: SenderView["checks"] = [];
  const domain = sender.fromRegistrableDomain || sender.fromDomain;
  if (origin.carrier) checks.push({ key: "carrier", values: { service: origin.carrier } });
  if (origin.deliveryReport) checks.push({ key: "deliveryReport", values: {} });
  if (origin.ownOrganisation) checks.push({ key: "ownOrganisation", values: {} });
  if (origin.fromMicrosoft || (origin.sentByMicrosoft && origin.carrier)) {
    checks.push({ key: "verifiedMicrosoft", values: { domain: sender.verifiedDomain || domain } });
  } else if (originEvidence(verdict, "microsoft-address-failed-authentication")) {
    checks.push({ key: "microsoftAddressFailed", values: {} });
  } else if (claimEvidence(verdict, "microsoft-address-unverified")) {
    checks.push({ key: "microsoftAddressUnchecked", values: {} });
  } else if (!sender.authentication.present) {
    if (verdict.analysed.headers) checks.push({ key: "noChecks", values: {} });
  } else if (sender.verifiedDomain) {
    checks.push({
      key: verdict.impersonatesMicrosoft || verdict.level !== "none" ? "verifiedNotMicrosoft" : "verified",
      values: { domain: sender.verifiedDomain },
    });
  } else if (domain) {
    checks.push({ key: "notVerified", values: { domain } });
  }
  const lookalike = claimEvidence(verdict, "lookalike-sender-domain");
  if (lookalike) checks.push({ key: "lookalike", values: { domain: lookalike.text } });
  if (sender.freeMail) checks.push({ key: "freeMail", values: { domain } });
  const returnPath = originEvidence(verdict, "lookalike-return-path");
  if (returnPath) checks.push({ key: "lookalikeReturnPath", values: { domain: returnPath.text } });
  const nameClaim = claimEvidence(verdict, "brand-in-display-name");
  return {
    saysItIs: nameClaim?.text,
    address: sender.fromAddress,
    domain,
    checks,
    replyTo: originEvidence(verdict, "reply-to-elsewhere")?.text,
  };
}

/** Signals the sender section tells in plain words; they are not repeated as rows. */
const SENDER_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  "brand-in-display-name",
  "lookalike-sender-domain",
  "microsoft-address-unverified",
  // Every origin fact but the attached program, which is told with the attachments.
  ...ORIGIN_SIGNALS.filter((signal) => signal !== "microsoft-never-attaches-programs"),
]);

/**
 * Rows of evidence: what the message asks (numbers, links, addresses, files, then the asking
 * phrases), how it poses as Microsoft, the story it tells. One row per signal with all its quotes;
 * a link, number, address or file appears once in the whole list, and not at all when the sender
 * section already shows it (the reply-to address).
 */
export function evidenceRows(verdict: Verdict): EvidenceRow[] {
  if (verdict.level === "none") return [];
  const shown = new Set<string>();
  const replyTo = senderView(verdict).replyTo;
  if (replyTo) shown.add(`address|${replyTo.toLowerCase()}`);
  const bySignal = new Map<SignalId, EvidenceRow>();
  const add = (group: EvidenceGroupId, evidence: Evidence): void => {
    if (SENDER_SIGNALS.has(evidence.signal)) return;
    const key = factKey(evidence);
    if (shown.has(key)) return;
    shown.add(key);
    const row = bySignal.get(evidence.signal);
    if (row) row.items.push(evidence);
    else bySignal.set(evidence.signal, { signal: evidence.signal, group, items: [evidence] });
  };
  for (const evidence of verdict.asks.evidence) add("asks", evidence);
  for (const evidence of verdict.origin.evidence)
    if (FILE_SIGNALS.has(evidence.signal)) add("asks", evidence);
  for (const evidence of verdict.claim.evidence) add("claim", evidence);
  const story = verdict.patterns.flatMap((match) => match.evidence);
  for (const evidence of story.filter((item) => item.signal !== "urgency")) add("story", evidence);
  for (const evidence of story.filter((item) => item.signal === "urgency")) add("story", evidence);

  const rank = (row: EvidenceRow): number => {
    if (row.group === "story") return 0;
    const order = ROW_ORDER[row.group].indexOf(row.signal);
    return order < 0 ? ROW_ORDER[row.group].length : order;
  };
  const groups: readonly EvidenceGroupId[] = ["asks", "claim", "story"];
  const rows = [...bySignal.values()];
  return groups.flatMap((group) =>
    rows
      .filter((row) => row.group === group)
      // Array.prototype.sort is stable: story rows keep the order the story was told in.
      .sort((left, right) => rank(left) - rank(right)),
  );
}
