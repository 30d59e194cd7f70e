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
    await showVerdictInMessage(item, office, "danger", "scam");
    await showVerdictInMessage(item, office, "caution", "careful");
    await showVerdictInMessage(item, office, "none", "");
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

  it("keeps the text within Outlook's limit, counting Japanese characters as one each", () => {
    const long = "マイクロソフトをかたる詐欺".repeat(20);
    const fitted = fitNotification(long);
    expect(Array.from(fitted)).toHaveLength(NOTIFICATION_MAX_LENGTH);
    expect(fitted.endsWith("…")).toBe(true);
    expect(fitNotification("short")).toBe("short");
  });
});
