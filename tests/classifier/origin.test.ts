import {
  CATEGORIES,
  FILTER_VERDICTS,
  SAFETY_TIPS,
  compauthReasonGroup,
} from "../../src/classifier/data/microsoftVerdict";
import { parseHeaderBlock } from "../../src/classifier/headers";
import { readOrigin } from "../../src/classifier/origin";
import type { Message } from "../../src/classifier";
import { exchangeOnline, forefront, gmail } from "../helpers/headers";

function originOf(message: Message) {
  return readOrigin(message, parseHeaderBlock(message.headers ?? ""));
}

const microsoftSender = {
  name: "Microsoft account team",
  address: "account-security-noreply@accountprotection.microsoft.com",
};

describe("origin: did Microsoft's servers send it?", () => {
  it("accepts a DMARC pass for a Microsoft sending domain", () => {
    const origin = originOf({
      from: microsoftSender,
      headers: exchangeOnline({ dmarc: "pass", headerFrom: "accountprotection.microsoft.com" }),
    });
    expect(origin).toMatchObject({ sentByMicrosoft: true, fromMicrosoft: true, carrier: undefined });
    expect(origin.sender.verifiedDomain).toBe("microsoft.com");
  });

  it("accepts an aligned SPF pass without DKIM, as some genuine Microsoft account mail has", () => {
    const origin = originOf({
      from: microsoftSender,
      headers: exchangeOnline({ spf: "pass", mailFrom: "accountprotection.microsoft.com", dmarc: "none" }),
    });
    expect(origin.sentByMicrosoft).toBe(true);
  });

  it("does not count a DKIM pass for another domain as Microsoft's", () => {
    const origin = originOf({
      from: microsoftSender,
      headers: exchangeOnline({
        dkim: "pass",
        dkimDomain: "mailer-evil.example",
        spf: "pass",
        mailFrom: "mailer-evil.example",
        dmarc: "none",
      }),
    });
    expect(origin.sentByMicrosoft).toBe(false);
    expect(origin.evidence.map((item) => item.signal)).toContain("microsoft-address-failed-authentication");
  });

  it("counts a DKIM pass aligned with the From domain", () => {
    const origin = originOf({
      from: microsoftSender,
      headers: exchangeOnline({ dkim: "pass", dkimDomain: "accountprotection.microsoft.com", dmarc: "none" }),
    });
    expect(origin.sentByMicrosoft).toBe(true);
  });

  it("knows an outlook.com mailbox anyone can open from Outlook.com's own postmaster", () => {
    const passing = exchangeOnline({ dmarc: "pass", headerFrom: "outlook.com" });
    expect(
      originOf({ from: { name: "Microsoft Outlook", address: "helpdesk.ms@outlook.com" }, headers: passing })
        .sentByMicrosoft,
    ).toBe(false);
    expect(
      originOf({ from: { name: "Microsoft Outlook", address: "postmaster@outlook.com" }, headers: passing })
        .sentByMicrosoft,
    ).toBe(true);
  });

  it("takes a SharePoint share notification as Microsoft carrying someone else's text", () => {
    const origin = originOf({
      from: { name: "Microsoft 365 Security", address: "no-reply@sharepointonline.com" },
      headers: exchangeOnline({ dmarc: "pass", headerFrom: "sharepointonline.com" }),
    });
    expect(origin).toMatchObject({ sentByMicrosoft: true, carrier: "sharepoint", fromMicrosoft: false });
  });

  it("takes an onmicrosoft.com tenant as a customer of Microsoft, not Microsoft", () => {
    const origin = originOf({
      from: { name: "Microsoft 365 管理センター", address: "admin@xyz123.onmicrosoft.com" },
      headers: exchangeOnline({ dmarc: "pass", headerFrom: "xyz123.onmicrosoft.com" }),
    });
    expect(origin.sentByMicrosoft).toBe(false);
    expect(origin.evidence.map((item) => item.signal)).toContain("sender-not-microsoft");
  });

  it("recognises a delivery report of the reader's own mail system", () => {
    const origin = originOf({
      from: { name: "Microsoft Outlook", address: "postmaster@reader.example" },
      headers:
        "Content-Type: multipart/report; report-type=delivery-status;\r\n boundary=x\r\nReturn-Path: <>",
    });
    expect(origin.deliveryReport).toBe(true);
  });

  it("says who really sent it and where replies go", () => {
    const origin = originOf({
      from: { name: "Microsoft", address: "prize@gmail.com" },
      replyTo: [{ name: "", address: "claims.agent@yahoo.co.jp" }],
    });
    expect(origin.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ signal: "free-mail-sender", detail: "gmail.com" }),
        expect.objectContaining({ signal: "reply-to-elsewhere", text: "claims.agent@yahoo.co.jp" }),
      ]),
    );
  });

  it("judges a sender on a user-content host by its own name", () => {
    const origin = originOf({ from: { name: "x", address: "alert@microsoft-pc-support.jp.net" } });
    expect(origin.sender.fromRegistrableDomain).toBe("microsoft-pc-support.jp.net");
    expect(origin.sender.freeMail).toBe(false);
  });

  it("knows mail from inside the reader's own organisation, as Exchange Online stamps it", () => {
    const internal = originOf({
      from: { name: "情報システム部", address: "joho@kawaguchi.example" },
      headers: exchangeOnline({}, { stamps: [forefront({ DIR: "INT", SFV: "SKI" })] }),
    });
    expect(internal.ownOrganisation).toBe(true);
    const outside = originOf({
      from: { name: "情報システム部", address: "joho@kawaguchi.example" },
      headers: exchangeOnline({}, { stamps: [forefront({ DIR: "INB" })] }),
    });
    expect(outside.ownOrganisation).toBe(false);
  });

  describe("own organisation from the reader's address, never from To:", () => {
    const verified = gmail({
      dmarc: "pass",
      headerFrom: "sender.example",
      spf: "pass",
      mailFrom: "sender.example",
    });
    const sender = { name: "IT", address: "it@sender.example" };

    it("knows a verified sender of the reader's own domain", () => {
      expect(
        originOf({ from: sender, headers: verified, reader: "reader@mail.sender.example" }).ownOrganisation,
      ).toBe(true);
    });

    it("does not believe a To: the sender wrote with its own domain", () => {
      const origin = originOf({
        from: sender,
        to: [{ name: "", address: "someone@sender.example" }],
        headers: verified,
        reader: "reader@reader.example",
      });
      expect(origin.sender.verifiedDomain).toBe("sender.example");
      expect(origin.ownOrganisation).toBe(false);
    });

    it("reads the reader from the Delivered-To the receiver wrote above its Received fields, not from a copy below", () => {
      expect(
        originOf({ from: sender, headers: `Delivered-To: reader@sender.example\r\n${verified}` })
          .ownOrganisation,
      ).toBe(true);
      const forged = verified.replace("From: ", "Delivered-To: reader@sender.example\r\nFrom: ");
      expect(originOf({ from: sender, headers: forged }).ownOrganisation).toBe(false);
    });

    it("does not make two free-mail users one organisation", () => {
      const free = gmail({ dmarc: "pass", headerFrom: "gmail.com", spf: "pass", mailFrom: "gmail.com" });
      expect(
        originOf({ from: { name: "", address: "a@gmail.com" }, headers: free, reader: "b@gmail.com" })
          .ownOrganisation,
      ).toBe(false);
    });
  });
});

describe("origin: Microsoft's own verdict", () => {
  const stamped = (stamps: string[], senderFields: string[] = []) =>
    originOf({
      from: { name: "x", address: "a@sender.example" },
      headers: exchangeOnline({ compauth: "fail reason=001" }, { stamps, senderFields }),
    });

  it("reads the category, filter verdict, safety tip, SCL, BCL and compauth Microsoft stamped", () => {
    const verdict = stamped([
      forefront({ CAT: "PHSH", SFV: "SPM", SFTY: "9.19", SCL: "9" }),
      "X-Microsoft-Antispam: BCL:3;",
    ]).microsoftVerdict;
    expect(verdict).toMatchObject({
      category: "PHSH",
      filterVerdict: "SPM",
      safetyTip: "9.19",
      direction: "INB",
      scl: 9,
      bcl: 3,
      compauth: "fail",
      compauthReason: "001",
      threat: true,
    });
  });

  it("leaves Microsoft's verdict unchanged by forged clean copies further down the sender's own fields", () => {
    const genuine = [
      forefront({ CAT: "PHSH", SFV: "SPM", SCL: "9" }),
      "X-MS-Exchange-Organization-SCL: 9",
      "X-Microsoft-Antispam: BCL:5;",
    ];
    const forged = [
      forefront({ CAT: "NONE", SFV: "SKN", SCL: "-1" }),
      "X-MS-Exchange-Organization-SCL: -1",
      "X-Microsoft-Antispam: BCL:0;",
    ];
    const honest = stamped(genuine).microsoftVerdict;
    const withForgery = stamped(genuine, forged).microsoftVerdict;
    expect(withForgery).toEqual(honest);
    expect(withForgery?.category).toBe("PHSH");
    expect(withForgery?.scl).toBe(9);
    expect(withForgery?.threat).toBe(true);
  });

  it("ignores verdict headers entirely when Microsoft did not receive the message", () => {
    const origin = originOf({
      from: { name: "x", address: "a@sender.example" },
      headers: gmail({ spf: "pass" }, [forefront({ CAT: "NONE", SFV: "SKA", SCL: "-1" })]),
    });
    expect(origin.microsoftVerdict).toBeUndefined();
  });

  it("ignores another tenant's -Untrusted copy and an outbound scan", () => {
    const verdict = stamped([
      forefront({ CAT: "PHSH" }),
      "X-Forefront-Antispam-Report-Untrusted: CAT:NONE;SFV:NSPM;DIR:OUT;",
      forefront({ CAT: "NONE", DIR: "OUT" }),
    ]).microsoftVerdict;
    expect(verdict?.category).toBe("PHSH");
  });

  it.each(Object.entries(CATEGORIES))("knows what CAT:%s means for the reader (%s)", (code, kind) => {
    const verdict = stamped([forefront({ CAT: code })]).microsoftVerdict;
    expect(verdict?.category).toBe(code);
    const threat = ["phish", "high-confidence-phish", "spoof", "impersonation", "malware"].includes(kind);
    // compauth=fail reason=001 makes every verdict in this block a threat; check the category alone.
    const clean = originOf({
      from: { name: "x", address: "a@sender.example" },
      headers: exchangeOnline({}, { stamps: [forefront({ CAT: code })] }),
    });
    expect(clean.microsoftVerdict?.threat).toBe(threat);
  });

  it.each(Object.entries(FILTER_VERDICTS))("reads SFV:%s (%s)", (code) => {
    expect(stamped([forefront({ SFV: code })]).microsoftVerdict?.filterVerdict).toBe(code);
  });

  it.each(Object.entries(SAFETY_TIPS))(
    "reads SFTY:%s (%s) and takes impersonation and spoofing tips as threats",
    (code, kind) => {
      const origin = originOf({
        from: { name: "x", address: "a@sender.example" },
        headers: exchangeOnline({}, { stamps: [forefront({ SFTY: code })] }),
      });
      expect(origin.microsoftVerdict?.safetyTip).toBe(code);
      expect(origin.microsoftVerdict?.threat).toBe(kind === "spoof" || kind === "impersonation");
    },
  );

  it.each([
    ["000", "explicit-fail", true],
    ["001", "implicit-fail", true],
    ["002", "policy-prohibits", false],
    ["010", "own-domain-spoofed", true],
    ["100", "pass", false],
    ["130", "arc-override", false],
    ["201", "soft-pass", false],
    ["301", "not-checked", false],
    ["451", "bypassed", false],
    ["501", "delivery-report", false],
    ["601", "own-domain-spoofed", true],
    ["701", "pass-history", false],
    ["905", "bypassed", false],
  ])("reads compauth reason=%s as %s", (reason, group, threat) => {
    expect(compauthReasonGroup(reason)).toBe(group);
    const result =
      reason.startsWith("0") || reason.startsWith("6")
        ? "fail"
        : reason.startsWith("2")
          ? "softpass"
          : "pass";
    const origin = originOf({
      from: { name: "x", address: "a@sender.example" },
      headers: exchangeOnline({ compauth: `${result} reason=${reason}` }, { stamps: [forefront({})] }),
    });
    expect(origin.microsoftVerdict?.compauthReason).toBe(reason);
    expect(origin.microsoftVerdict?.threat).toBe(threat);
  });
});
