import {
  fitNotification,
  NOTIFICATION_KEY,
  NOTIFICATION_MAX_LENGTH,
  showVerdictInMessage,
} from "../../src/office/notify";
import { mockOutlook, scriptedItem, type NotificationCall } from "../helpers/outlookMock";

describe("showVerdictInMessage", () => {
  it("adds an error bar for danger, replaces it for caution and removes it for none", async () => {
    const calls: NotificationCall[] = [];
    const { office } = mockOutlook(scriptedItem({}, calls));
    const item = office.context.mailbox.item as Office.MessageRead;
    await expect(showVerdictInMessage(item, office, "danger", "scam")).resolves.toBeUndefined();
    await expect(showVerdictInMessage(item, office, "caution", "careful")).resolves.toBeUndefined();
    await expect(showVerdictInMessage(item, office, "none", "")).resolves.toBeUndefined();
    expect(calls).toEqual([
      { action: "replace", key: NOTIFICATION_KEY, details: { type: "errorMessage", message: "scam" } },
      {
        action: "replace",
        key: NOTIFICATION_KEY,
        details: { type: "informationalMessage", message: "careful", icon: "Icon.16x16", persistent: false },
      },
      { action: "remove", key: NOTIFICATION_KEY },
    ]);
  });

  it("returns a failed call for Diagnostics instead of throwing, the add as well as the removal", async () => {
    const { office } = mockOutlook(scriptedItem({}));
    const item = office.context.mailbox.item as Office.MessageRead;
    const refuse = (callback: (result: unknown) => void) =>
      callback({
        status: "failed",
        error: { name: "GenericResponseError", code: 9041, message: "too many" },
      });
    const messages = item.notificationMessages as unknown as Record<string, unknown>;
    messages["replaceAsync"] = (_key: string, _details: unknown, callback: (result: unknown) => void) =>
      refuse(callback);
    messages["removeAsync"] = (_key: string, callback: (result: unknown) => void) => refuse(callback);
    await expect(showVerdictInMessage(item, office, "danger", "scam")).resolves.toEqual({
      part: "warning-bar",
      api: "notificationMessages.replaceAsync",
      reason: "failed",
      detail: "notificationMessages.replaceAsync: GenericResponseError 9041: too many",
    });
    await expect(showVerdictInMessage(item, office, "none", "")).resolves.toMatchObject({
      api: "notificationMessages.removeAsync",
      reason: "failed",
    });
  });

  it("says the warning bar is unsupported below Mailbox 1.3, and calls nothing", async () => {
    const calls: NotificationCall[] = [];
    const { office } = mockOutlook(scriptedItem({}, calls), "1.1");
    const item = office.context.mailbox.item as Office.MessageRead;
    await expect(showVerdictInMessage(item, office, "danger", "scam")).resolves.toEqual({
      part: "warning-bar",
      api: "item.notificationMessages",
      reason: "unsupported",
      detail: "needs Mailbox 1.3",
    });
    expect(calls).toEqual([]);
  });

  it("keeps the text within Outlook's limit, counting Japanese characters as one each", () => {
    const long = "マイクロソフトをかたる詐欺".repeat(20);
    const fitted = fitNotification(long);
    expect(Array.from(fitted)).toHaveLength(NOTIFICATION_MAX_LENGTH);
    expect(fitted.endsWith("…")).toBe(true);
    expect(fitNotification("short")).toBe("short");
  });
});
