import { classify, type Message } from "../../src/classifier";

/** The claim signals a message raises, for messages from an ordinary, non-Microsoft sender. */
function claimOf(message: Message) {
  const verdict = classify({ from: { name: "", address: "notice@sender.example" }, ...message });
  return {
    speaks: verdict.claim.speaksAsMicrosoft,
    strength: verdict.claim.strength,
    signals: verdict.claim.evidence.map((item) => item.signal),
    evidence: verdict.claim.evidence,
  };
}

const named = (name: string, html = "<p>Hello.</p>") =>
  claimOf({ from: { name, address: "notice@sender.example" }, html });

describe("claim: the sender name", () => {
  it.each([
    "Microsoft account team",
    "Microsoft",
    "Outlook",
    "OneDrive",
    "Ｍｉｃｒｏｓｏｆｔ サポート",
    "マイクロソフト サポートセンター",
    "ﾏｲｸﾛｿﾌﾄ",
    "Windows Security Center",
    "Windows Anniversary Team",
    "ウィンドウズ サポート",
    "Office 365 Admin",
    "Office Support",
    "Teams Notification Service",
    "Microsoft アカウント チーム",
    "Kim Lee via OneDrive",
  ])("hears %s speak as Microsoft", (name) => {
    const claim = named(name);
    expect(claim.speaks).toBe(true);
    expect(claim.signals).toContain("brand-in-display-name");
  });

  it.each([
    "Office of the Registrar",
    "Office Manager",
    "Windows and Doors Ltd",
    "Sales Teams",
    "Andersen Windows",
  ])("does not hear %s speak as Microsoft: a product word alone names nobody", (name) => {
    expect(named(name).signals).not.toContain("brand-in-display-name");
  });

  it("sees Microsoft's name through invisible characters padding it", () => {
    const variationSelectors = Array.from("Microsoft").join("\u{E0101}");
    const tags = Array.from("Microsoft").join("\u{E0041}");
    for (const name of [`${variationSelectors} 365 Billing`, `${tags} account`, "Micro\u200bsoft"]) {
      const claim = named(name);
      expect(claim.signals).toEqual(expect.arrayContaining(["brand-in-display-name", "disguised-brand"]));
    }
  });

  it("sees Microsoft's name in look-alike letters and digits", () => {
    expect(named("Місrоsоft Support").signals).toContain("disguised-brand");
    expect(named("Micr0soft Support").signals).toContain("disguised-brand");
  });
});

describe("claim: what the reader sees in the message", () => {
  it("hears a heading, a sign-off and a copyright footer", () => {
    const claim = claimOf({
      html: "<p>Microsoft account</p><p>We noticed something.</p><p>Thanks,<br>The Microsoft account team</p><p>© 2026 Microsoft Corporation. All rights reserved.</p>",
    });
    expect(claim.signals).toEqual(expect.arrayContaining(["brand-in-heading", "brand-in-signature"]));
    expect(claim.speaks).toBe(true);
  });

  it("reads '(c) 2026' in a sign-off line as the copyright mark '©' is, not as a word", () => {
    for (const line of ["Outlook Web App (c)2026 Help Desk", "(C) 2026 Outlook Web App"])
      expect([line, claimOf({ text: `Your mailbox is full.\n\nThanks\n${line}\n` }).signals]).toEqual([
        line,
        ["brand-in-signature"],
      ]);
    expect(
      claimOf({ text: "Your mailbox is full.\n\nThanks\nOutlook Web App c 2026 Help Desk\n" }).signals,
    ).toEqual([]);
    // A lettered list is no copyright line: "(c) Windows" is its third item.
    const list = "Please sign the order for the renovation:\n(a) Doors\n(b) Floors\n(c) Windows\n";
    expect(claimOf({ text: list }).signals).toEqual([]);
  });

  it("hears a heading that opens with a Microsoft name and a colon", () => {
    expect(
      claimOf({ html: "<h1>Microsoft 365: billing information requires update</h1><p>Hi.</p>" }).signals,
    ).toContain("brand-in-heading");
  });

  it("hears a logo's alt text at the top, not an illustration further down", () => {
    expect(
      claimOf({ html: '<img src="cid:logo" alt="Microsoft"><p>Your sign-in was blocked.</p>' }).signals,
    ).toContain("brand-in-image");
    const article = `<p>${"Today's news in tech. ".repeat(40)}</p><img alt="x"><img alt="y"><img alt="z"><img src="a.png" alt="Microsoft logo">`;
    expect(claimOf({ html: article }).signals).not.toContain("brand-in-image");
  });

  it("sees a picture in a font-size:0 cell, as every Outlook shows it, but not a hidden one", () => {
    const logo = (style: string) =>
      claimOf({
        html: `<table><tr><td style="${style}"><img src="https://cdn.mailer.example/img/office365-logo.png" width="108" height="23"></td></tr></table><p>Sign in.</p>`,
      }).signals;
    expect(logo("font-size:0;line-height:0")).toContain("brand-in-image");
    expect(logo("display:none")).toEqual([]);
    expect(logo("visibility:hidden")).toEqual([]);
  });

  it("sees Microsoft's logo drawn from coloured table cells, or named by the image's file", () => {
    const squares = ["F25022", "7FBA00", "00A4EF", "FFB900"]
      .map((colour) => `<td bgcolor="#${colour}" width="20">&nbsp;</td>`)
      .join("");
    expect(
      claimOf({ html: `<table><tr>${squares}</tr></table><p>Billing information requires update.</p>` })
        .signals,
    ).toContain("logo-colours");
    expect(
      claimOf({ html: '<table><tr><td bgcolor="#F25022">a</td><td bgcolor="#FFFFFF">b</td></tr></table>' })
        .signals,
    ).toEqual([]);
    expect(
      claimOf({ html: '<img src="https://cdn.mailer.example/img/office365-logo.png"><p>Sign in.</p>' })
        .signals,
    ).toContain("brand-in-image");
    for (const name of ["ms_logo.gif", "logo-microsoft.svg", "MSFT_Logo.png"])
      expect(
        claimOf({ html: `<img src="https://cdn.mailer.example/${name}"><p>Sign in.</p>` }).signals,
      ).toContain("brand-in-image");
    for (const name of ["microsoft-teams-call.png", "outlook_screenshot.jpg", "company-logo.png"])
      expect(
        claimOf({ html: `<img src="https://cdn.mailer.example/${name}"><p>Sign in.</p>` }).signals,
      ).toEqual([]);
  });

  it("hears a Microsoft heading at the top of a message, not one heading a section further down", () => {
    expect(claimOf({ html: "<h2>Microsoft account</h2><p>Your sign-in was blocked.</p>" }).signals).toContain(
      "brand-in-heading",
    );
    const newsletter = `<h1>Contoso IT newsletter</h1><p>${"This month in our office. ".repeat(30)}</p><h2>Microsoft 365: what's new</h2><p>Loop is here.</p>`;
    expect(claimOf({ html: newsletter }).signals).not.toContain("brand-in-heading");
  });

  it("hears the reader's Microsoft account, in English and Japanese", () => {
    expect(claimOf({ text: "We could not verify your Microsoft account." }).signals).toContain(
      "account-reference",
    );
    expect(claimOf({ text: "お客様の Microsoft アカウントに問題があります。" }).signals).toContain(
      "account-reference",
    );
  });

  it("hears 'your Microsoft account' only where the message tells a story about that account", () => {
    const note = claimOf({
      text: "Notes are in the shared folder: https://contoso.sharepoint.com/x\nReminder: never share your Microsoft 365 password.\nCall me on 03-4500-1234.",
    });
    expect(note.signals).toContain("account-reference");
    expect(note.speaks).toBe(false);
    const threat = claimOf({
      text: "Your Microsoft 365 password expires today. Keep your current password here: https://x.example/k",
    });
    expect(threat.speaks).toBe(true);
  });

  it("does not hear a news sentence about Microsoft, or a topic line in a newsletter", () => {
    const claim = claimOf({
      text: "Microsoft patched a zero-day this week, and Windows users should update.\n\nMicrosoft\n\nOffice/Business\n",
    });
    expect(claim.speaks).toBe(false);
    expect(claim.signals).toEqual([]);
  });

  it("hears text only some Outlooks hide, as the reader of another Outlook sees it", () => {
    for (const style of ["mso-hide:all", "opacity:0"])
      expect(
        claimOf({
          html: `<p>Your parcel is waiting.</p><div style="${style}">The Microsoft account team</div>`,
        }).signals,
      ).toContain("brand-in-signature");
  });

  it("does not hear Microsoft text hidden from the reader", () => {
    const hidden = [
      '<div style="display:none">The Microsoft account team</div>',
      '<span style="font-size:0">Microsoft account team</span>',
      "<!-- The Microsoft account team -->",
      "<div hidden>The Microsoft account team</div>",
    ];
    for (const html of hidden)
      expect(claimOf({ html: `<p>Your parcel is waiting.</p>${html}` }).signals).toEqual([]);
  });

  it("hears what a child shows again inside a hidden parent: inherited hiding can be undone, display:none cannot", () => {
    const shown = [
      '<div style="font-size:0">filler <span style="font-size:14px">The Microsoft account team</span></div>',
      '<div style="font-size:0"><p style="font-size: 11pt">The Microsoft account team</p></div>',
      '<div style="visibility:hidden">filler <span style="visibility:visible">The Microsoft account team</span></div>',
      '<div hidden style="display:block">The Microsoft account team</div>',
    ];
    for (const html of shown)
      expect([html, claimOf({ html: `<p>Your parcel is waiting.</p>${html}` }).signals]).toEqual([
        html,
        ["brand-in-signature"],
      ]);
    for (const visibility of ["unset", "inherit", "initial", "revert"])
      expect(
        claimOf({ html: `<div style="visibility:${visibility}">Thanks,<br>The Microsoft account team</div>` })
          .signals,
      ).toEqual(["brand-in-signature"]);
    for (const size of ["medium", "small", "calc(10px + 4px)"])
      expect(
        claimOf({
          html: `<p>Hi.</p><div style="font-size:0">x<span style="font-size:${size}">The Microsoft account team</span></div>`,
        }).signals,
      ).toEqual(["brand-in-signature"]);
    const stillHidden = [
      '<div style="display:none !important;display:block">The Microsoft account team</div>',
      '<div style="visibility:hidden!important;visibility:visible">The Microsoft account team</div>',
      '<div style="visibility:hidden"><span style="visibility:inherit">The Microsoft account team</span></div>',
      '<div style="display:none"><span style="display:block;font-size:14px">The Microsoft account team</span></div>',
      '<div style="font-size:0"><span style="font-size:1em">The Microsoft account team</span></div>',
      '<div style="visibility:hidden"><span style="font-size:14px">The Microsoft account team</span></div>',
      '<div style="font-size:14px;font-size:0">The Microsoft account team</div>',
    ];
    for (const html of stillHidden)
      expect([html, claimOf({ html: `<p>Your parcel is waiting.</p>${html}` }).signals]).toEqual([html, []]);
  });

  it("does not hear a plain-text part Outlook does not show when there is HTML", () => {
    const claim = claimOf({ html: "<p>Your parcel is waiting.</p>", text: "The Microsoft account team" });
    expect(claim.signals).toEqual([]);
  });

  it("hears the new part of a thread-hijack reply, not the quoted thread", () => {
    const quotedOnly = claimOf({
      subject: "RE: Monday",
      text: "Thanks, see you Monday.\n\n-----Original Message-----\nFrom: Support\nThe Microsoft account team\n",
    });
    expect(quotedOnly.signals).toEqual([]);
    const hijack = claimOf({
      subject: "Re: invoice",
      text: "Please sign in to view the shared invoice.\nMicrosoft Support\n\nOn Mon, 2 Mar 2026, Ken wrote:\n> invoice attached\n",
    });
    expect(hijack.signals).toContain("brand-in-signature");
  });

  it("hears the banner of an encrypted-mail notice pasted into a reply, in the languages its template is written in", () => {
    const banners = [
      "Microsoft Purview Message Encryption",
      "Office 365 Message Encryption",
      "Microsoft Purview Berichtversleuteling",
      "Microsoft Purview Nachrichtenverschlüsselung",
      "Chiffrement des messages Microsoft Purview",
      "Cifrado de mensajes de Microsoft Purview",
      "Crittografia dei messaggi di Microsoft Purview",
      "Criptografia de Mensagens do Microsoft Purview",
      "Microsoft Purview メッセージの暗号化",
    ];
    for (const banner of banners) {
      const claim = claimOf({
        subject: "RE: Offerte",
        text: `Hi Sanne,\n\nThe revised quote is below, sent securely.\n\n${banner}\npeter@installer.example has sent you a protected message.\nRead the message\n\nKind regards,\nPeter\n`,
      });
      expect([banner, claim.signals]).toEqual([banner, ["brand-in-signature"]]);
      expect(claim.speaks).toBe(true);
    }
  });

  it("does not hear a product named beside a loose word, or a company called Purview", () => {
    for (const line of [
      "Teams-Nachricht",
      "Office 365 Encryption",
      "Windows Verschlüsselung",
      "Mensajes de Outlook",
      "Office 365 Bericht",
      "Purview Services",
    ]) {
      const signals = claimOf({
        subject: "Update",
        text: `${line}\n\nHallo,\n\nsiehe unten.\n\n${line}\nAnna\n`,
      }).signals;
      expect([line, signals]).toEqual([line, []]);
    }
    expect(named("Purview Support").signals).toEqual([]);
  });

  it("reads a quote in full when the message is no reply, or says nothing above it", () => {
    const notAReply = [
      { text: "Notice\n> The Microsoft account team\n> Verify your account" },
      { html: "<p>Notice</p><blockquote>The Microsoft account team</blockquote>" },
      { text: "Notice\n-----Original Message-----\nThe Microsoft account team\n" },
    ];
    for (const message of notAReply) expect(claimOf(message).signals).toContain("brand-in-signature");
    const emptyReply = claimOf({
      subject: "RE: your account",
      html: "<blockquote><p>Hello.</p><p>The Microsoft account team</p></blockquote>",
    });
    expect(emptyReply.signals).toContain("brand-in-signature");
  });

  it("takes a message with In-Reply-To or References for a reply, whatever its subject", () => {
    const reply = claimOf({
      subject: "Monday",
      headers: "In-Reply-To: <a@b.example>\r\nFrom: x@sender.example",
      text: "Thanks, see you Monday.\n\n> The Microsoft account team\n",
    });
    expect(reply.signals).toEqual([]);
  });

  it("sees a sender domain dressed up as Microsoft's", () => {
    const claim = claimOf({ from: { name: "Security", address: "alert@rnicrosoft-support.com" } });
    expect(claim.signals).toContain("lookalike-sender-domain");
  });

  it("does not hear Microsoft in a line of another company's bill when the subject's tag names the sender", () => {
    const bill = (name: string, subject: string) =>
      classify({
        from: { name, address: "info@mail.hikari-net.example" },
        subject,
        text:
          "4月ご利用分の料金について、ご登録のクレジットカードによる決済ができませんでした。\n" +
          "■ご請求内容\n光コース 5,720円\nオプション：Microsoft 365 Personal（月額）2,130円\n" +
          "マイページの「お支払い方法の変更」から有効なカード情報をご登録ください。",
      });
    const own = bill(
      "ひかりネット カスタマーセンター",
      "【ひかりネット】クレジットカード決済ができませんでした",
    );
    expect(own.claim.evidence.map((item) => item.signal)).not.toContain("brand-in-story");
    expect(own.level).toBe("none");
    // A tag that is not the sender's, or a subject or name that names Microsoft, tells nothing of the sort.
    for (const [name, subject] of [
      ["請求センター", "【重要】クレジットカード決済ができませんでした"],
      ["請求センター", "【請求センター】Microsoft 365 の決済ができませんでした"],
      ["Microsoft 365 請求センター", "【Microsoft 365 請求センター】決済ができませんでした"],
    ] as const)
      expect(bill(name, subject).impersonatesMicrosoft).toBe(true);
  });

  it("hears a Microsoft name in a message that tells a whole scam story and asks for a fee", () => {
    const claim = claimOf({
      from: { name: "Mrs. Grace Holloway", address: "payout.unit@gmail.com" },
      text: "Your winning sum of $950,000 was verified by the Microsoft Payout Unit. You have won. Pay the release fee of $450 by gift cards.",
    });
    expect(claim.signals).toContain("brand-in-story");
    expect(claim.speaks).toBe(true);
  });

  it("does not take a mail service named in passing for the teller of a story", () => {
    const claim = claimOf({
      text: "Congratulations, you have won the jackpot! Send the processing fee and write to me at winner.desk@hotmail.com.",
    });
    expect(claim.signals).not.toContain("brand-in-story");
    expect(claim.speaks).toBe(false);
  });
});
