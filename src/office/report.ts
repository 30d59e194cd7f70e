// Reporting a scam from the card: a new message to the reporting address with the original
// attached, for clients without integrated spam reporting (Mailbox 1.14).

import type { PatternId } from "../classifier";

export interface ReportRequest {
  address: string;
  subject: string;
  /** Pattern found, offered as the reason. */
  pattern: PatternId | undefined;
}

/** Opens a prefilled new message; the reader sends it. Returns an error text instead of throwing. */
export function openReportMessage(
  office: Pick<typeof Office, "context">,
  item: Office.MessageRead,
  request: ReportRequest,
): string | undefined {
  try {
    const reason = request.pattern ? `Impostor Guard pattern: ${request.pattern}` : "Suspected phishing";
    const attachments: Office.MessageFormAttachment[] = item.itemId
      ? [{ type: "item", itemId: item.itemId, name: request.subject || "reported message" }]
      : [];
    office.context.mailbox.displayNewMessageForm({
      toRecipients: [request.address],
      subject: `Phishing report: ${request.subject}`.slice(0, 255),
      htmlBody: `<p>${escapeHtml(reason)}</p><p>The reported message is attached.</p>`,
      attachments,
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
