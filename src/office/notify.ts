// The warning bar inside the message (item.notificationMessages, Mailbox 1.3): added for danger
// or caution, replaced when the verdict changes, removed when it becomes none.

import type { Level } from "../classifier";
import { requirementOf, supports, type RequirementHost } from "./compatibility";
import type { PaneProblem } from "./diagnostics";
import { callOffice, OfficeCallError } from "./officeCall";

export const NOTIFICATION_KEY = "impostorGuardVerdict";
/** Outlook rejects notification text longer than this. */
export const NOTIFICATION_MAX_LENGTH = 150;

export function fitNotification(text: string): string {
  const characters = Array.from(text);
  return characters.length <= NOTIFICATION_MAX_LENGTH
    ? text
    : characters.slice(0, NOTIFICATION_MAX_LENGTH - 1).join("") + "…";
}

function warningBarProblem(api: string, error: unknown): PaneProblem {
  if (error instanceof OfficeCallError)
    return { part: "warning-bar", api, reason: error.reason, detail: error.message };
  return {
    part: "warning-bar",
    api,
    reason: "failed",
    detail: error instanceof Error ? error.message : String(error),
  };
}

/**
 * Shows `text` for danger (as an error bar) or caution (as an information bar with the add-in's
 * icon), and removes the bar for none. A failure is returned for Diagnostics, not thrown: the
 * card is still right.
 */
export async function showVerdictInMessage(
  item: Office.MessageRead,
  office: Pick<typeof Office, "MailboxEnums"> & RequirementHost,
  level: Level,
  text: string,
): Promise<PaneProblem | undefined> {
  const messages = supports(office, "warning-bar") ? item.notificationMessages : undefined;
  if (!messages)
    return {
      part: "warning-bar",
      api: "item.notificationMessages",
      reason: "unsupported",
      detail: `needs Mailbox ${requirementOf("warning-bar")}`,
    };
  if (level === "none") {
    const api = "notificationMessages.removeAsync";
    return callOffice<void>(api, (callback) => messages.removeAsync(NOTIFICATION_KEY, callback)).then(
      () => undefined,
      (error: unknown) => warningBarProblem(api, error),
    );
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
  const api = "notificationMessages.replaceAsync";
  return callOffice<void>(api, (callback) => messages.replaceAsync(NOTIFICATION_KEY, details, callback)).then(
    () => undefined,
    (error: unknown) => warningBarProblem(api, error),
  );
}
