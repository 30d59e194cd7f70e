// The classifier's input (`Message`) and output (`Verdict`) types, shared by every front end.

export const PATTERN_IDS = [
  "tech-support",
  "lottery",
  "license-validation",
  "security-update",
  "account-credential",
] as const;

export type PatternId = (typeof PATTERN_IDS)[number];

export type Level = "danger" | "caution" | "none";

export interface Mailbox {
  name: string;
  address: string;
}

export interface AttachmentInfo {
  name: string;
  contentType: string;
  /** Size in bytes, when the source knows it. */
  size?: number | undefined;
}

/** One message as any front end (Outlook, .eml file, demo page) can build it. */
export interface Message {
  /** The raw internet-header block, as `getAllInternetHeadersAsync` returns it. */
  headers?: string | undefined;
  from?: Mailbox | undefined;
  sender?: Mailbox | undefined;
  replyTo?: Mailbox[] | undefined;
  to?: Mailbox[] | undefined;
  subject?: string | undefined;
  text?: string | undefined;
  html?: string | undefined;
  attachments?: AttachmentInfo[] | undefined;
}

/** Where in the message a piece of evidence was found. */
export type EvidenceLocation =
  | "subject"
  | "from-name"
  | "from-address"
  | "sender"
  | "reply-to"
  | "return-path"
  | "body"
  | "link"
  | "header"
  | "attachment";

export type EvidenceKind =
  "brand-claim" | "phrase" | "link" | "sender" | "authentication" | "attachment" | "phone" | "obfuscation";

/**
 * One fact a person can check in the message. `signal` is a catalogue key (the UI turns it into
 * words); `text` is the exact text from the message; `detail` adds what it really is (a link's
 * destination, the sender's real domain).
 */
export interface Evidence {
  kind: EvidenceKind;
  signal: string;
  text: string;
  location: EvidenceLocation;
  detail?: string | undefined;
}

export type Confidence = "high" | "medium" | "low";

export interface PatternMatch {
  id: PatternId;
  confidence: Confidence;
  evidence: Evidence[];
}

export type AuthResult =
  "pass" | "fail" | "softfail" | "neutral" | "none" | "temperror" | "permerror" | "unknown";

export interface Authentication {
  spf: AuthResult;
  dkim: AuthResult;
  /** Domains (d=) of the passing DKIM signatures. */
  dkimDomains: string[];
  dmarc: AuthResult;
  compauth: AuthResult;
  /** True when the results came from a header at all. */
  present: boolean;
}

export interface SenderFacts {
  fromAddress: string;
  fromDomain: string;
  /** Registrable domain (eTLD+1) of the From address. */
  fromRegistrableDomain: string;
  returnPathDomain: string;
  replyToDomains: string[];
  authentication: Authentication;
  /** From is one of Microsoft's sending domains and authentication aligns with it. */
  authenticatedMicrosoft: boolean;
  freeMail: boolean;
}

export type AdviceId =
  | "do-not-click"
  | "do-not-reply-with-data"
  | "do-not-call"
  | "hang-up"
  | "do-not-open-attachment"
  | "no-lottery"
  | "genuine-validation-never-asks-card"
  | "updates-only-from-windows-update"
  | "sign-in-directly"
  | "delete"
  | "report"
  | "if-paid-contact-bank"
  | "police-report";

export interface Analysed {
  headers: boolean;
  authentication: boolean;
  sender: boolean;
  subject: boolean;
  text: boolean;
  html: boolean;
  attachments: boolean;
  /** Characters of body left unread because the message exceeded the analysed prefix. */
  skippedCharacters: number;
  /** Links beyond the analysed count. */
  skippedLinks: number;
}

export interface Verdict {
  level: Level;
  impersonatesMicrosoft: boolean;
  /** Why the message is taken to claim Microsoft's name. */
  claim: Evidence[];
  patterns: PatternMatch[];
  /** Suspicious facts not tied to one pattern (mismatched links, look-alike domains…). */
  signals: Evidence[];
  sender: SenderFacts;
  advice: AdviceId[];
  analysed: Analysed;
}
