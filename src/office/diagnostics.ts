// What the Diagnostics section shows: host, platform, version, account type, the Mailbox sets the
// pane asks about, and every Office.js call that failed (reading the message or anything else).

import { isMailboxSetSupported, supports } from "./compatibility";
import { requirementSetsUsed } from "./mailboxSets";
import type { OfficeHost, ReadProblem } from "./readMessage";

/** Office.js work beyond reading the message. */
export type PaneArea = "warning-bar" | "settings" | "report";

/** A failed or missing Office.js call outside reading the message, shown in Diagnostics. */
export interface PaneProblem {
  part: PaneArea;
  api: string;
  reason: "unsupported" | "failed" | "timeout";
  detail: string;
}

export type Problem = ReadProblem | PaneProblem;

export interface Diagnostics {
  host: string;
  platform: string;
  version: string;
  /** mailbox.diagnostics.hostName. */
  hostName: string;
  /** userProfile.accountType, "" where Mailbox 1.6 is missing. */
  accountType: string;
  displayLanguage: string;
  mailboxSets: Record<string, boolean>;
  problems: Problem[];
}

export function collectDiagnostics(office: OfficeHost, problems: readonly Problem[]): Diagnostics {
  const context = office.context;
  const read = <T>(get: () => T, fallback: T): T => {
    try {
      return get() ?? fallback;
    } catch {
      return fallback;
    }
  };
  return {
    host: read(() => String(context.diagnostics?.host ?? ""), ""),
    platform: read(() => String(context.diagnostics?.platform ?? ""), ""),
    version: read(() => String(context.diagnostics?.version ?? ""), ""),
    hostName: read(() => String(context.mailbox?.diagnostics?.hostName ?? ""), ""),
    accountType: supports(office, "account-type")
      ? read(() => String(context.mailbox?.userProfile?.accountType ?? ""), "")
      : "",
    displayLanguage: read(() => context.displayLanguage, ""),
    mailboxSets: Object.fromEntries(
      requirementSetsUsed().map((version) => [version, isMailboxSetSupported(office, version)]),
    ),
    problems: [...problems],
  };
}
