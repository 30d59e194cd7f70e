import { GENERAL_REPORT_REASON } from "../../src/classifier";
import { openReport, reportForm } from "../../src/office/report";
import { REPORT_ADDRESSES } from "../../src/office/settings";
import { mockOutlook, scriptedItem } from "../helpers/outlookMock";

function itemOf(outlook: ReturnType<typeof mockOutlook>): Office.MessageRead {
  return outlook.office.context.mailbox.item as Office.MessageRead;
}

describe("reportForm", () => {
  it("addresses the reporting address, attaches the original by item id and names the pattern", () => {
    expect(
      reportForm("AAMk-7", {
        address: REPORT_ADDRESSES.antiPhishingJapan,
        subject: "You won <b>GBP</b>",
        pattern: "lottery",
      }),
    ).toEqual({
      toRecipients: ["info@antiphishing.jp"],
      subject: "Phishing: You won <b>GBP</b>",
      htmlBody:
        "<p>Reported with Impostor Guard. Pattern found: Fake Microsoft lottery or prize (lottery).</p><p>The reported message is attached.</p>",
      attachments: [{ type: "item", itemId: "AAMk-7", name: "You won <b>GBP</b>" }],
    });
  });

  it("keeps the subject and the attachment name within Outlook's 255 characters, counting Japanese characters as one", () => {
    const subject = "当選のお知らせ".repeat(60);
    const form = reportForm("AAMk-8", { address: "soc@example.jp", subject, pattern: undefined });
    expect(form.subject).toHaveLength(255);
    const name = form.attachments?.[0]?.name ?? "";
    expect(Array.from(name)).toHaveLength(255);
    expect(form.htmlBody).toContain("Pattern found: none.");
  });

  it("gives the general rule as the reason when no pattern fits a message speaking as Microsoft", () => {
    const form = reportForm("AAMk-10", {
      address: "soc@example.jp",
      subject: "s",
      pattern: undefined,
      generalRule: true,
    });
    expect(form.htmlBody).toContain(`Pattern found: ${GENERAL_REPORT_REASON.replace("'", "&#39;")}.`);
  });

  it("names an attachment without a subject", () => {
    expect(
      reportForm("AAMk-9", { address: "soc@example.jp", subject: "  ", pattern: undefined }).attachments,
    ).toEqual([{ type: "item", itemId: "AAMk-9", name: "reported message" }]);
  });
});

describe("openReport", () => {
  const request = {
    address: "soc@example.jp",
    subject: "Unusual sign-in",
    pattern: "account-credential",
  } as const;

  it("opens the form with displayNewMessageFormAsync where Mailbox 1.9 is there", async () => {
    const outlook = mockOutlook(scriptedItem({ itemId: "AAMk-1" }));
    const syncForm = jest.spyOn(outlook.office.context.mailbox, "displayNewMessageForm");
    await expect(openReport(outlook.office, itemOf(outlook), request)).resolves.toEqual({ kind: "opened" });
    expect(outlook.newMessageForms).toEqual([
      expect.objectContaining({
        toRecipients: ["soc@example.jp"],
        attachments: [{ type: "item", itemId: "AAMk-1", name: "Unusual sign-in" }],
      }),
    ]);
    expect(syncForm).not.toHaveBeenCalled();
  });

  it("falls back to displayNewMessageForm between Mailbox 1.6 and 1.8", async () => {
    const outlook = mockOutlook(scriptedItem({ itemId: "AAMk-2" }), "1.8");
    const asyncForm = jest.spyOn(outlook.office.context.mailbox, "displayNewMessageFormAsync");
    await expect(openReport(outlook.office, itemOf(outlook), request)).resolves.toEqual({ kind: "opened" });
    expect(outlook.newMessageForms).toHaveLength(1);
    expect(asyncForm).not.toHaveBeenCalled();
  });

  it("says the report is unavailable below Mailbox 1.6, and opens nothing", async () => {
    const outlook = mockOutlook(scriptedItem({ itemId: "AAMk-3" }), "1.5");
    await expect(openReport(outlook.office, itemOf(outlook), request)).resolves.toEqual({
      kind: "unavailable",
      problem: {
        part: "report",
        api: "displayNewMessageForm",
        reason: "unsupported",
        detail: "needs Mailbox 1.6",
      },
    });
    expect(outlook.newMessageForms).toEqual([]);
  });

  it("says the report is unavailable when Outlook gives no item id to attach", async () => {
    const outlook = mockOutlook(scriptedItem({}));
    const outcome = await openReport(outlook.office, { itemId: "" }, request);
    expect(outcome).toMatchObject({ kind: "unavailable", problem: { api: "item.itemId" } });
    expect(outlook.newMessageForms).toEqual([]);
  });

  it("returns Outlook's refusal of the async form for Diagnostics instead of throwing", async () => {
    const outlook = mockOutlook(scriptedItem({ itemId: "AAMk-4" }));
    outlook.formFailure.message = "The operation is not supported.";
    await expect(openReport(outlook.office, itemOf(outlook), request)).resolves.toEqual({
      kind: "failed",
      problem: {
        part: "report",
        api: "displayNewMessageFormAsync",
        reason: "failed",
        detail: "displayNewMessageFormAsync: GenericResponseError 9020: The operation is not supported.",
      },
    });
  });

  it("returns a throw of the older form instead of passing it on", async () => {
    const outlook = mockOutlook(scriptedItem({ itemId: "AAMk-5" }), "1.6");
    outlook.formFailure.message = "not allowed";
    await expect(openReport(outlook.office, itemOf(outlook), request)).resolves.toMatchObject({
      kind: "failed",
      problem: { api: "displayNewMessageForm", detail: "not allowed" },
    });
  });
});
