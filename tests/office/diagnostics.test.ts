import { collectDiagnostics } from "../../src/office/diagnostics";
import { mockOutlook, scriptedItem } from "../helpers/outlookMock";

describe("collectDiagnostics", () => {
  it("lists the Mailbox sets the pane asks about, the client and account type, and every failed call", () => {
    const { office } = mockOutlook(scriptedItem({}), "1.8", {
      accountType: "outlookCom",
      hostName: "newOutlookWindows",
    });
    const diagnostics = collectDiagnostics(office, [
      { part: "headers", api: "getAllInternetHeadersAsync", reason: "empty", detail: "empty header block" },
      { part: "settings", api: "roamingSettings.saveAsync", reason: "failed", detail: "9019" },
    ]);
    expect(diagnostics).toMatchObject({
      host: "Outlook",
      platform: "OfficeOnline",
      hostName: "newOutlookWindows",
      accountType: "outlookCom",
      displayLanguage: "en-US",
      mailboxSets: {
        "1.1": true,
        "1.3": true,
        "1.5": true,
        "1.6": true,
        "1.8": true,
        "1.9": false,
        "1.14": false,
      },
    });
    expect(diagnostics.problems.map((problem) => problem.part)).toEqual(["headers", "settings"]);
  });

  it("leaves the account type empty where Mailbox 1.6 is missing", () => {
    const { office } = mockOutlook(scriptedItem({}), "1.5", { accountType: "office365" });
    expect(collectDiagnostics(office, []).accountType).toBe("");
  });
});
