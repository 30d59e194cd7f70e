// Reporting a scam from the card: the prefilled message to the reporting address with the
// original attached.

import type { PatternId } from "../classifier";

export interface ReportRequest {
  address: string;
  subject: string;
  /** Pattern found, offered as the reason. */
  pattern: PatternId | undefined;
  /** Further lines for the report's body (the reader's reasons and note). */
  notes?: readonly string[];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The new message a report opens: to the reporting address, the original attached by item id. */
export function reportForm(item: Office.MessageRead, request: ReportRequest): Office.MessageForm {
  const lines = [
    `Reported with Impostor Guard. Pattern found: ${request.pattern ?? "none"}.`,
    ...(request.notes ?? []),
    "The reported message is attached.",
  ];
  return {
    toRecipients: [request.address],
    subject: `Phishing report: ${request.subject}`.slice(0, 255),
    htmlBody: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(""),
    attachments: item.itemId
      ? [{ type: "item", itemId: item.itemId, name: request.subject || "reported message" }]
      : [],
  };
}

/** Opens the prefilled report; the reader sends it. Returns an error text instead of throwing. */
export function openReportMessage(
  office: Pick<typeof Office, "context">,
  item: Office.MessageRead,
  request: ReportRequest,
): string | undefined {
  try {
    office.context.mailbox.displayNewMessageForm(reportForm(item, request));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
