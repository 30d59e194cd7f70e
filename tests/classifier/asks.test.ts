import { classify, type Message } from "../../src/classifier";
import { findPhoneNumbers } from "../../src/classifier/phones";

const speaker = { name: "Microsoft account team", address: "team@notice-mail.example" };

function asksOf(message: Message) {
  const verdict = classify({
    from: speaker,
    to: [{ name: "", address: "reader@reader.example" }],
    ...message,
  });
  return { kinds: verdict.asks.kinds, strong: verdict.asks.strong, evidence: verdict.asks.evidence, verdict };
}

describe("asks: what the message wants the reader to do", () => {
  it("lists one entry per site a link goes to, with the most telling reason and the real destination", () => {
    const asks = asksOf({
      html:
        '<a href="https://secure-login.web.app/a?x=1">Take action</a> <a href="https://secure-login.web.app/b">https://account.microsoft.com</a>' +
        '<a href="https://account.microsoft.com/security">Microsoft</a>',
    });
    const links = asks.evidence.filter((item) => item.location === "link");
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      signal: "link-text-mismatch",
      detail: "https://secure-login.web.app/b",
    });
    expect(asks.kinds).toEqual(["link"]);
    expect(asks.strong).toBe(true);
  });

  it("names Microsoft in a link's words, not in a link whose text is its own address", () => {
    const worded = asksOf({
      html: '<a href="https://portal.web-check.example/x">Open your Microsoft 365 mailbox</a>',
    });
    expect(worded.evidence[0]?.signal).toBe("brand-link-off-microsoft");
    for (const text of ["https://office-login.web-check.example/x", "office-login.web-check.example/x"]) {
      const address = asksOf({ html: `<a href="https://office-login.web-check.example/x">${text}</a>` });
      expect(address.evidence[0]?.signal).toBe("link-off-microsoft");
    }
  });

  it("does not count links to Microsoft's own sites as an ask", () => {
    const asks = asksOf({ html: '<a href="https://account.live.com/activity">Review activity</a>' });
    expect(asks.kinds).toEqual([]);
    expect(asks.strong).toBe(false);
  });

  it("counts a link to content a customer hosts on Microsoft's services", () => {
    const asks = asksOf({ html: '<a href="https://contoso-my.sharepoint.com/:b:/g/doc">Open</a>' });
    expect(asks.evidence[0]?.signal).toBe("link-microsoft-hosted");
  });

  it("counts a number the text tells you to call, not one it merely prints", () => {
    const called = asksOf({ text: "To cancel, call our helpline at 1-888-254-1973 now." });
    expect(called.kinds).toContain("call");
    expect(called.evidence[0]).toMatchObject({ signal: "call-number", detail: "+18882541973" });
    const printed = asksOf({ text: "Order reference.\n\n\n\nOur registered office: 03-4500-1234" });
    expect(printed.kinds).not.toContain("call");
    expect(printed.evidence.map((item) => item.signal)).toContain("phone-number");
  });

  it("does not read a vulnerability identifier or an update number as a phone number", () => {
    expect(findPhoneNumbers("Fixes CVE-2026-21412 and CVE-2024-30051 (KB5034441), call us")).toEqual([]);
  });

  it("does not count a mailto link on a masked address, which names the reader's account", () => {
    const masked = asksOf({
      html: '<p>Recent sign-in to <a href="mailto:re*****@reader.example">re*****@reader.example</a>.</p>',
    });
    expect(masked.kinds).toEqual([]);
  });

  it("counts a mailto link or a written address to write to, but not the reader's own address", () => {
    const mailto = asksOf({
      html: '<p>Was this not you?</p><a href="mailto:report@account-review.example">Report the user</a>',
    });
    expect(mailto.kinds).toEqual(["mailto"]);
    expect(mailto.evidence[0]).toMatchObject({
      signal: "write-to-address",
      detail: "report@account-review.example",
    });
    const own = asksOf({
      html: '<p>This message was sent to <a href="mailto:reader@reader.example">reader@reader.example</a>.</p>',
    });
    expect(own.kinds).toEqual([]);
  });

  it("does not take an address on a sender or recipient line (a quarantine list, a forwarded header) as one to write to", () => {
    const listed = asksOf({
      text: [
        "3 件のメッセージが検疫されています。",
        "送信者: 小池 雅人 <koike@shinwa-logi.example>",
        "【再送】お見積りのご送付",
        "差出人：news@ec-lab.example",
        "From: Billing <billing@vendor.example>",
        "To: team@vendor.example",
        "*From:* Marie Dubois <marie@partner.example>",
        "De : Marie <marie@partner.example>",
        "Von: Jan Weber <jan@partner.example>",
      ].join("\n"),
    });
    expect(listed.evidence.filter((item) => item.signal === "write-to-address")).toEqual([]);
    // The same address is one to write to where the words say so.
    for (const text of [
      "Send your claim number to koike@shinwa-logi.example today.",
      "From now on, please email agent@claims-desk.example with your details.",
      "お名前とご住所を koike@shinwa-logi.example までご返信ください。",
      // A label at the start of the line does not hide an instruction after it.
      "From: Microsoft Security, please email your password to verify@ms-secure.example today.",
    ])
      expect(asksOf({ text }).evidence.map((item) => item.signal)).toContain("write-to-address");
  });

  it("counts a QR code to scan, from the image or from the words", () => {
    expect(
      asksOf({ html: '<p>Scan to re-register.</p><img src="cid:qr-7731" alt="QR code">' }).kinds,
    ).toContain("qr");
    expect(
      asksOf({ html: '<p>スマートフォンで読み取ってください。</p><img src="cid:image001.png" alt="">' })
        .kinds,
    ).toContain("qr");
  });

  it("counts words about a QR code only where the message may show one: a picture, a drawing or an attachment", () => {
    // An IT desk's steps: the code shows on the sign-in page, not in the mail.
    const steps = [
      "Open Outlook and choose Next on 'More information required', then scan the QR code with the Authenticator app.",
      "Outlook を開くと「詳細情報が必要です」と表示されます。Authenticator アプリで QR コードを読み取ってください。",
    ];
    for (const text of steps) {
      expect(asksOf({ text }).kinds).not.toContain("qr");
      expect(
        asksOf({ html: `<table><tr><td style="background-color:#f3f3f3"><p>${text}</p></td></tr></table>` })
          .kinds,
      ).not.toContain("qr");
      const attached = { name: "MFA-setup.pdf", contentType: "application/pdf", size: 41_000 };
      expect(asksOf({ text, attachments: [attached] }).kinds).toContain("qr");
    }
    // Wherever a picture can stand, including where the HTML reader sees nothing: a font-size:0
    // cell, a comment only classic Outlook reads, VML, a stylesheet, an element a stylesheet shows.
    const pictures = [
      '<img src="https://cdn.example/qr.png">',
      '<td style="font-size:0;line-height:0"><img src="cid:image002.png" width="180" height="180"></td>',
      '<!--[if mso]><img src="https://cdn.example/q.png" width="180" height="180"><![endif]-->',
      '<!--[if gte mso 9]><v:rect style="width:180px;height:180px"><v:fill type="frame" src="https://cdn.example/q.png"/></v:rect><![endif]-->',
      "<style>.q{background-image:url(https://cdn.example/q.png)}</style><div class=q>&nbsp;</div>",
      '<style>.s{display:block!important}</style><div class=s style="display:none"><img src="https://cdn.example/q.png"></div>',
      '<td background="https://cdn.example/a.png" width="180" height="180"></td>',
      '<input type="image" src="https://cdn.example/q.png">',
      '<image src="https://cdn.example/q.png">',
    ];
    pictures.push(
      // A style spelled with a character reference or a CSS escape, or a picture set.
      '<td style="width:180px;height:180px;background-image:&#117;rl(https://cdn.example/q.png)"></td>',
      "<style>.q{background-image:u\\72 l(https://cdn.example/q.png)}</style><td class=q></td>",
      "<td style=\"background-image:image-set('https://cdn.example/q.png' 1x)\"></td>",
    );
    for (const picture of pictures)
      expect(asksOf({ html: `<p>${steps[0]}</p><table><tr>${picture}</tr></table>` }).kinds).toContain("qr");
    // A code drawn as a grid of cells or boxes, or in characters.
    const cell = (tag: string) =>
      `<${tag} style="background:#000;width:6px;height:6px"></${tag}><${tag}></${tag}>`;
    for (const tag of ["td", "th", "span"]) {
      const rows = `<tr>${cell(tag).repeat(11)}</tr>`.repeat(11);
      expect(asksOf({ html: `<p>${steps[0]}</p><table>${rows}</table>` }).kinds).toContain("qr");
    }
    // Runs of filled spans in a <pre>: fewer elements than cells, one per dark run.
    const runs =
      '<span style="background-color:#000;display:inline-block;height:12px">&nbsp;&nbsp;</span>&nbsp;';
    expect(
      asksOf({ html: `<p>${steps[0]}</p><pre>${`${runs.repeat(5)}\n`.repeat(25)}</pre>` }).kinds,
    ).toContain("qr");
    // A picture beyond what is read.
    expect(
      asksOf({
        html: `<p>${steps[0]}</p><div>${" ".repeat(1_000_001)}</div><img src="https://cdn.example/q.png">`,
      }).kinds,
    ).toContain("qr");
    for (const drawing of [
      "█▀▀▀▀▀█ ▄▀ █▀▀▀▀▀█\n█ ███ █ ▀█ █ ███ █",
      "■□■□■□■□■□■□■\n□■■□□■■□■□■■□",
      "⬛⬜⬛⬜⬛⬜⬛⬜⬛⬜\n⬜⬛⬜⬛⬜⬛⬜⬛⬜⬛",
    ])
      expect(asksOf({ text: `${steps[1]}\n${drawing}` }).kinds).toContain("qr");
  });

  it("counts a reply with personal data, in English and Japanese", () => {
    expect(asksOf({ text: "Please reply with your phone number and date of birth." }).kinds).toContain(
      "reply",
    );
    expect(asksOf({ text: "氏名と電話番号をご返信ください。" }).kinds).toContain("reply");
    for (const text of [
      "ご本人確認のため、生年月日とご住所をご返信いただけますようお願いいたします。",
      "氏名と生年月日をご返信いただきますと幸いです。",
      "氏名と生年月日をご返信いただく様お願いいたします。",
      "本日中にご返信いただきたいと存じます。",
      "氏名と生年月日をご返信いただくことは可能でしょうか。",
      "本メールにご返信いただいた時点で、返金のお手続きが完了いたします。",
      "氏名と生年月日をご返信頂けますようお願いいたします。",
    ])
      expect([text, asksOf({ text }).kinds]).toEqual([text, ["reply"]]);
  });

  it("does not take a send-only notice or thanks for a reply for asking to reply", () => {
    for (const text of [
      "このメールアドレスは送信専用です。ご返信いただいてもお答えできませんので、上記の電話番号へお問い合わせください。",
      "先日はご返信いただき、ありがとうございました。ご住所の変更を承りました。",
      "本メールは送信専用のため、ご返信頂けませんのでご了承ください。",
    ])
      expect([text, asksOf({ text }).kinds]).toEqual([text, []]);
  });

  it("tells a program from a document: a program is an ask on its own, a PDF only describes", () => {
    const program = asksOf({ attachments: [{ name: "KB5034441.zip", contentType: "application/zip" }] });
    expect(program.strong).toBe(true);
    expect(program.evidence[0]).toMatchObject({ signal: "risky-attachment", detail: "archive" });
    const document = asksOf({ attachments: [{ name: "invoice.pdf", contentType: "application/pdf" }] });
    expect(document.strong).toBe(false);
    expect(document.kinds).toEqual(["attachment"]);
  });

  it("counts a remote-access request and a fee", () => {
    expect(asksOf({ text: "Install AnyDesk and read us the session code." }).kinds).toContain(
      "remote-access",
    );
    expect(asksOf({ text: "Pay the processing fee with Google Play gift cards." }).kinds).toContain("pay");
  });
});
