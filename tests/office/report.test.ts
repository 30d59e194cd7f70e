import { openReportMessage } from "../../src/office/report";
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  REPORT_ADDRESSES,
  saveSettings,
} from "../../src/office/settings";
import { mockOutlook, scriptedItem } from "../helpers/outlookMock";

describe("openReportMessage (the card's Report button where integrated reporting is missing)", () => {
  it("opens a new message to the reporting address with the original attached and the pattern as the reason", () => {
    const outlook = mockOutlook(scriptedItem({ subject: "You won <b>GBP</b>", itemId: "AAMk-7" }));
    const error = openReportMessage(
      outlook.office,
      outlook.office.context.mailbox.item as Office.MessageRead,
      {
        address: REPORT_ADDRESSES.antiPhishingJapan,
        subject: "You won <b>GBP</b>",
        pattern: "lottery",
      },
    );
    expect(error).toBeUndefined();
    expect(outlook.newMessageForms).toEqual([
      {
        toRecipients: ["info@antiphishing.jp"],
        subject: "Phishing report: You won <b>GBP</b>",
        htmlBody:
          "<p>Reported with Impostor Guard. Pattern found: lottery.</p><p>The reported message is attached.</p>",
        attachments: [{ type: "item", itemId: "AAMk-7", name: "You won <b>GBP</b>" }],
      },
    ]);
  });

  it("returns the error instead of throwing when Outlook refuses", () => {
    const outlook = mockOutlook(scriptedItem({}));
    (outlook.office.context.mailbox as unknown as Record<string, unknown>)["displayNewMessageForm"] = () => {
      throw new Error("not allowed");
    };
    const error = openReportMessage(
      outlook.office,
      outlook.office.context.mailbox.item as Office.MessageRead,
      {
        address: "a@b.example",
        subject: "",
        pattern: undefined,
      },
    );
    expect(error).toBe("not allowed");
  });
});

describe("settings", () => {
  it("defaults to Microsoft's reporting address, the warning bar on and Outlook's language", () => {
    expect(loadSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      reportAddress: "phish@office365.microsoft.com",
      showInfoBar: true,
      language: "auto",
    });
  });

  it("replaces malformed stored values by defaults", () => {
    expect(parseSettings({ reportAddress: "not an address", showInfoBar: "yes", language: "fr" })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(parseSettings({ reportAddress: " soc@example.jp ", showInfoBar: false, language: "ja" })).toEqual({
      reportAddress: "soc@example.jp",
      showInfoBar: false,
      language: "ja",
    });
  });

  it("round-trips through roaming settings", async () => {
    const outlook = mockOutlook(scriptedItem({}));
    const roaming = outlook.office.context.roamingSettings;
    await saveSettings(roaming, { reportAddress: "soc@example.jp", showInfoBar: false, language: "en" });
    expect(loadSettings(roaming)).toEqual({
      reportAddress: "soc@example.jp",
      showInfoBar: false,
      language: "en",
    });
  });
});
