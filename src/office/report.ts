// Reporting a scam from the card: a new message to the reporting address with the original
// attached as an item (forwarded as an attachment), which the reader sends. A task pane may open
// message forms; the event runtime of an integrated spam-reporting add-in may not, which is one
// reason the add-in leaves Outlook's own Report button alone (see manifest.xml).

import { GENERAL_REPORT_REASON, PATTERNS, type PatternId } from "../classifier";
import type { ClientFacts } from "./client";
import { requirementOf, supports, type RequirementHost } from "./compatibility";
import type { PaneProblem } from "./diagnostics";
import { callOffice, OfficeCallError } from "./officeCall";

/** What the card needs to offer reporting: the action, its outcome in the reader's words, and where Outlook's own Report button is. */
export interface CardReport {
  onReport: () => void;
  status?: string | undefined;
  client: ClientFacts;
}

export interface ReportRequest {
  address: string;
  subject: string;
  /** Pattern found, offered as the reason. */
  pattern: PatternId | undefined;
  /** No pattern fits but the message speaks as Microsoft from elsewhere (the seed's general rule). */
  generalRule?: boolean;
}

/** The reason a report gives, for the analyst who reads it (in English, as report mailboxes expect). */
export function reportReason(request: Pick<ReportRequest, "pattern" | "generalRule">): string {
  const row = PATTERNS.find((pattern) => pattern.id === request.pattern);
  if (row) return `${row.reportReason} (${row.id})`;
  return request.generalRule ? GENERAL_REPORT_REASON : "none";
}

/** Outlook's limits for a new message form: subject and attachment name 255 characters. */
const SUBJECT_MAX = 255;
const ATTACHMENT_NAME_MAX = 255;

/** The first `max` characters, never splitting a character outside the BMP. */
function limit(text: string, max: number): string {
  return Array.from(text).slice(0, max).join("");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The new message a report opens. The subject starts with "Phishing:", the prefix Microsoft
 * Defender's user-reported settings read as a phishing report when an organisation collects
 * reports in its own mailbox
 * (https://learn.microsoft.com/defender-office-365/submissions-user-reported-messages-custom-mailbox).
 * The original goes by its EWS item id, which item.itemId already is, as in Microsoft's own
 * example (https://learn.microsoft.com/javascript/api/outlook/office.messageformattachment).
 */
export function reportForm(itemId: string, request: ReportRequest): Office.MessageForm {
  const lines = [
    `Reported with Impostor Guard. Pattern found: ${reportReason(request)}.`,
    "The reported message is attached.",
  ];
  const name = request.subject.trim() || "reported message";
  return {
    toRecipients: [request.address],
    subject: limit(`Phishing: ${request.subject}`, SUBJECT_MAX),
    htmlBody: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(""),
    attachments: [{ type: "item", itemId, name: limit(name, ATTACHMENT_NAME_MAX) }],
  };
}

export type ReportOutcome =
  /** The form is open; the reader sends it. */
  | { kind: "opened" }
  /** Outlook refused the form: the reader forwards the message by hand. */
  | { kind: "failed"; problem: PaneProblem }
  /** This Outlook cannot open a form with the message attached. */
  | { kind: "unavailable"; problem: PaneProblem };

export type ReportHost = RequirementHost & { context: Pick<typeof Office.context, "mailbox"> };

function failed(api: string, error: unknown): ReportOutcome {
  const reason = error instanceof OfficeCallError ? error.reason : "failed";
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "failed", problem: { part: "report", api, reason, detail } };
}

/**
 * Opens the prefilled report. displayNewMessageFormAsync (Mailbox 1.9) comes first, since it says
 * when Outlook refuses the form; displayNewMessageForm (Mailbox 1.6) otherwise. Never throws.
 */
export async function openReport(
  office: ReportHost,
  item: Pick<Office.MessageRead, "itemId">,
  request: ReportRequest,
): Promise<ReportOutcome> {
  const mailbox = office.context.mailbox;
  const itemId = item.itemId;
  if (!itemId)
    return {
      kind: "unavailable",
      problem: { part: "report", api: "item.itemId", reason: "unsupported", detail: "no item id to attach" },
    };
  const form = reportForm(itemId, request);
  if (supports(office, "report-form-async") && typeof mailbox.displayNewMessageFormAsync === "function") {
    const api = "displayNewMessageFormAsync";
    try {
      await callOffice<void>(api, (callback) => mailbox.displayNewMessageFormAsync(form, callback));
      return { kind: "opened" };
    } catch (error) {
      return failed(api, error);
    }
  }
  if (supports(office, "report-form") && typeof mailbox.displayNewMessageForm === "function") {
    try {
      mailbox.displayNewMessageForm(form);
      return { kind: "opened" };
    } catch (error) {
      return failed("displayNewMessageForm", error);
    }
  }
  return {
    kind: "unavailable",
    problem: {
      part: "report",
      api: "displayNewMessageForm",
      reason: "unsupported",
      detail: `needs Mailbox ${requirementOf("report-form")}`,
    },
  };
}
