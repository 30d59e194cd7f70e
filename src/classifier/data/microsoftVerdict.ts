// Microsoft's own filter verdict headers: what each value means, as Microsoft documents it (kind
// "microsoft-docs", taken 2026-11-29). The reader's words for each value are in the catalogues,
// keyed by these codes; this table says what kind of verdict a code is.
// Sources:
//   HDR  https://learn.microsoft.com/defender-office-365/message-headers-eop-mdo ("Anti-spam message headers")
//   SCL  https://learn.microsoft.com/defender-office-365/anti-spam-spam-confidence-level-scl-about
//   BCL  https://learn.microsoft.com/defender-office-365/anti-spam-bulk-complaint-level-bcl-about
//   SPOOF https://learn.microsoft.com/defender-office-365/anti-phishing-protection-spoofing-about (SFTY 9.11, 9.22)
//   TIPS https://learn.microsoft.com/defender-office-365/anti-phishing-policies-about (impersonation, first contact)
// Left out on purpose: values only older revisions document (SFTY 9.1, 9.21, 9.23, 9.24) and the
// diagnostic fields (SFS, SFP, PCL, RULEID), which say nothing a reader can use. CAT:NONE appears
// only in Microsoft's examples ("no category").

export type VerdictKind =
  | "phish"
  | "high-confidence-phish"
  | "spoof"
  | "impersonation"
  | "malware"
  | "attachment-policy"
  | "spam"
  | "high-confidence-spam"
  | "bulk"
  | "clean"
  | "skipped"
  | "blocked-sender"
  | "released"
  | "first-contact";

export type ThreatKind = Extract<
  VerdictKind,
  "phish" | "high-confidence-phish" | "spoof" | "impersonation" | "malware"
>;

/** Kinds that say the message is a threat (they raise our level, and lead the evidence). */
export const THREAT_KINDS: ReadonlySet<VerdictKind> = new Set<ThreatKind>([
  "phish",
  "high-confidence-phish",
  "spoof",
  "impersonation",
  "malware",
]);

/** X-Forefront-Antispam-Report CAT: (HDR; BIMP, DIMP, GIMP, UIMP, SAP are Defender for Office 365 only). */
export const CATEGORIES = {
  AMP: "malware",
  BIMP: "impersonation",
  BULK: "bulk",
  DIMP: "impersonation",
  FTBP: "attachment-policy",
  GIMP: "impersonation",
  HPHSH: "high-confidence-phish",
  HPHISH: "high-confidence-phish",
  HSPM: "high-confidence-spam",
  INTOS: "phish",
  MALW: "malware",
  OSPM: "spam",
  PHSH: "phish",
  SAP: "attachment-policy",
  SPM: "spam",
  SPOOF: "spoof",
  UIMP: "impersonation",
  NONE: "clean",
} as const satisfies Record<string, VerdictKind>;
export type CategoryCode = keyof typeof CATEGORIES;

/** X-Forefront-Antispam-Report SFV: (HDR). */
export const FILTER_VERDICTS = {
  BLK: "blocked-sender",
  NSPM: "clean",
  SFE: "skipped",
  SKA: "skipped",
  SKB: "blocked-sender",
  SKI: "skipped",
  SKN: "skipped",
  SKQ: "released",
  SKS: "spam",
  SPM: "spam",
} as const satisfies Record<string, VerdictKind>;
export type FilterVerdictCode = keyof typeof FILTER_VERDICTS;

/** X-Forefront-Antispam-Report SFTY: (HDR for 9.19, 9.20, 9.25; SPOOF for 9.11, 9.22). */
export const SAFETY_TIPS = {
  "9.11": "spoof",
  "9.19": "impersonation",
  "9.20": "impersonation",
  "9.22": "spoof",
  "9.25": "first-contact",
} as const satisfies Record<string, VerdictKind>;
export type SafetyTipCode = keyof typeof SAFETY_TIPS;

/**
 * The threat a verdict's codes name: the category's, else the safety tip's, else the filter
 * verdict's; undefined for none. Codes Microsoft does not document (and inherited names such as
 * "constructor") name nothing.
 */
export function threatOfCodes(
  category: string,
  safetyTip: string,
  filterVerdict: string,
): ThreatKind | undefined {
  for (const [table, code] of [
    [CATEGORIES, category],
    [SAFETY_TIPS, safetyTip],
    [FILTER_VERDICTS, filterVerdict],
  ] as const) {
    const kind = Object.prototype.hasOwnProperty.call(table, code)
      ? (table as Record<string, VerdictKind>)[code]
      : undefined;
    if (kind && THREAT_KINDS.has(kind)) return kind as ThreatKind;
  }
  return undefined;
}

/**
 * compauth reason= codes (HDR), grouped as the card explains them. Specific codes (130: an ARC
 * seal Microsoft trusts overrode a DMARC failure) come before the range that holds them.
 */
export const COMPAUTH_REASON_GROUPS = [
  { group: "explicit-fail", from: 0, to: 0 },
  { group: "implicit-fail", from: 1, to: 1 },
  { group: "policy-prohibits", from: 2, to: 2 },
  { group: "own-domain-spoofed", from: 10, to: 10 },
  { group: "arc-override", from: 130, to: 130 },
  { group: "pass", from: 100, to: 199 },
  { group: "soft-pass", from: 200, to: 299 },
  { group: "not-checked", from: 300, to: 399 },
  { group: "bypassed", from: 400, to: 499 },
  { group: "delivery-report", from: 501, to: 502 },
  { group: "own-domain-spoofed", from: 600, to: 699 },
  { group: "pass-history", from: 700, to: 799 },
  { group: "bypassed", from: 900, to: 999 },
] as const;
export type CompauthReasonGroup = (typeof COMPAUTH_REASON_GROUPS)[number]["group"];

/** The group of a three-digit compauth reason code; undefined when Microsoft documents none. */
export function compauthReasonGroup(code: string): CompauthReasonGroup | undefined {
  if (!/^\d{3}$/.test(code)) return undefined;
  const value = Number(code);
  return COMPAUTH_REASON_GROUPS.find((entry) => value >= entry.from && value <= entry.to)?.group;
}

/**
 * SCL (X-Forefront-Antispam-Report SCL:, X-MS-Exchange-Organization-SCL): -1 skipped filtering,
 * 0-1 not spam, 5-6 spam, 7-9 high-confidence spam; 2-4 are never stamped (SCL page, 2026-05).
 * BCL (X-Microsoft-Antispam BCL:): 0 not bulk, 1-3 few complaints, 4-7 mixed, 8-9 many (BCL page).
 */
export type SclBand = "skipped" | "clean" | "spam" | "high-confidence-spam";
export function sclBand(scl: number): SclBand | undefined {
  if (scl === -1) return "skipped";
  if (scl === 0 || scl === 1) return "clean";
  if (scl === 5 || scl === 6) return "spam";
  if (scl >= 7 && scl <= 9) return "high-confidence-spam";
  return undefined;
}

export type BclBand = "not-bulk" | "bulk-few-complaints" | "bulk-mixed" | "bulk-many-complaints";
export function bclBand(bcl: number): BclBand | undefined {
  if (bcl === 0) return "not-bulk";
  if (bcl >= 1 && bcl <= 3) return "bulk-few-complaints";
  if (bcl >= 4 && bcl <= 7) return "bulk-mixed";
  if (bcl >= 8 && bcl <= 9) return "bulk-many-complaints";
  return undefined;
}
