import { classify } from "../../src/classifier";
import { readMessage } from "../../src/office/readMessage";
import { callOffice, OfficeCallError } from "../../src/office/officeCall";
import { mockOutlook, scriptedItem } from "../helpers/outlookMock";

const HEADERS = [
  "Authentication-Results: spf=fail smtp.mailfrom=evil.example; dkim=none; dmarc=fail header.from=accountprotection.microsoft.com",
  "Reply-To: helpdesk@evil.example",
  "From: Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
].join("\r\n");

const SCAM_HTML =
  '<p>Unusual sign-in activity on your Microsoft account. Verify your account within 24 hours.</p><a href="https://evil.example/login">Review activity</a>';

describe("readMessage", () => {
  it("reads subject, sender, headers, both bodies and attachments into a Message", async () => {
    const item = scriptedItem({
      subject: "Unusual sign-in activity",
      from: {
        displayName: "Microsoft account team",
        emailAddress: "account-security-noreply@accountprotection.microsoft.com",
      },
      headers: HEADERS,
      html: SCAM_HTML,
      text: "Unusual sign-in activity",
      attachments: [
        { name: "logo.png", contentType: "image/png", size: 120, isInline: true },
        { name: "details.html", contentType: "text/html", size: 800, isInline: false },
      ],
    });
    const { office } = mockOutlook(item);
    const { message, problems } = await readMessage(
      office.context.mailbox.item as Office.MessageRead,
      office,
    );
    expect(problems).toEqual([]);
    expect(message).toMatchObject({
      subject: "Unusual sign-in activity",
      from: {
        name: "Microsoft account team",
        address: "account-security-noreply@accountprotection.microsoft.com",
      },
      reader: "reader@reader.example",
      headers: HEADERS,
      html: SCAM_HTML,
      text: "Unusual sign-in activity",
      attachments: [{ name: "details.html", contentType: "text/html", size: 800 }],
    });
    const verdict = classify(message);
    expect(verdict.level).toBe("danger");
    expect(verdict.origin.sender.replyToDomains).toEqual(["evil.example"]);
  });

  it("knows a delivery report from Outlook's item class, where Outlook gives no headers", async () => {
    const report = {
      subject: "Undeliverable: Quarterly figures",
      from: { displayName: "Microsoft Outlook", emailAddress: "postmaster@outlook.com" },
      headers: "",
      html: '<p>Your message to <a href="mailto:ken@partner.example">ken@partner.example</a> couldn\'t be delivered.</p>',
      text: "Your message couldn't be delivered.",
    };
    const read = async (itemClass: string) => {
      const { office } = mockOutlook(scriptedItem({ ...report, itemClass }));
      return (await readMessage(office.context.mailbox.item as Office.MessageRead, office)).message;
    };
    const ndr = await read("REPORT.IPM.Note.NDR");
    expect(ndr.deliveryReport).toBe(true);
    expect(classify(ndr).level).toBe("none");
    const note = await read("IPM.Note");
    expect(note.deliveryReport).toBe(false);
    expect(classify(note).level).not.toBe("none");
  });

  it("reports a failed header call and still returns the rest", async () => {
    const item = scriptedItem({
      subject: "s",
      headers: new Error("The internet headers could not be retrieved"),
      html: "<p>x</p>",
      text: "x",
    });
    const { office } = mockOutlook(item);
    const { message, problems } = await readMessage(
      office.context.mailbox.item as Office.MessageRead,
      office,
    );
    expect(message.headers).toBeUndefined();
    expect(message.html).toBe("<p>x</p>");
    expect(problems).toEqual([
      expect.objectContaining({ part: "headers", api: "getAllInternetHeadersAsync", reason: "failed" }),
    ]);
    expect(classify(message).analysed.headers).toBe(false);
  });

  it("says the headers are unsupported below Mailbox 1.8 and does not call the API", async () => {
    const item = scriptedItem({ subject: "s", headers: "X: y", html: "<p>x</p>", text: "x" });
    const spy = jest.spyOn(item, "getAllInternetHeadersAsync");
    const { office } = mockOutlook(item, "1.5");
    const { problems } = await readMessage(office.context.mailbox.item as Office.MessageRead, office);
    expect(problems).toEqual([expect.objectContaining({ part: "headers", reason: "unsupported" })]);
    expect(spy).not.toHaveBeenCalled();
  });

  it("treats an empty header string, as some clients return, as missing", async () => {
    const { office } = mockOutlook(scriptedItem({ headers: "  ", html: "", text: "" }));
    const { problems } = await readMessage(office.context.mailbox.item as Office.MessageRead, office);
    expect(problems).toEqual([expect.objectContaining({ part: "headers", reason: "empty" })]);
  });

  it("makes its Office.js calls one after another", async () => {
    let inFlight = 0;
    let maximum = 0;
    const item = scriptedItem({ headers: "X: y", html: "<p>x</p>", text: "x", delay: 5 });
    const wrap = <T extends (...args: never[]) => void>(original: T): T =>
      ((...args: never[]) => {
        inFlight += 1;
        maximum = Math.max(maximum, inFlight);
        const callback = args[args.length - 1] as unknown as (result: unknown) => void;
        (original as unknown as (...inner: unknown[]) => void)(...args.slice(0, -1), (result: unknown) => {
          inFlight -= 1;
          callback(result);
        });
      }) as T;
    item.getAllInternetHeadersAsync = wrap(item.getAllInternetHeadersAsync);
    item.body.getAsync = wrap(item.body.getAsync);
    const { office } = mockOutlook(item);
    await readMessage(office.context.mailbox.item as Office.MessageRead, office);
    expect(maximum).toBe(1);
  });
});

describe("callOffice", () => {
  it("rejects when the API throws synchronously or never answers", async () => {
    await expect(
      callOffice("boom", () => {
        throw new Error("not available in this client");
      }),
    ).rejects.toMatchObject({ reason: "failed" });
    await expect(callOffice("silent", () => undefined, 20)).rejects.toBeInstanceOf(OfficeCallError);
    await expect(callOffice("silent", () => undefined, 20)).rejects.toMatchObject({ reason: "timeout" });
  });
});
