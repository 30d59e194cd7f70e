import { OfficeCallError } from "../../src/office/officeCall";
import {
  DEFAULT_SETTINGS,
  isValidReportAddress,
  loadSettings,
  parseSettings,
  REPORT_ADDRESSES,
} from "../../src/office/settings";
import { loadLanguageSetting } from "../../src/office/languageSetting";
import { INTERNAL_SETTINGS_ERROR, saveSettings } from "../../src/office/settingsStore";
import { mockOutlook, scriptedItem } from "../helpers/outlookMock";

describe("isValidReportAddress", () => {
  it.each([
    ["a list, comma and space", "a@x.jp, b@evil.example"],
    ["a list, comma", "a@x.jp,b@evil.example"],
    ["a list, semicolon", "a@x.jp;b@evil.example"],
    ["a list, space", "a@x.jp b@evil.example"],
    ["a display name", "Security team <soc@x.jp>"],
    ["a quoted display name", '"Security team" <soc@x.jp>'],
    ["angle brackets alone", "<soc@x.jp>"],
    ["a display name hiding a second address", "soc@x.jp <b@evil.example>"],
    ["a mailto: URL", "mailto:soc@x.jp"],
    ["a mailto: URL with bcc", "mailto:soc@x.jp?bcc=b@evil.example"],
    ["a mailto: query without its scheme", "soc@x.jp?bcc=b@evil.example"],
    ["a query on the domain", "soc@x.jp?subject=hi"],
    ["percent-encoded line breaks", "soc@x.jp%0d%0abcc:b@evil.example"],
    ["CR LF and a header", "soc@x.jp\r\nBcc: b@evil.example"],
    ["LF and a header", "soc@x.jp\nBcc: b@evil.example"],
    ["a trailing CR LF", "soc@x.jp\r\n"],
    ["a lone CR", "soc@x.jp\rb@evil.example"],
    ["a tab", "soc@x.jp\t"],
    ["a NUL", "soc@x.jp\u0000"],
    ["a quoted local part", '"soc"@x.jp'],
    ["a quoted local part with an @", '"a@b"@x.jp'],
    ["a quoted local part with a space", '"a b"@x.jp'],
    ["a single quote", "o'brien@x.jp"],
    ["a comment", "soc(comment)@x.jp"],
    ["a trailing comment", "soc@x.jp (comment)"],
    ["two @", "a@b@x.jp"],
    ["a doubled @", "a@@x.jp"],
    ["no local part", "@x.jp"],
    ["no domain", "soc@"],
    ["no @", "soc.x.jp"],
    ["a one-label domain", "soc@localhost"],
    ["a trailing dot", "soc@x.jp."],
    ["an empty label", "soc@x..jp"],
    ["a leading dot in the domain", "soc@.x.jp"],
    ["a leading dot in the local part", ".soc@x.jp"],
    ["a trailing dot in the local part", "soc.@x.jp"],
    ["two dots in the local part", "so..c@x.jp"],
    ["a label starting with a hyphen", "soc@-x.jp"],
    ["a label ending with a hyphen", "soc@x-.jp"],
    ["an IP literal", "soc@[192.0.2.1]"],
    ["a bare IP address", "soc@192.0.2.1"],
    ["a numeric top-level domain", "soc@x.123"],
    ["a full-width letter", "ｓoc@x.jp"],
    ["a full-width at sign", "soc＠x.jp"],
    ["a Cyrillic look-alike in the domain", "phish@mіcrosoft.com"],
    ["a zero-width space", "soc@x.jp\u200b"],
    ["a right-to-left override", "soc@\u202ex.jp"],
    ["a local part over 64 characters", `${"a".repeat(65)}@x.jp`],
    [
      "an address over 254 characters",
      `soc@${"a".repeat(62)}.${"b".repeat(62)}.${"c".repeat(62)}.${"d".repeat(62)}.jp`,
    ],
    ["a label over 63 characters", `soc@${"a".repeat(64)}.jp`],
    ["nothing", ""],
    ["spaces", "   "],
  ])("rejects %s", (_, address) => {
    expect(isValidReportAddress(address)).toBe(false);
  });

  it.each([
    REPORT_ADDRESSES.microsoft,
    REPORT_ADDRESSES.antiPhishingJapan,
    "soc-team@example.co.jp",
    "security+phish@example.org",
    "first.last@mail.sub.example.com",
    "SOC_Desk@Example.JP",
    "  soc@example.jp  ",
    "report@xn--eckwd4c7c.xn--zckzah",
    `${"a".repeat(64)}@x.jp`,
  ])("accepts %j", (address) => {
    expect(isValidReportAddress(address)).toBe(true);
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

  it("replaces malformed or hostile stored values by defaults", () => {
    expect(parseSettings({ reportAddress: "not an address", showInfoBar: "yes", language: "fr" })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(parseSettings({ reportAddress: "a@x.jp, b@evil.example" }).reportAddress).toBe(
      DEFAULT_SETTINGS.reportAddress,
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
    expect(outlook.saveCalls()).toBe(1);
    // The pane's first script reads the language alone, from the same place.
    expect(loadLanguageSetting({ roamingSettings: roaming })).toBe("en");
  });

  it("reads the language alone for the first screen: a stored choice, else Outlook's", () => {
    const stored = (value: unknown) => ({
      roamingSettings: { get: () => value } as unknown as Office.RoamingSettings,
    });
    expect(loadLanguageSetting(stored({ language: "ja", reportAddress: "not an address" }))).toBe("ja");
    for (const value of [undefined, null, "ja", { language: "fr" }, { language: ["ja"] }, {}])
      expect(loadLanguageSetting(stored(value))).toBe("auto");
    expect(loadLanguageSetting(undefined)).toBe("auto");
    expect(loadLanguageSetting({})).toBe("auto");
    const throwing = (where: "get" | "getter") =>
      where === "get"
        ? {
            roamingSettings: {
              get: () => {
                throw new Error("roaming settings unavailable");
              },
            } as unknown as Office.RoamingSettings,
          }
        : Object.defineProperty({}, "roamingSettings", {
            get: () => {
              throw new Error("not in this Outlook");
            },
          });
    expect(loadLanguageSetting(throwing("get"))).toBe("auto");
    expect(loadLanguageSetting(throwing("getter"))).toBe("auto");
  });

  it("saves on the second try after an intermittent internal error (9019)", async () => {
    const outlook = mockOutlook(scriptedItem({}));
    outlook.saveFailures.push(INTERNAL_SETTINGS_ERROR);
    await expect(
      saveSettings(outlook.office.context.roamingSettings, DEFAULT_SETTINGS),
    ).resolves.toBeUndefined();
    expect(outlook.saveCalls()).toBe(2);
  });

  it("rejects with Office.js's code when the second try fails too", async () => {
    const outlook = mockOutlook(scriptedItem({}));
    outlook.saveFailures.push(INTERNAL_SETTINGS_ERROR, INTERNAL_SETTINGS_ERROR);
    const saving = saveSettings(outlook.office.context.roamingSettings, DEFAULT_SETTINGS);
    await expect(saving).rejects.toBeInstanceOf(OfficeCallError);
    await expect(saving).rejects.toMatchObject({ code: 9019, api: "roamingSettings.saveAsync" });
    expect(outlook.saveCalls()).toBe(2);
  });

  it("does not retry other failures, such as settings over 32 KB (9057)", async () => {
    const outlook = mockOutlook(scriptedItem({}));
    outlook.saveFailures.push(9057);
    await expect(
      saveSettings(outlook.office.context.roamingSettings, DEFAULT_SETTINGS),
    ).rejects.toMatchObject({
      code: 9057,
    });
    expect(outlook.saveCalls()).toBe(1);
  });
});
