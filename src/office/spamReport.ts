// Integrated spam reporting (Mailbox 1.14): the handler behind Outlook's Report button. It reads
// the message (getAsFileAsync) to name the scam pattern, opens a report addressed to the
// configured reporting address with the original attached, and asks Outlook to move the
// message to Junk. It calls event.completed on every path, failure included.

import { PATTERN_IDS, type PatternId } from "../classifier/types";
import { CATALOGUES, format, pickLanguage } from "../i18n";
import { callOffice } from "./officeCall";
import { reportForm } from "./report";
import { loadSettings } from "./settings";

/** The preprocessing dialog's options, in manifest order (Option1…Option5). */
export const REPORT_REASONS: readonly PatternId[] = PATTERN_IDS;

export interface SpamReportingEvent {
  options?: boolean[];
  freeText?: string;
  completed(options: Office.SpamReportingEventCompletedOptions & { showPostProcessingDialog?: object }): void;
}

export type SpamReportHost = Pick<typeof Office, "context" | "MailboxEnums">;

/** Finds the scam pattern in a Base64 .eml; injected so the handler stays testable and small. */
export type PatternFinder = (base64Eml: string) => Promise<PatternId | undefined>;

export async function handleSpamReport(
  event: SpamReportingEvent,
  office: SpamReportHost,
  findPattern: PatternFinder,
): Promise<void> {
  const settings = loadSettings(office.context.roamingSettings);
  const catalogue = CATALOGUES[pickLanguage(office.context.displayLanguage, settings.language)];
  const item = office.context.mailbox.item as Office.MessageRead | null | undefined;
  try {
    if (!item) throw new Error("no message selected");
    let found: PatternId | undefined;
    try {
      const eml = await callOffice<string>("getAsFileAsync", (callback) => item.getAsFileAsync(callback));
      found = await findPattern(eml);
    } catch {
      found = undefined;
    }
    const chosen = REPORT_REASONS.filter((_, index) => event.options?.[index]);
    const notes = [`Reasons chosen by the reader: ${chosen.length > 0 ? chosen.join(", ") : "none"}.`];
    if (event.freeText) notes.push(`Reader's note: ${event.freeText}`);
    const form = reportForm(item, {
      address: settings.reportAddress,
      subject: item.subject ?? "",
      pattern: found,
      notes,
    });
    await callOffice<void>("displayNewMessageFormAsync", (callback) =>
      office.context.mailbox.displayNewMessageFormAsync(form, callback),
    );
    event.completed({
      moveItemTo: office.MailboxEnums.MoveSpamItemTo.JunkFolder,
      onErrorDeleteItem: false,
      showPostProcessingDialog: {
        title: catalogue.appName,
        description: format(catalogue.report.reportOpenedMovedToJunk, { address: settings.reportAddress }),
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    event.completed({
      moveItemTo: office.MailboxEnums.MoveSpamItemTo.NoMove,
      onErrorDeleteItem: false,
      showPostProcessingDialog: {
        title: catalogue.appName,
        description: format(catalogue.report.reportNotPrepared, { reason, address: settings.reportAddress }),
      },
    });
  }
}
