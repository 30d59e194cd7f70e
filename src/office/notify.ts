// The warning bar inside the message (item.notificationMessages, Mailbox 1.3): added for danger
// or caution, replaced when the verdict changes, removed when it becomes none.

import type { Level } from "../classifier";
import { callOffice } from "./officeCall";

export const NOTIFICATION_KEY = "impostorGuardVerdict";
/** Outlook rejects notification text longer than this. */
export const NOTIFICATION_MAX_LENGTH = 150;

export function fitNotification(text: string): string {
  const characters = Array.from(text);
  return characters.length <= NOTIFICATION_MAX_LENGTH
    ? text
    : characters.slice(0, NOTIFICATION_MAX_LENGTH - 1).join("") + "…";
}

/**
 * Shows `text` for danger (as an error bar) or caution (as an information bar with the add-in's
 * icon), and removes the bar for none. Errors are returned, not thrown: the card is still right.
 */
export async function showVerdictInMessage(
  item: Office.MessageRead,
  office: Pick<typeof Office, "MailboxEnums">,
  level: Level,
  text: string,
): Promise<string | undefined> {
  const messages = item.notificationMessages;
  if (!messages) return "notificationMessages unavailable";
  try {
    if (level === "none") {
      await callOffice<void>("notificationMessages.removeAsync", (callback) =>
        messages.removeAsync(NOTIFICATION_KEY, callback),
      ).catch(() => undefined);
      return undefined;
    }
    const details: Office.NotificationMessageDetails =
      level === "danger"
        ? {
            type: office.MailboxEnums.ItemNotificationMessageType.ErrorMessage,
            message: fitNotification(text),
          }
        : {
            type: office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
            message: fitNotification(text),
            icon: "Icon.16x16",
            persistent: false,
          };
    await callOffice<void>("notificationMessages.replaceAsync", (callback) =>
      messages.replaceAsync(NOTIFICATION_KEY, details, callback),
    );
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
