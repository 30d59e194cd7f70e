// Header blocks as receiving servers write them, for tests: Exchange Online (trace on top, its
// verdict appended below the sender's own fields), Gmail (results just below its entry hop), and a
// receiver that writes no results at all.

export interface Authenticated {
  spf?: string;
  mailFrom?: string;
  dkim?: string;
  dkimDomain?: string;
  dmarc?: string;
  headerFrom?: string;
  compauth?: string;
}

function results(auth: Authenticated): string {
  const parts = [
    `spf=${auth.spf ?? "none"} (sender IP is 203.0.113.9) smtp.mailfrom=${auth.mailFrom ?? "none"}`,
    `dkim=${auth.dkim ?? "none"} header.d=${auth.dkimDomain ?? "none"}`,
    `dmarc=${auth.dmarc ?? "none"} action=none header.from=${auth.headerFrom ?? "none"}`,
  ];
  if (auth.compauth) parts.push(`compauth=${auth.compauth}`);
  return parts.join(";");
}

/**
 * Delivered by Exchange Online: Microsoft's hops and results above the entry hop, the sender's
 * fields (`senderFields`, where a forger writes) below it, Microsoft's stamps (`stamps`) appended last.
 */
export function exchangeOnline(
  auth: Authenticated,
  options: { senderFields?: string[]; stamps?: string[]; from?: string } = {},
): string {
  return [
    "Received: from TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:1::5) by OS3P286MB2345.JPNP286.PROD.OUTLOOK.COM with HTTPS; Thu, 12 Nov 2026 11:10:02 +0000",
    "Received: from TY2PEPF0000AB12.apcprd03.prod.outlook.com (2603:1096:404:8000::1) by TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM with Microsoft SMTP Server; Thu, 12 Nov 2026 11:10:01 +0000",
    `Authentication-Results: ${results(auth)}`,
    "Received-SPF: Pass (protection.outlook.com: domain of sender designates 203.0.113.9 as permitted sender)",
    "Received: from mail.sender.example (203.0.113.9) by TY2PEPF0000AB12.mail.protection.outlook.com (10.167.8.10) with Microsoft SMTP Server; Thu, 12 Nov 2026 11:10:00 +0000",
    ...(options.senderFields ?? []),
    `From: ${options.from ?? "Sender <sender@sender.example>"}`,
    "To: reader@reader.example",
    "Subject: test",
    "Content-Type: text/plain; charset=utf-8",
    ...(options.stamps ?? []),
  ].join("\r\n");
}

/** Delivered by Gmail: its entry hop first, its results just below, naming itself. */
export function gmail(auth: Authenticated, senderFields: string[] = []): string {
  return [
    "Received: by 2002:a05:7300:5a0f:b0:1a2:3b4c:5d6e with SMTP id x15csp123; Thu, 12 Nov 2026 03:10:02 -0800",
    "Received: from mail.sender.example (mail.sender.example. [203.0.113.9]) by mx.google.com with ESMTPS id a1si123; Thu, 12 Nov 2026 03:10:01 -0800",
    `Authentication-Results: mx.google.com; ${results(auth)}`,
    ...senderFields,
    "Received: from sender-laptop (198.51.100.20) by mail.sender.example; Thu, 12 Nov 2026 11:09:59 +0000",
    "From: Sender <sender@sender.example>",
  ].join("\r\n");
}

/** A receiver that writes no Authentication-Results: whatever results the block holds, the sender wrote. */
export function noResults(senderFields: string[] = []): string {
  return [
    "Received: from mail.sender.example (203.0.113.9) by mx.isp-mail.example; Thu, 12 Nov 2026 20:10:00 +0900",
    ...senderFields,
    "From: Sender <sender@sender.example>",
  ].join("\r\n");
}

/** Microsoft's verdict line, as Exchange Online appends it. */
export function forefront(fields: Record<string, string>): string {
  const base: Record<string, string> = {
    CIP: "203.0.113.9",
    CTRY: "JP",
    LANG: "en",
    SCL: "1",
    SFV: "NSPM",
    CAT: "NONE",
    DIR: "INB",
  };
  return `X-Forefront-Antispam-Report: ${Object.entries({ ...base, ...fields })
    .map(([key, value]) => `${key}:${value}`)
    .join(";")};`;
}
