// What the card says first: at most three reasons built from the strongest facts a reader can check
// (who really sent it, where the button goes, the number it wants you to call, the file), the
// advice, and the help for someone who already acted. Ids and values only: the catalogues hold the
// words.

import { GENERAL_ADVICE, GENERAL_AFTER_ACTING } from "./data/patterns";
import type { CompiledRules } from "./rules";
import { hostOfUrl, isMicrosoftSendingDomain } from "./domains";
import {
  WEB_LINK_SIGNALS,
  type AdviceId,
  type AfterActingId,
  type AskAnswer,
  type AskKind,
  type ClaimAnswer,
  type Evidence,
  type Level,
  type OriginAnswer,
  type PatternMatch,
  type Reason,
} from "./types";

const MAX_REASONS = 3;

const WEB_LINKS: ReadonlySet<Evidence["signal"]> = new Set(WEB_LINK_SIGNALS);

/** The order a story's asks are worth telling in; a tech-support scam's number before its links. */
const ASK_ORDER: Record<string, readonly AskKind[]> = {
  "tech-support": ["call", "remote-access", "pay", "link", "attachment", "mailto", "reply", "qr", "install"],
  lottery: ["pay", "mailto", "reply", "link", "call", "attachment", "qr", "install", "remote-access"],
  "license-validation": [
    "pay",
    "link",
    "reply",
    "call",
    "mailto",
    "attachment",
    "qr",
    "install",
    "remote-access",
  ],
  "security-update": [
    "attachment",
    "install",
    "link",
    "call",
    "mailto",
    "reply",
    "pay",
    "qr",
    "remote-access",
  ],
  general: ["link", "call", "qr", "attachment", "mailto", "pay", "reply", "remote-access", "install"],
};

function askReason(kind: AskKind, asks: AskAnswer): Reason | undefined {
  const find = (signal: Evidence["signal"]): Evidence | undefined =>
    asks.evidence.find((item) => item.signal === signal);
  switch (kind) {
    case "call": {
      const number = find("call-number");
      return number ? { id: "asks-to-call", values: { number: number.text } } : undefined;
    }
    case "link": {
      const link = asks.evidence.find((item) => WEB_LINKS.has(item.signal));
      if (!link?.detail) return undefined;
      return {
        id: "link-goes-to",
        values: { label: link.text, host: hostOfUrl(link.detail) || link.detail },
      };
    }
    case "attachment": {
      const program = find("risky-attachment");
      if (program) return { id: "attachment-program", values: { name: program.text } };
      const document = find("document-attachment");
      return document ? { id: "attachment-document", values: { name: document.text } } : undefined;
    }
    case "qr":
      return { id: "asks-to-scan-qr", values: {} };
    case "mailto": {
      const address = find("write-to-address");
      return address
        ? { id: "asks-to-write", values: { address: address.detail ?? address.text } }
        : undefined;
    }
    case "pay":
      return { id: "asks-for-card", values: {} };
    case "reply":
      return { id: "asks-for-data", values: {} };
    case "remote-access":
      return { id: "asks-for-remote-access", values: {} };
    case "install":
      return undefined;
  }
}

export function explain(
  level: Level,
  impersonates: boolean,
  claim: ClaimAnswer,
  origin: OriginAnswer,
  asks: AskAnswer,
  patterns: readonly PatternMatch[],
  rules: CompiledRules,
): { reasons: Reason[]; advice: AdviceId[]; afterActing: AfterActingId[] } {
  if (level === "none") return { reasons: [], advice: [], afterActing: [] };
  const reasons: Reason[] = [];
  const add = (reason: Reason | undefined): void => {
    if (reason && reasons.length < MAX_REASONS && !reasons.some((item) => item.id === reason.id))
      reasons.push(reason);
  };
  const verdict = origin.microsoftVerdict;
  if (verdict?.threat) {
    add({
      id: "filter-verdict",
      values: {
        category: verdict.category || verdict.safetyTip || verdict.filterVerdict,
        compauth: verdict.compauthReason,
      },
    });
  }
  const sender = origin.sender;
  if (impersonates) {
    const claimSignal = (signal: Evidence["signal"]): Evidence | undefined =>
      claim.evidence.find((item) => item.signal === signal);
    const lookalike = claimSignal("lookalike-sender-domain");
    const unverified = claimSignal("microsoft-address-unverified");
    if (lookalike) add({ id: "lookalike-sender", values: { domain: lookalike.text } });
    else if (unverified) add({ id: "claims-but-unverified", values: { address: unverified.text } });
    // A Microsoft address that could not be checked (no headers): never "sent from microsoft.com".
    else if (isMicrosoftSendingDomain(sender.fromDomain))
      add({ id: "claims-but-unverified", values: { address: sender.fromAddress } });
    else if (origin.carrier) add({ id: "carried-by-service", values: { service: origin.carrier } });
    else if (sender.fromDomain)
      add({
        id: "claims-but-sent-from",
        values: { domain: sender.fromRegistrableDomain || sender.fromDomain },
      });
    const disguise = claimSignal("disguised-brand");
    if (disguise && reasons.length < 2) add({ id: "disguised-brand", values: { text: disguise.text } });
  }
  const first = patterns[0];
  const order = ASK_ORDER[first?.id ?? "general"] ?? ASK_ORDER["general"] ?? [];
  for (const kind of order) if (asks.kinds.includes(kind)) add(askReason(kind, asks));
  if (first?.id === "lottery") add({ id: "no-lottery", values: {} });

  const row = first ? rules.rules.patterns.find((item) => item.id === first.id) : undefined;
  const advice: AdviceId[] = [...(row?.advice ?? GENERAL_ADVICE)].filter(
    (id) =>
      (id !== "do-not-scan-qr" || asks.kinds.includes("qr")) &&
      (id !== "do-not-call" || asks.kinds.includes("call") || first?.id === "tech-support"),
  );
  if (asks.kinds.includes("attachment") && !advice.includes("do-not-open-attachment"))
    advice.splice(1, 0, "do-not-open-attachment");
  if (asks.kinds.includes("qr") && !advice.includes("do-not-scan-qr")) advice.splice(1, 0, "do-not-scan-qr");
  if (asks.kinds.includes("call") && !advice.includes("do-not-call")) advice.splice(1, 0, "do-not-call");
  const afterActing: AfterActingId[] = [...(row?.afterActing ?? GENERAL_AFTER_ACTING)];
  if (asks.kinds.includes("remote-access") && !afterActing.includes("remote-disconnect"))
    afterActing.unshift("remote-disconnect");
  if (asks.kinds.includes("attachment") && !afterActing.includes("opened-attachment-scan"))
    afterActing.push("opened-attachment-scan");
  return { reasons, advice, afterActing };
}
