// The shape of a language catalogue: every word the reader sees, keyed by the ids the classifier
// returns, so a missing string is a compile error. Two parts: `Catalogue` is what the first screen,
// the pane and the Report dialog need; `DetailsCatalogue` is what the card's "more" sections need,
// and loads with them after the first card is on screen. The full pane's settings and notes on
// this Outlook are in paneWords.ts, the demo page's own words in demoWords.ts.
// No part of a catalogue holds code points, MIME types or raw header values: those stay in
// Diagnostics. The key `platform` is kept free for the pane's pin hint and settings errors.

import type {
  AdviceId,
  AfterActingId,
  CarrierId,
  EvidenceLocation,
  Level,
  PatternId,
  ReasonId,
  SignalId,
} from "../classifier/types";
import type { AttachmentRisk } from "../classifier/data/attachments";
import type {
  BclBand,
  CategoryCode,
  CompauthReasonGroup,
  FilterVerdictCode,
  SafetyTipCode,
  SclBand,
  ThreatKind,
} from "../classifier/data/microsoftVerdict";
import type { OutlookReportPlace } from "../office/client";
import type { MessagePart } from "../office/readMessage";

export type Language = "en" | "ja";

/** What Microsoft's own filter concluded, one plain sentence per documented value. */
export interface MicrosoftVerdictWords {
  category: Record<CategoryCode, string>;
  filterVerdict: Record<FilterVerdictCode, string>;
  safetyTip: Record<SafetyTipCode, string>;
  compauth: Record<CompauthReasonGroup, string>;
  scl: Record<SclBand, string>;
  bcl: Record<BclBand, string>;
}

export interface Catalogue {
  language: Language;
  /** The language's own name, for the demo's language switch. */
  languageName: string;
  appName: string;
  headline: Record<Level, string>;
  /**
   * Headline when only Microsoft's own filter flags the message (phishing, spoofing or
   * impersonation of any brand) and it does not speak as Microsoft.
   */
  filterHeadline: string;
  /** One sentence under the headline when there are no reasons to show. */
  summary: Record<Level, string>;
  /** Under the "none" headline when Microsoft sent the message itself ({domain}). */
  genuineMicrosoft: string;
  /**
   * Under the "none" headline when Microsoft's message encryption carried the message: its content
   * opens on Microsoft's site and was not checked; open it only if expected from {domain}.
   */
  protectedContent: string;
  patternTitle: Record<PatternId, string>;
  /** Subtitle for mail flagged on Microsoft's general rule, with no known story. */
  generalRuleTitle: string;
  /** The first screen's "why we think so" sentences, one template per reason. */
  reason: Record<ReasonId, string>;
  /** Microsoft services that deliver text other people write ({service} in reasons). */
  carrier: Record<CarrierId, string>;
  advice: Record<AdviceId, string>;
  /** The first screen's line when Microsoft's own filter flagged the message, by the kind of threat. */
  filterThreat: Record<ThreatKind, string>;
  sections: {
    why: string;
    whatToDo: string;
    moreSteps: string;
    howItWorks: string;
    sender: string;
    evidence: string;
    afterActing: string;
    reportInOutlook: string;
    notChecked: string;
    diagnostics: string;
    settings: string;
    officialGuidance: string;
    loadingDetails: string;
  };
  /** Shown in place of a character a reader cannot see (zero-width, variation selectors). */
  hiddenCharacter: string;
  /** Parts of a message Outlook may fail to hand over. */
  parts: Record<MessagePart, string>;
  status: {
    loading: string;
    /** Under the first screen while the rest of the pane (report button, details) loads. */
    loadingPane: string;
    noItem: string;
    officeFailed: string;
    skippedCharacters: string;
    skippedLinks: string;
  };
  report: {
    button: string;
    /** Under the button, before it is pressed. */
    explain: string;
  };
}

/** Where the card's evidence rows are grouped, most checkable first. */
export type EvidenceGroupId = "asks" | "claim" | "story";

/** One place to get help, with how to reach it. */
export interface HelpContact {
  name: string;
  /** A phone number or short dial code, as the reader dials it. */
  phone?: string;
  /** An https address. */
  url?: string;
  what: string;
}

export interface DetailsCatalogue {
  language: Language;
  patternExplanation: Record<PatternId, string>;
  /** Microsoft's general rule, for mail flagged with no known story. */
  generalRule: string;
  evidenceGroup: Record<EvidenceGroupId, string>;
  /** Microsoft's own verdict, one sentence per documented value (the sender section). */
  microsoftVerdict: MicrosoftVerdictWords;
  /** One row label per signal, in plain words. */
  signal: Record<SignalId, string>;
  /** What kind of file an attachment is, in plain words. */
  attachmentKind: Record<AttachmentRisk, string>;
  location: Record<EvidenceLocation, string>;
  link: { showFull: string; hideFull: string };
  sender: {
    saysItIs: string;
    sentFrom: string;
    checks: string;
    repliesTo: string;
    microsoftFilter: string;
    /** Mail that does not speak as Microsoft: who authentication proves sent it. */
    verified: string;
    verifiedMicrosoft: string;
    verifiedNotMicrosoft: string;
    notVerified: string;
    microsoftAddressFailed: string;
    microsoftAddressUnchecked: string;
    noChecks: string;
    freeMail: string;
    lookalike: string;
    lookalikeReturnPath: string;
    carrier: string;
    deliveryReport: string;
    ownOrganisation: string;
    repliesElsewhere: string;
  };
  afterActing: Record<AfterActingId, { title: string; steps: readonly string[] }>;
  help: { title: string; contacts: readonly HelpContact[] };
  /** Outlook's own Report button, per client; work accounts first, as Microsoft documents those. */
  outlookReport: {
    intro: string;
    work: Record<OutlookReportPlace, string>;
    /** What the button does in an organisation. */
    workEffect: string;
    personal: string;
    /** Account kind Office.js did not tell. */
    unknownAccount: string;
    ourButton: string;
  };
}

/** Fills "{name}" placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
