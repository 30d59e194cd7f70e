// The classifier's input (`Message`) and output (`Verdict`) types, shared by every front end. Every
// id a reader can meet (pattern, signal, ask, advice, reason) is a string-literal union here, so
// the catalogues in src/i18n are checked against them by the compiler.

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
  /**
   * The address of the person reading (Office: `userProfile.emailAddress`). To: is the sender's
   * to write; this is not. Without it, the Delivered-To or X-Original-To the receiving server
   * wrote above its Received fields is used.
   */
  reader?: string | undefined;
  /**
   * Outlook filed the item as a delivery report (`itemClass` REPORT.*; a file: a multipart/report
   * body). Known even where Outlook gives no header block.
   */
  deliveryReport?: boolean | undefined;
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
  | "reply-to"
  | "return-path"
  | "heading"
  | "image"
  | "signature"
  | "body"
  | "link"
  | "header"
  | "attachment";

/** Question 1, does the message speak as Microsoft? (claim.ts) */
export const CLAIM_SIGNALS = [
  "brand-in-display-name",
  "brand-in-heading",
  "brand-in-image",
  "logo-colours",
  "brand-in-signature",
  "brand-in-subject",
  "account-reference",
  "brand-in-story",
  "disguised-brand",
  "lookalike-sender-domain",
  "microsoft-address-unverified",
] as const;
export type ClaimSignal = (typeof CLAIM_SIGNALS)[number];

/** Question 2, did Microsoft send it, and write it? (origin.ts) */
export const ORIGIN_SIGNALS = [
  "microsoft-filter-verdict",
  "sent-by-microsoft",
  "microsoft-service-carries-content",
  "sender-not-microsoft",
  "free-mail-sender",
  "microsoft-address-failed-authentication",
  "reply-to-elsewhere",
  "lookalike-return-path",
  "delivery-report",
  "microsoft-never-attaches-programs",
] as const;
export type OriginSignal = (typeof ORIGIN_SIGNALS)[number];

/** What a web link the reader is asked to follow shows, most telling first: asks.ts gives each link the first that fits. */
export const WEB_LINK_SIGNALS = [
  "link-lookalike-domain",
  "link-text-mismatch",
  "brand-link-off-microsoft",
  "link-ip-address",
  "link-shortener",
  "link-microsoft-hosted",
  "link-off-microsoft",
] as const;
export type WebLinkSignal = (typeof WEB_LINK_SIGNALS)[number];

/** Question 3, what does it ask the reader to do? (asks.ts) */
export const ASK_SIGNALS = [
  ...WEB_LINK_SIGNALS,
  "link-script",
  "call-number",
  "phone-number",
  "remote-access",
  "risky-attachment",
  "document-attachment",
  "install-request",
  "card-request",
  "payment-request",
  "reply-with-data",
  "personal-data-request",
  "sign-in-request",
  "scan-qr-code",
  "write-to-address",
] as const;
export type AskSignal = (typeof ASK_SIGNALS)[number];

/** The story a scam tells (data/patterns.ts), and the pressure it adds. */
export const STORY_SIGNALS = [
  "virus-alarm",
  "support-offer",
  "invoice-renewal",
  "prize-win",
  "licence-problem",
  "billing-problem",
  "update-pretext",
  "account-threat",
  "mailbox-storage",
  "password-expiry",
  "terms-update",
  "shared-document",
  "voice-message",
  "unread-message",
  "urgency",
] as const;
export type StorySignal = (typeof STORY_SIGNALS)[number];

export type SignalId = ClaimSignal | OriginSignal | AskSignal | StorySignal;

/** What the reader is asked to do, whatever the language. */
export const ASK_KINDS = [
  "link",
  "call",
  "reply",
  "attachment",
  "pay",
  "qr",
  "mailto",
  "remote-access",
  "install",
] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/**
 * One fact a person can check in the message. `signal` is a catalogue key (the card turns it into
 * words); `text` is exactly as the message has it; `detail` says what it really is (a link's
 * destination, the sender's real domain, a number in international form).
 */
export interface Evidence {
  signal: SignalId;
  text: string;
  location: EvidenceLocation;
  detail?: string | undefined;
}

export type Confidence = "high" | "medium" | "low";

export interface PatternMatch {
  id: PatternId;
  confidence: Confidence;
  /** The story's own evidence (phrases); the asks that fit it are named in `asks`. */
  evidence: Evidence[];
  /** The asks of the message that fit this story. */
  asks: AskKind[];
}

export type AuthResult =
  "pass" | "fail" | "softfail" | "neutral" | "none" | "temperror" | "permerror" | "unknown";

export interface Authentication {
  spf: AuthResult;
  /** Domain SPF checked (smtp.mailfrom, or smtp.helo when the envelope sender was empty). */
  spfDomain: string;
  dkim: AuthResult;
  /** Domains (d=) of the passing DKIM signatures. */
  dkimDomains: string[];
  dmarc: AuthResult;
  compauth: AuthResult;
  /** compauth's reason= code, "" when absent. */
  compauthReason: string;
  /** True when results came from a header the receiving system added (see headers.ts). */
  present: boolean;
}

export interface SenderFacts {
  fromAddress: string;
  fromDomain: string;
  /** Registrable domain (eTLD+1, private suffixes included) of the From address. */
  fromRegistrableDomain: string;
  returnPathDomain: string;
  replyToDomains: string[];
  authentication: Authentication;
  /**
   * The domain authentication proves the message came from, aligned with From: what a pass
   * really shows ("verified as sent by ccjmsolutions.com"). "" when nothing aligned passed.
   */
  verifiedDomain: string;
  freeMail: boolean;
}

/** Microsoft's own filter verdict, read from the copy its servers stamped on arrival. */
export interface MicrosoftVerdict {
  /** X-Forefront-Antispam-Report CAT, upper case ("PHSH"), "" when absent. */
  category: string;
  /** SFV ("NSPM", "SPM"…), "" when absent. */
  filterVerdict: string;
  /** SFTY ("9.19"…), "" when absent. */
  safetyTip: string;
  /** DIR: INB inbound, INT internal, "" when absent. */
  direction: string;
  /** Spam confidence level, undefined when absent. */
  scl: number | undefined;
  /** Bulk complaint level, undefined when absent. */
  bcl: number | undefined;
  /** compauth result and reason from Microsoft's Authentication-Results. */
  compauth: AuthResult;
  compauthReason: string;
  /** The verdict says phishing, spoofing, impersonation or malware. */
  threat: boolean;
}

export type ClaimStrength = "none" | "weak" | "medium" | "strong";

export interface ClaimAnswer {
  speaksAsMicrosoft: boolean;
  strength: ClaimStrength;
  evidence: Evidence[];
}

export type CarrierId = "sharepoint" | "teams" | "azure-invitation" | "forms" | "encryption";

export interface OriginAnswer {
  /** Microsoft's servers sent it: a Microsoft sending domain with aligned, passing authentication. */
  sentByMicrosoft: boolean;
  /** Microsoft's service carried text someone else wrote (share notifications, guest invitations). */
  carrier: CarrierId | undefined;
  /** A delivery report of the reader's own mail system (non-delivery, delay). */
  deliveryReport: boolean;
  /** Microsoft speaks for itself: sent by Microsoft and not carrying another's content. */
  fromMicrosoft: boolean;
  /**
   * Mail from inside the reader's own organisation: Microsoft stamped it internal (DIR:INT,
   * AuthAs: Internal), or it authenticates for the reader's own domain. Its IT staff writing about
   * "your Microsoft 365 account" speak for the organisation, not as Microsoft.
   */
  ownOrganisation: boolean;
  sender: SenderFacts;
  microsoftVerdict: MicrosoftVerdict | undefined;
  evidence: Evidence[];
}

export interface AskAnswer {
  kinds: AskKind[];
  /** At least one ask a scam needs (a link off Microsoft, a number to call, a program…). */
  strong: boolean;
  /**
   * The message points the reader off Microsoft with a fact one can check, not words alone: a link
   * to a site that is not Microsoft's (content a customer keeps on SharePoint or OneDrive counts as
   * Microsoft's here), a number to call, a program, a QR code, an address to write to.
   */
  offMicrosoft: boolean;
  evidence: Evidence[];
}

export type AdviceId =
  | "do-not-click"
  | "do-not-reply-with-data"
  | "do-not-call"
  | "hang-up"
  | "do-not-open-attachment"
  | "do-not-scan-qr"
  | "no-lottery"
  | "genuine-validation-never-asks-card"
  | "updates-only-from-windows-update"
  | "sign-in-directly"
  | "delete"
  | "report"
  | "if-paid-contact-bank"
  | "police-report";

/** Concrete steps for someone who already acted on the message (card's "I already…" help). */
export type AfterActingId =
  | "called-hang-up-no-remote"
  | "remote-disconnect"
  | "paid-contact-card-issuer"
  | "gift-card-contact-issuer"
  | "password-change"
  | "opened-attachment-scan"
  | "sent-data-watch";

/** One sentence on the card's first screen, built from the strongest checkable facts. */
export type ReasonId =
  | "filter-verdict"
  | "claims-but-sent-from"
  | "claims-but-unverified"
  | "lookalike-sender"
  | "disguised-brand"
  | "link-goes-to"
  | "asks-to-call"
  | "attachment-program"
  | "attachment-document"
  | "asks-to-scan-qr"
  | "asks-to-write"
  | "asks-for-card"
  | "asks-for-data"
  | "asks-for-remote-access"
  | "no-lottery"
  | "carried-by-service";

export interface Reason {
  id: ReasonId;
  /** Values the sentence needs ({domain}, {number}, {host}, {label}, {name}, {category}, {service}). */
  values: Record<string, string>;
}

export interface Analysed {
  headers: boolean;
  authentication: boolean;
  sender: boolean;
  subject: boolean;
  body: boolean;
  attachments: boolean;
  /** Characters of body left unread because the message exceeded the analysed prefix. */
  skippedCharacters: number;
  /** Links beyond the analysed count. */
  skippedLinks: number;
}

export interface Verdict {
  level: Level;
  /** Speaks as Microsoft and does not come from Microsoft. */
  impersonatesMicrosoft: boolean;
  claim: ClaimAnswer;
  origin: OriginAnswer;
  asks: AskAnswer;
  /** Stories that fit, best first; empty when flagged on the general rule alone. */
  patterns: PatternMatch[];
  /** Flagged for speaking as Microsoft from elsewhere, with no known story: the card explains the general rule. */
  generalRule: boolean;
  /** At most three reasons for the first screen, strongest first. */
  reasons: Reason[];
  advice: AdviceId[];
  afterActing: AfterActingId[];
  analysed: Analysed;
}
