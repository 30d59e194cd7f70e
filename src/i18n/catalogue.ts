// The shape of a language catalogue: every word the reader sees (task pane and Report dialog), keyed by the ids the classifier returns.

import type { AdviceId, Level, PatternId } from "../classifier";

export type Language = "en" | "ja";

export interface Catalogue {
  language: Language;
  appName: string;
  headline: Record<Level, string>;
  /** One sentence under the headline. */
  summary: Record<Level, string>;
  genuineMicrosoft: string;
  patternTitle: Record<PatternId, string>;
  /** How the scam works, in plain words. */
  patternExplanation: Record<PatternId, string>;
  confidence: Record<"high" | "medium" | "low", string>;
  /** Short label of each signal; unknown signals fall back to their id. */
  signal: Record<string, string>;
  location: Record<string, string>;
  advice: Record<AdviceId, string>;
  /** In-message warning bar (at most 150 characters after filling in). */
  infoBar: { danger: string; caution: string };
  sections: {
    claim: string;
    evidence: string;
    whatToDo: string;
    otherSignals: string;
    authentication: string;
    notChecked: string;
    diagnostics: string;
    settings: string;
    officialGuidance: string;
    realDestination: string;
    sentFrom: string;
    moreEvidence: string;
  };
  parts: Record<
    "headers" | "authentication" | "sender" | "subject" | "text" | "html" | "attachments",
    string
  >;
  status: {
    loading: string;
    noItem: string;
    officeFailed: string;
    skippedCharacters: string;
    skippedLinks: string;
  };
  demo: {
    title: string;
    intro: string;
    pickSample: string;
    dropFile: string;
    chooseFile: string;
    pasteLabel: string;
    analysePasted: string;
    unreadable: string;
  };
  report: {
    button: string;
    sent: string;
    failed: string;
    /** Outlook's Report button: the post-processing dialog after the report opened, or failed. */
    reportOpenedMovedToJunk: string;
    reportNotPrepared: string;
  };
  settingsLabels: {
    reportAddress: string;
    showInfoBar: string;
    language: string;
    languageAuto: string;
    save: string;
    saved: string;
  };
  /** What this Outlook lets the pane do: pinning, the report form, keeping settings. */
  platform: {
    /** Where the pane can be pinned: said once. */
    pinHint: string;
    /** Where it cannot: said once, in plain words. */
    checksWhenAsked: string;
    reportOpened: string;
    reportFailed: string;
    reportUnavailable: string;
    settingsNotKept: string;
  };
}

/** Fills "{name}" placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
