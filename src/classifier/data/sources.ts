// Where a rule-table entry comes from. Every entry names one kind, never a corpus message: a rule
// that exists for one message overfits (tests/classifier/tables.test.ts holds this).

export type SourceKind =
  /** Microsoft's own documentation (Microsoft Learn, Microsoft Support). */
  | "microsoft-docs"
  /** Microsoft's Japanese consumer page on scams misusing its name (../shared/seed). */
  | "seed"
  /** Public warnings about these campaigns (Microsoft Security blog, IPA, the Council of Anti-Phishing Japan, consumer agencies). */
  | "public-warning"
  /** The ordinary language of scam mail in general, not of one campaign. */
  | "scam-language"
  /** Unicode or Internet standards (UTS #39, RFC 5321, the Public Suffix List). */
  | "standard";

export const SOURCE_KINDS: readonly SourceKind[] = [
  "microsoft-docs",
  "seed",
  "public-warning",
  "scam-language",
  "standard",
];
