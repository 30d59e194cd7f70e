// The level, from the three answers. The rule, in one place:
//   speaks as Microsoft + not from Microsoft + asks something  = danger
//   speaks as Microsoft + not from Microsoft                   = caution (the seed's general rule)
//   Microsoft's own filter calls it phishing, spoofing or impersonation: one level up, at least caution
//   Microsoft speaking for itself (aligned authentication, its own text) = none, unless it carries a
//   program: Microsoft never mails software.
// The story (stories.ts) names the scam; it never decides the level.

import { MICROSOFT_SYSTEM_MAILBOXES } from "./data/microsoft";
import { isMicrosoftSendingDomain } from "./domains";
import type { AskAnswer, AskKind, ClaimAnswer, Level, OriginAnswer, PatternMatch } from "./types";

const SUBJECT_STORY_ASKS: ReadonlySet<AskKind> = new Set(["attachment", "call", "remote-access", "pay"]);
/** What a delivery report may carry without asking anything: the failed address, "send it again". */
const REPORT_ASKS: ReadonlySet<AskKind> = new Set(["link", "call", "qr", "pay", "remote-access", "install"]);

export interface Decision {
  level: Level;
  impersonatesMicrosoft: boolean;
  speaksAsMicrosoft: boolean;
}

export function decide(
  claim: ClaimAnswer,
  origin: OriginAnswer,
  asks: AskAnswer,
  patterns: readonly PatternMatch[],
): Decision {
  // Microsoft's name only in the subject speaks as Microsoft when the whole story and an ask no
  // newsletter makes are there ("Microsoft security update" with an attached program).
  const speaksAsMicrosoft =
    claim.speaksAsMicrosoft ||
    (claim.strength === "weak" &&
      patterns.some(
        (match) => match.confidence === "high" && match.asks.some((kind) => SUBJECT_STORY_ASKS.has(kind)),
      ));
  // Where Outlook gave no headers, a Microsoft address (or one of its system mailboxes) cannot be
  // checked: it is not held against mail that points nowhere off Microsoft (no link elsewhere, no
  // number, program, QR code or address). Words alone are in Microsoft's own mail too: "sign in",
  // "let us know", "payment method", "Remote Desktop".
  const unverifiable =
    !origin.sender.authentication.present &&
    (isMicrosoftSendingDomain(origin.sender.fromDomain) ||
      MICROSOFT_SYSTEM_MAILBOXES.has(origin.sender.fromAddress.toLowerCase()));
  const reportAsks =
    asks.kinds.some((kind) => REPORT_ASKS.has(kind)) ||
    asks.evidence.some((item) => item.signal === "risky-attachment");
  const speaksForItself =
    origin.fromMicrosoft || (origin.deliveryReport && !reportAsks) || (unverifiable && !asks.offMicrosoft);
  const impersonatesMicrosoft = speaksAsMicrosoft && !speaksForItself;
  const threat = origin.microsoftVerdict?.threat === true;

  let level: Level = "none";
  if (origin.fromMicrosoft) {
    if (
      asks.evidence.some(
        (item) =>
          item.signal === "risky-attachment" && (item.detail === "executable" || item.detail === "script"),
      )
    )
      level = "caution";
  } else if (impersonatesMicrosoft) {
    const asksSomething = asks.strong || (claim.strength === "strong" && asks.kinds.length > 0);
    level = asksSomething || threat ? "danger" : "caution";
  } else if (threat) {
    level = "caution";
  }
  return { level, impersonatesMicrosoft, speaksAsMicrosoft };
}
