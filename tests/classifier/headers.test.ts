import { parseHeaderBlock, parseReceived, readAuthentication, readTrace } from "../../src/classifier/headers";
import { exchangeOnline, gmail, noResults } from "../helpers/headers";

describe("readAuthentication", () => {
  it("reads spf with its domain, dkim with header.d, dmarc and compauth from Exchange Online's header", () => {
    const fields = parseHeaderBlock(
      [
        "Received: from x.prod.outlook.com by y.prod.outlook.com with HTTPS",
        "Authentication-Results: spf=pass (sender IP is 40.92.10.5)",
        " smtp.mailfrom=accountprotection.microsoft.com; dkim=pass (signature was verified)",
        " header.d=accountprotection.microsoft.com;dmarc=pass action=none",
        " header.from=accountprotection.microsoft.com;compauth=pass reason=100",
        "Received: from mail.example (40.92.10.5) by z.mail.protection.outlook.com",
        "From: x@y",
      ].join("\r\n"),
    );
    expect(readAuthentication(fields)).toEqual({
      spf: "pass",
      spfDomain: "accountprotection.microsoft.com",
      dkim: "pass",
      dkimDomains: ["accountprotection.microsoft.com"],
      dmarc: "pass",
      compauth: "pass",
      compauthReason: "100",
      present: true,
    });
  });

  it("trusts the results above the entry hop, not a copy the sender wrote below it", () => {
    const fields = parseHeaderBlock(
      exchangeOnline(
        { spf: "fail", mailFrom: "evil.test", dmarc: "fail", headerFrom: "microsoft.com" },
        {
          senderFields: [
            "Authentication-Results: mx.fake; spf=pass; dkim=pass header.d=microsoft.com; dmarc=pass",
          ],
        },
      ),
    );
    const authentication = readAuthentication(fields);
    expect(authentication.dmarc).toBe("fail");
    expect(authentication.dkimDomains).toEqual([]);
  });

  it("trusts Gmail's results written just below its entry hop, because they name Gmail", () => {
    const authentication = readAuthentication(
      parseHeaderBlock(
        gmail({ spf: "pass", mailFrom: "sender.example", dmarc: "pass", headerFrom: "sender.example" }),
      ),
    );
    expect(authentication).toMatchObject({ spf: "pass", dmarc: "pass", present: true });
  });

  it("ignores results a sender wrote when the receiver wrote none", () => {
    const forged =
      "Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=microsoft.com; dkim=pass header.d=microsoft.com; dmarc=pass header.from=microsoft.com";
    const authentication = readAuthentication(parseHeaderBlock(noResults([forged])));
    expect(authentication.present).toBe(false);
    expect(authentication.dmarc).toBe("unknown");
  });

  it("falls back to the newest ARC-Authentication-Results the receiver kept", () => {
    const fields = parseHeaderBlock(
      [
        "Received: from a.prod.outlook.com by b.prod.outlook.com with HTTPS",
        "ARC-Authentication-Results: i=1; mx.google.com; dkim=fail header.d=old.test; spf=fail",
        "ARC-Authentication-Results: i=2; mx.microsoft.com 1; spf=pass smtp.mailfrom=contoso.com; dmarc=pass header.from=contoso.com; dkim=pass header.d=contoso.com",
        "Received: from mail.contoso.com (203.0.113.9) by c.mail.protection.outlook.com",
      ].join("\n"),
    );
    expect(readAuthentication(fields)).toMatchObject({
      spf: "pass",
      dmarc: "pass",
      dkim: "pass",
      dkimDomains: ["contoso.com"],
    });
  });

  it("reports nothing present for an empty header block, as some Outlook clients return", () => {
    expect(readAuthentication(parseHeaderBlock("")).present).toBe(false);
  });

  it("trusts no results at all in a block without a Received trace: any sender can write them", () => {
    const forged =
      "Authentication-Results: spf=pass smtp.mailfrom=microsoft.com; dkim=pass header.d=microsoft.com; dmarc=pass header.from=microsoft.com";
    expect(readAuthentication(parseHeaderBlock(`${forged}\r\nFrom: a@microsoft.com`)).present).toBe(false);
  });

  it("does not trust results a sender wrote below the entry hop naming the receiver, where the receiver writes them above", () => {
    const forged =
      "Authentication-Results: mx.isp-mail.example; spf=pass smtp.mailfrom=microsoft.com; dmarc=pass header.from=microsoft.com";
    expect(readAuthentication(parseHeaderBlock(noResults([forged]))).present).toBe(false);
  });
});

describe("readTrace", () => {
  it("names the from and by hosts of a Received field, comments aside", () => {
    expect(
      parseReceived(
        "from mail.sender.example (mail.sender.example. [203.0.113.9]) by mx.google.com with ESMTPS id a1; date",
      ),
    ).toEqual({
      from: "mail.sender.example",
      fromVerified: "mail.sender.example",
      by: "mx.google.com",
      hasFrom: true,
      fromLookedUp: true,
    });
  });

  it("keeps the HELO name apart from the name the receiver looked up", () => {
    expect(
      parseReceived("from mail.protection.outlook.com (unknown [198.51.100.7]) by mx.receiver.example; date"),
    ).toEqual({
      from: "mail.protection.outlook.com",
      fromVerified: "",
      by: "mx.receiver.example",
      hasFrom: true,
      fromLookedUp: true,
    });
    expect(parseReceived("by mx.receiver.example with LMTP; date")).toEqual({
      from: "",
      fromVerified: "",
      by: "mx.receiver.example",
      hasFrom: false,
      fromLookedUp: false,
    });
  });

  it("finds Exchange Online's entry hop and knows Microsoft received the message", () => {
    const fields = parseHeaderBlock(exchangeOnline({}));
    const trace = readTrace(fields);
    expect(trace.microsoftReceived).toBe(true);
    expect(trace.receiver).toBe("microsoft");
    expect(fields[trace.entryIndex]?.value).toContain("from mail.sender.example");
  });

  it("follows a message Microsoft received and then forwarded to another server", () => {
    const fields = parseHeaderBlock(
      [
        "Received: from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12lp2170.outbound.protection.outlook.com [40.107.1.1]) by mx.forwarder.example",
        "Received: from BN8PR12CA0008.namprd12.prod.outlook.com by RO2P215MB1745.LAMP215.PROD.OUTLOOK.COM",
        "Authentication-Results: spf=pass smtp.mailfrom=sender.example",
        "Received: from mailer.sender.example (192.0.2.20) by BN1NAM02FT007.mail.protection.outlook.com",
        "From: a@sender.example",
      ].join("\r\n"),
    );
    const trace = readTrace(fields);
    expect(trace.microsoftReceived).toBe(true);
    expect(fields[trace.entryIndex]?.value).toContain("from mailer.sender.example");
  });

  it("does not follow a sender that only calls itself *.outlook.com into hops it wrote itself", () => {
    const fields = parseHeaderBlock(
      [
        "Received: from BN8PR12CA0008.namprd12.prod.outlook.com (203.0.113.66) by mx.isp-mail.example",
        "Received: from evil.example by AB1PR01MB0001.eurprd01.prod.outlook.com",
        "X-Forefront-Antispam-Report: CAT:NONE;SFV:NSPM;SCL:1;DIR:INT;",
        "From: a@microsoft.com",
      ].join("\r\n"),
    );
    expect(readTrace(fields).microsoftReceived).toBe(false);
  });

  it("takes a hop from an unnamed server or a bare address as the entry hop", () => {
    const fields = parseHeaderBlock(
      [
        "Received: from 203.0.113.66 by mx.isp-mail.example",
        "Received: from evil.example by AB1PR01MB0001.eurprd01.prod.outlook.com",
      ].join("\r\n"),
    );
    expect(readTrace(fields)).toMatchObject({ entryIndex: 0, microsoftReceived: false });
  });

  it("does not believe Microsoft hops a sender wrote below a non-Microsoft receiver", () => {
    const fields = parseHeaderBlock(
      noResults(["Received: from evil.example by AB1PR01MB0001.eurprd01.prod.outlook.com"]),
    );
    expect(readTrace(fields).microsoftReceived).toBe(false);
  });
  it("walks through a receiver's internal relay that writes no looked-up address", () => {
    const fields = parseHeaderBlock(
      [
        "Received: from mx07.isp-mail.example by mbox-26.isp-mail.example with ESMTP",
        "Received: from mail.sender.example (mail.sender.example [198.51.100.4]) by mx07.isp-mail.example",
        "Authentication-Results: isp-mail.example; spf=pass smtp.mailfrom=sender.example",
        "From: a@sender.example",
      ].join("\r\n"),
    );
    expect(readTrace(fields)).toMatchObject({ entryIndex: 1, receiver: "isp-mail.example" });
  });

  it("stops at an outsider using the receiver's own name, when the receiver looked its address up", () => {
    const fields = parseHeaderBlock(
      [
        "Received: from mx07.isp-mail.example (unknown [203.0.113.66]) by mbox-26.isp-mail.example",
        "Authentication-Results: isp-mail.example; spf=pass smtp.mailfrom=microsoft.com",
        "Received: from mail.sender.example by mx07.isp-mail.example",
        "From: a@microsoft.com",
      ].join("\r\n"),
    );
    expect(readTrace(fields).entryIndex).toBe(0);
  });
});
