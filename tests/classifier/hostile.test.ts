// "Never throws, never hangs": random and adversarial messages through the classifier.

import fc from "fast-check";
import { classify, MAX_BODY_CHARACTERS, MAX_LINKS, type Message } from "../../src/classifier";
import { MAX_HEADER_CHARACTERS } from "../../src/classifier/headers";

const mailbox = fc.record({ name: fc.string({ maxLength: 80 }), address: fc.string({ maxLength: 80 }) });

const anyMessage: fc.Arbitrary<Message> = fc.record(
  {
    headers: fc.string({ maxLength: 2000 }),
    from: mailbox,
    replyTo: fc.array(mailbox, { maxLength: 3 }),
    subject: fc.string({ unit: "binary", maxLength: 200 }),
    text: fc.string({ unit: "binary", maxLength: 3000 }),
    html: fc.string({ maxLength: 3000 }),
    attachments: fc.array(
      fc.record({
        name: fc.string({ maxLength: 60 }),
        contentType: fc.string({ maxLength: 40 }),
        size: fc.nat(),
      }),
      { maxLength: 5 },
    ),
  },
  { requiredKeys: [] },
);

/** Fragments scam mail and broken HTML are made of, shuffled into hostile bodies. */
const fragment = fc.constantFrom(
  "<a href='https://evil.example/x'>https://account.microsoft.com</a>",
  "<a href=",
  "<<<<",
  "<script>alert(1)</script>",
  "<style>",
  "<div style='display:none'>",
  "</div>",
  "Micr0soft",
  "マイクロソフト",
  "\u200b",
  "ｍｉｃｒｏｓｏｆｔ",
  "0120-123-456",
  "+1 (888) 555-0199",
  "&#x200b;&amp;&nbsp;",
  "http://",
  "www.",
  "verify your account",
  "宝くじ",
  " ",
  "\r\n",
  "=?UTF-8?B?",
  "xn--",
);

describe("classify on hostile input", () => {
  it("returns a verdict for any message", () => {
    fc.assert(
      fc.property(anyMessage, (message) => {
        const verdict = classify(message);
        expect(["danger", "caution", "none"]).toContain(verdict.level);
        if (verdict.level !== "none") {
          expect(verdict.claim.evidence.length + verdict.origin.evidence.length).toBeGreaterThan(0);
          expect(verdict.reasons.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("returns a verdict for bodies assembled from scam and broken-HTML fragments", () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 400 }),
        fc.array(fragment, { maxLength: 30 }),
        (body, subject) => {
          const verdict = classify({ subject: subject.join(""), html: body.join(""), text: body.join(" ") });
          for (const evidence of [
            ...verdict.claim.evidence,
            ...verdict.asks.evidence,
            ...verdict.patterns.flatMap((match) => match.evidence),
          ])
            expect(typeof evidence.text).toBe("string");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads a bounded prefix of a 10 MB body and says how much it skipped", () => {
    const body = "Your Microsoft account will be suspended. ".repeat(250_000);
    const verdict = classify({
      from: { name: "Microsoft", address: "a@b.example" },
      html: `<p>${body}</p>`,
      text: body,
    });
    expect(verdict.analysed.skippedCharacters).toBe(
      body.length - MAX_BODY_CHARACTERS + (body.length + 7 - MAX_BODY_CHARACTERS),
    );
  });

  it("checks the first links of a message with 100 000 links and reports the rest as skipped", () => {
    const html = '<a href="https://x.example/">x</a>'.repeat(100_000);
    const verdict = classify({ html });
    expect(verdict.analysed.skippedCharacters).toBe(html.length - MAX_BODY_CHARACTERS);
    expect(verdict.analysed.skippedLinks).toBeGreaterThan(0);
    const withinPrefix = classify({ html: '<a href="https://x.example/">x</a>'.repeat(5_000) });
    expect(withinPrefix.analysed).toMatchObject({ skippedCharacters: 0, skippedLinks: 5_000 - MAX_LINKS });
  });

  it("survives a huge header block, many Authentication-Results and deep comments", () => {
    const headers = [
      "Authentication-Results: " + "(".repeat(50_000) + "spf=pass",
      ...Array.from({ length: 20_000 }, (_, index) => `X-Filler-${index}: ${"a".repeat(40)}`),
      "Authentication-Results: spf=pass; dkim=pass header.d=microsoft.com; dmarc=pass",
    ].join("\r\n");
    const verdict = classify({ headers, from: { name: "Microsoft", address: "noreply@microsoft.com" } });
    expect(verdict.analysed.headers).toBe(true);
    expect(verdict.origin.sentByMicrosoft).toBe(false);
  });
  it("trusts none of thousands of forged results and Received fields below the entry hop, in linear time", () => {
    const forged = Array.from({ length: 2_000 }, (_, index) =>
      index % 2 === 0
        ? "Authentication-Results: mx.isp-mail.example; spf=pass smtp.mailfrom=microsoft.com; dmarc=pass header.from=microsoft.com"
        : `Received: from hop${index}.outbound.protection.outlook.com by mx.isp-mail.example`,
    );
    const headers = [
      "Received: from mail.sender.example (mail.sender.example [203.0.113.9]) by mx.isp-mail.example",
      ...forged,
      "X-Forefront-Antispam-Report: SFV:NSPM;SCL:1;DIR:INT;",
    ].join("\r\n");
    expect(headers.length).toBeLessThan(MAX_HEADER_CHARACTERS);
    const started = performance.now();
    const verdict = classify({ headers, from: { name: "Microsoft", address: "noreply@microsoft.com" } });
    // Generous: a walk that went quadratic over 2 000 fields would take seconds.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(verdict.origin.sentByMicrosoft).toBe(false);
    expect(verdict.origin.sender.authentication.present).toBe(false);
    expect(verdict.origin.microsoftVerdict).toBeUndefined();
  });
});
