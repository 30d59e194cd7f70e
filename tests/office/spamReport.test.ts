import { handleSpamReport, type SpamReportingEvent } from "../../src/office/spamReport";
import { mockOutlook, scriptedItem } from "../helpers/outlookMock";

function reportingEvent(options: boolean[] = [false, false, false, false, true], freeText = "") {
  const completed: unknown[] = [];
  const event: SpamReportingEvent = {
    options,
    freeText,
    completed: (details) => void completed.push(details),
  };
  return { event, completed };
}

function withFileAndForm(outlook: ReturnType<typeof mockOutlook>, file: string | Error, formError?: string) {
  const item = outlook.office.context.mailbox.item as unknown as Record<string, unknown>;
  item["getAsFileAsync"] = (callback: (result: unknown) => void) =>
    callback(
      file instanceof Error
        ? { status: "failed", error: { message: file.message } }
        : { status: "succeeded", value: file },
    );
  const forms: unknown[] = [];
  (outlook.office.context.mailbox as unknown as Record<string, unknown>)["displayNewMessageFormAsync"] = (
    form: unknown,
    callback: (result: unknown) => void,
  ) => {
    forms.push(form);
    callback(formError ? { status: "failed", error: { message: formError } } : { status: "succeeded" });
  };
  (outlook.office as unknown as Record<string, unknown>)["MailboxEnums"] = {
    MoveSpamItemTo: { JunkFolder: "junkFolder", NoMove: "noMove" },
  };
  return forms;
}

describe("handleSpamReport", () => {
  it("opens a report to the configured address with the original attached, then moves it to Junk", async () => {
    const outlook = mockOutlook(scriptedItem({ subject: "Unusual sign-in", itemId: "AAMk-1" }));
    outlook.roaming.set("impostorGuardSettings", {
      reportAddress: "soc@example.co.jp",
      showInfoBar: true,
      language: "auto",
    });
    const forms = withFileAndForm(outlook, "RnJvbTogYUBiCgpoaQ==");
    const { event, completed } = reportingEvent([false, false, false, false, true], "came twice");
    await handleSpamReport(event, outlook.office, async () => "account-credential");
    expect(forms).toEqual([
      expect.objectContaining({
        toRecipients: ["soc@example.co.jp"],
        subject: "Phishing report: Unusual sign-in",
        attachments: [{ type: "item", itemId: "AAMk-1", name: "Unusual sign-in" }],
      }),
    ]);
    const body = (forms[0] as { htmlBody: string }).htmlBody;
    expect(body).toContain("Pattern found: account-credential.");
    expect(body).toContain("Reasons chosen by the reader: account-credential.");
    expect(body).toContain("came twice");
    expect(completed).toEqual([
      expect.objectContaining({ moveItemTo: "junkFolder", onErrorDeleteItem: false }),
    ]);
  });

  it("still reports when the message file cannot be read, naming no pattern", async () => {
    const outlook = mockOutlook(scriptedItem({ subject: "x" }));
    const forms = withFileAndForm(outlook, new Error("too large"));
    const { event, completed } = reportingEvent();
    await handleSpamReport(event, outlook.office, async () => "lottery");
    expect((forms[0] as { htmlBody: string }).htmlBody).toContain("Pattern found: none.");
    expect(completed).toHaveLength(1);
  });

  it("completes the event, without moving the message, when the report cannot be opened", async () => {
    const outlook = mockOutlook(scriptedItem({ subject: "x" }));
    outlook.office.context.displayLanguage = "ja-JP";
    withFileAndForm(outlook, "", "not supported in this runtime");
    const { event, completed } = reportingEvent();
    await handleSpamReport(event, outlook.office, async () => undefined);
    expect(completed).toEqual([
      expect.objectContaining({
        moveItemTo: "noMove",
        showPostProcessingDialog: expect.objectContaining({
          description: expect.stringContaining("phish@office365.microsoft.com"),
        }),
      }),
    ]);
    expect(JSON.stringify(completed)).toContain("報告メールを準備できませんでした");
  });

  it("words its dialog in the language chosen in Settings over Outlook's", async () => {
    const outlook = mockOutlook(scriptedItem({ subject: "x" }));
    outlook.roaming.set("impostorGuardSettings", {
      reportAddress: "soc@example.jp",
      showInfoBar: true,
      language: "ja",
    });
    withFileAndForm(outlook, "", "not supported in this runtime");
    const { event, completed } = reportingEvent();
    await handleSpamReport(event, outlook.office, async () => undefined);
    expect(JSON.stringify(completed)).toContain("報告メールを準備できませんでした");
  });
});
