import { classify, DEFAULT_RULES, type Message, type PatternId, type Verdict } from "../../src/classifier";
import { readFixture } from "../helpers/fixtures";
import { exchangeOnline } from "../helpers/headers";

async function verdictFor(name: string): Promise<Verdict> {
  return classify(await readFixture(name));
}

const allEvidence = (verdict: Verdict) => [
  ...verdict.claim.evidence,
  ...verdict.origin.evidence,
  ...verdict.asks.evidence,
  ...verdict.patterns.flatMap((match) => match.evidence),
];

describe("classify: the five scam stories, in English and Japanese", () => {
  it.each<[string, PatternId]>([
    ["tech-support-en.eml", "tech-support"],
    ["tech-support-ja.eml", "tech-support"],
    ["lottery-en.eml", "lottery"],
    ["lottery-ja.eml", "lottery"],
    ["license-validation-en.eml", "license-validation"],
    ["license-validation-ja.eml", "license-validation"],
    ["security-update-en.eml", "security-update"],
    ["security-update-ja.eml", "security-update"],
    ["account-credential-en.eml", "account-credential"],
    ["account-credential-ja.eml", "account-credential"],
  ])("flags %s as danger with %s first, with evidence and reasons", async (name, pattern) => {
    const verdict = await verdictFor(name);
    expect(verdict.level).toBe("danger");
    expect(verdict.impersonatesMicrosoft).toBe(true);
    expect(verdict.patterns[0]).toMatchObject({ id: pattern, confidence: "high" });
    expect(verdict.claim.evidence.length).toBeGreaterThan(0);
    expect(verdict.patterns[0]?.evidence.length).toBeGreaterThan(0);
    expect(verdict.reasons.length).toBeGreaterThan(0);
    expect(verdict.advice).toContain("report");
    expect(verdict.afterActing.length).toBeGreaterThan(0);
  });

  it("backs a callback-phishing invoice with the number to call, as the first reason's fact", async () => {
    const verdict = await verdictFor("tech-support-en.eml");
    expect(verdict.asks.evidence).toContainEqual(
      expect.objectContaining({ signal: "call-number", text: "+1 (888) 254-1973", detail: "+18882541973" }),
    );
    expect(verdict.reasons).toContainEqual({ id: "asks-to-call", values: { number: "+1 (888) 254-1973" } });
    expect(verdict.advice).toEqual(expect.arrayContaining(["hang-up", "do-not-call"]));
  });

  it("finds Japanese free-dial numbers written in full-width digits", async () => {
    const verdict = await verdictFor("tech-support-ja.eml");
    const numbers = verdict.asks.evidence
      .filter((item) => item.signal === "call-number")
      .map((item) => item.detail);
    expect(numbers).toEqual(expect.arrayContaining(["+81120987654", "+815031884421"]));
  });

  it("names the attachment of a fake security update", async () => {
    const verdict = await verdictFor("security-update-ja.eml");
    expect(verdict.asks.evidence).toContainEqual(
      expect.objectContaining({
        signal: "risky-attachment",
        text: "セキュリティ更新プログラム.exe",
        detail: "executable",
      }),
    );
    expect(verdict.reasons).toContainEqual({
      id: "attachment-program",
      values: { name: "セキュリティ更新プログラム.exe" },
    });
    expect(verdict.advice).toContain("updates-only-from-windows-update");
  });

  it("shows where a disguised sign-in link really goes and the name written in disguise", async () => {
    const verdict = await verdictFor("account-credential-en.eml");
    expect(verdict.asks.evidence).toContainEqual(
      expect.objectContaining({
        signal: "link-text-mismatch",
        text: "https://account.live.com/recent-activity",
        detail: "https://account-live-security.com/review?u=reader",
      }),
    );
    expect(verdict.claim.evidence).toContainEqual(
      expect.objectContaining({ signal: "disguised-brand", text: "Micr\u200bosoft account" }),
    );
  });

  it("says who really sent a message that claims Microsoft", async () => {
    const verdict = await verdictFor("lottery-ja.eml");
    expect(verdict.reasons[0]).toEqual({
      id: "claims-but-sent-from",
      values: { domain: "ms-present-jp.com" },
    });
  });

  it("quotes full-width brand text exactly as the message wrote it", async () => {
    const verdict = await verdictFor("license-validation-ja.eml");
    expect(verdict.claim.evidence.map((evidence) => evidence.text)).toContain(
      "Ｍｉｃｒｏｓｏｆｔ ライセンスセンター",
    );
  });

  it("flags mail that forges a Microsoft address and fails authentication", async () => {
    const verdict = await verdictFor("spoofed-microsoft-en.eml");
    expect(verdict.level).toBe("danger");
    expect(verdict.origin.sentByMicrosoft).toBe(false);
    expect(allEvidence(verdict).map((item) => item.signal)).toEqual(
      expect.arrayContaining([
        "microsoft-address-unverified",
        "microsoft-address-failed-authentication",
        "link-ip-address",
      ]),
    );
    // Microsoft's own compauth=fail reason=000, stamped above the entry hop, leads.
    expect(verdict.origin.microsoftVerdict).toMatchObject({
      compauth: "fail",
      compauthReason: "000",
      threat: true,
    });
    expect(verdict.reasons.map((reason) => reason.id)).toEqual([
      "filter-verdict",
      "claims-but-unverified",
      "link-goes-to",
    ]);
  });

  it("lists no link, number or address twice", async () => {
    for (const name of ["account-credential-en.eml", "tech-support-ja.eml", "lottery-en.eml"]) {
      const verdict = await verdictFor(name);
      const facts = verdict.asks.evidence
        .filter((item) => item.detail)
        .map((item) => `${item.signal}:${item.detail}`);
      expect(new Set(facts).size).toBe(facts.length);
    }
  });
});

describe("classify: other wordings of the same stories", () => {
  const off = (host: string, text: string) => `<a href="https://${host}/x">${text}</a>`;
  it.each<[string, Message, PatternId]>([
    [
      "a file 'shared' through a fake OneDrive notice",
      {
        from: { name: "Kim Lee via OneDrive", address: "kim@docs-share.example" },
        subject: 'Kim Lee sent you "Payroll 2026.xlsx"',
        html: `<p>Here's the document that Kim shared with you.</p>${off("docs-share.example", "Open")}`,
      },
      "account-credential",
    ],
    [
      "a voicemail in a fake Teams notice",
      {
        from: { name: "Microsoft Teams", address: "voice@vm-notify.example" },
        subject: "You have a new voicemail (00:42)",
        html: `<p>You received a voice message.</p>${off("vm-notify.example", "Play voice message")}`,
      },
      "account-credential",
    ],
    [
      "an account 'scheduled for closure' with a mailto to report it",
      {
        from: { name: "Microsoft account team", address: "no-reply@acct-notice.example" },
        subject: "Your account is scheduled for closure",
        html: '<p>Your account is scheduled for closure.</p><a href="mailto:keep@acct-notice.example">Keep my account</a>',
      },
      "account-credential",
    ],
    [
      "a callback invoice for a Microsoft product from a free-mail sender",
      {
        from: { name: "Billing Department", address: "billing.dept2026@gmail.com" },
        subject: "Order confirmation #88213",
        text: "Your Microsoft Office 365 subscription has been renewed for $299.99. To cancel, call 1-808-239-0188.",
      },
      "tech-support",
    ],
    [
      "a Japanese request to update payment details",
      {
        from: { name: "Microsoft", address: "billing@ms-pay.example" },
        subject: "【Microsoft】お支払い情報の更新のお願い",
        html: `<p>ご登録のお支払い方法でのお支払いができません。お支払い情報を更新してください。</p>${off("ms-pay.example", "お支払い情報を更新")}`,
      },
      "license-validation",
    ],
    [
      "a Japanese quarantine notice from a tenant",
      {
        from: { name: "Microsoft 365 管理センター", address: "admin@xyz123.onmicrosoft.com" },
        subject: "隔離されたメッセージが 6 件あります",
        html: `<p>隔離されたメッセージを確認してください。</p>${off("xyz123-my.sharepoint.com", "確認する")}`,
      },
      "account-credential",
    ],
    [
      "a Japanese prize that asks for a shipping fee",
      {
        from: { name: "マイクロソフト 抽選事務局", address: "prize@ms-prize.example" },
        subject: "おめでとうございます！賞品に当選しました",
        text: "Microsoft 感謝キャンペーンで当選しました。手数料 500円 のお振込みをお願いします。",
      },
      "lottery",
    ],
    [
      "a Japanese multi-factor re-registration by QR code",
      {
        from: { name: "Microsoft アカウント チーム", address: "mfa@ms-auth-jp.example" },
        subject: "多要素認証の再設定のお願い",
        html: '<p>多要素認証の再登録が必要です。QRコードをスマートフォンで読み取ってください。</p><img src="cid:qr1" alt="QRコード">',
      },
      "account-credential",
    ],
    [
      "unread chats in a fake Teams notice",
      {
        from: { name: "Microsoft Teams", address: "notify@chat-alerts.example" },
        subject: "Dana Ortiz is trying to reach you",
        html: `<p>You have 3 unread messages in a chat with Dana Ortiz.</p>${off("chat-alerts.example", "Open chat")}`,
      },
      "account-credential",
    ],
    [
      "a Japanese unread-chat notice",
      {
        from: { name: "Microsoft Teams", address: "notice@teams-chat-jp.example" },
        subject: "未読のメッセージがあります",
        html: `<p>山本さんから未読のチャットが 2 件届いています。</p>${off("teams-chat-jp.example", "チャットを開く")}`,
      },
      "account-credential",
    ],
    [
      "a Japanese protected message to sign in for",
      {
        from: { name: "Microsoft 365", address: "secure@ome-mail-jp.example" },
        subject: "保護されたメッセージが届いています",
        html: `<p>鈴木 様から保護されたメッセージが届いています。サインインして表示してください。</p>${off("ome-mail-jp.example", "メッセージを読む")}`,
      },
      "account-credential",
    ],
    ...(
      [
        [
          "Dutch",
          "Microsoft Purview Berichtversleuteling",
          "U hebt een beveiligd bericht ontvangen.",
          "Bericht lezen",
        ],
        [
          "German",
          "Microsoft Purview Nachrichtenverschlüsselung",
          "Sie haben eine verschlüsselte Nachricht erhalten.",
          "Nachricht lesen",
        ],
        [
          "French",
          "Chiffrement des messages Microsoft Purview",
          "Vous avez reçu un message protégé.",
          "Lire le message",
        ],
        [
          "Spanish",
          "Cifrado de mensajes de Microsoft Purview",
          "Ha recibido un mensaje cifrado.",
          "Leer el mensaje",
        ],
        [
          "Italian",
          "Crittografia dei messaggi di Microsoft Purview",
          "Hai ricevuto un messaggio protetto.",
          "Leggi il messaggio",
        ],
        [
          "Portuguese",
          "Criptografia de Mensagens do Microsoft Purview",
          "Você recebeu uma mensagem protegida.",
          "Ler a mensagem",
        ],
      ] as const
    ).map(([language, banner, line, button]): [string, Message, PatternId] => [
      `a ${language} protected message pasted into a supplier's reply`,
      {
        from: { name: "Peter", address: "peter@installer.example" },
        subject: "RE: Offerte",
        html: `<p>Hi,</p><p>Sent securely, see below.</p><p><b>${banner}</b></p><p>${line}</p>${off("garden-centre.example", button)}<p>Peter</p>`,
      },
      "account-credential",
    ]),
  ])("flags %s", (_, message, pattern) => {
    const verdict = classify(message);
    expect(verdict.level).toBe("danger");
    expect(verdict.patterns[0]?.id).toBe(pattern);
  });

  it("does not read a win into a contracted negative", () => {
    const verdict = classify({
      from: { name: "Microsoft Rewards", address: "rewards@points-mail.example" },
      text: "Points you won't use expire next month.",
    });
    expect(verdict.patterns.map((match) => match.id)).not.toContain("lottery");
  });
});

describe("classify: a phrase in two parts, with words between", () => {
  const billing = (sentence: string) =>
    classify({
      from: { name: "Microsoft 365", address: "billing@ms365-billing-jp.example" },
      subject: "Microsoft 365 Family のご利用について",
      html: `<p>${sentence}</p><p><a href="https://ms365-billing-jp.example/pay">手続きする</a></p>`,
    });
  const billingEvidence = (sentence: string) =>
    billing(sentence)
      .patterns.flatMap((match) => match.evidence)
      .filter((item) => item.signal === "billing-problem");

  it("finds a noun and its failed verb with particles and objects between, and quotes the whole span", () => {
    for (const sentence of [
      "ご登録のお支払い方法を確認できませんでした。",
      "カード会社により処理が拒否されました。",
      "今月分の決済を完了できませんでした。",
      "今月の決済（$14.99）を完了できませんでした。",
    ]) {
      expect(billing(sentence).patterns[0]?.id).toBe("license-validation");
      expect(billingEvidence(sentence)[0]?.text).toMatch(/^(支払い|カード|決済).*(できませんでした|拒否)$/);
    }
    // Said once where a single phrase already covers it.
    expect(billingEvidence("お支払いが確認できませんでした。")).toHaveLength(1);
  });

  it("reads the words card and shop mail use for a charge that did not go through as a billing problem", () => {
    for (const sentence of [
      "今月分の決済が通りませんでした。",
      "ご登録の法人カードによる引き落としが不成立となりました。",
      "お支払いに使用されているカードが、当社のシステムで無効と判定されました。",
      "クレジットカード会社より与信の照会が取れない旨の連絡がございました。",
      "100GBプランのお支払いが未完了です。",
    ]) {
      expect([sentence, billing(sentence).patterns[0]?.id]).toEqual([sentence, "license-validation"]);
      expect(billingEvidence(sentence).length).toBeGreaterThan(0);
    }
  });

  it("needs both parts, in order, close together and in one sentence", () => {
    for (const sentence of [
      "お支払い方法はこちらからご確認いただけます。",
      "この手続きは電話ではできませんでした。お支払いはカードでお願いします。",
      "お支払いについて、ご利用明細と領収書をまとめてご案内しますので、ご変更は電話ではできませんでした。",
      "お支払いは完了しています。解約はできませんでした。",
      "お支払いについて</p><p>個人では購入できませんでした",
    ])
      expect(billingEvidence(sentence)).toEqual([]);
  });

  it("does not read a rule in a shop's order mail as a failed payment", () => {
    const order = (rule: string) =>
      classify({
        from: { name: "でんきモール", address: "order@denki-mall.example" },
        subject: "ご注文ありがとうございます（Microsoft 365 Personal 12か月版 オンラインコード）",
        html:
          "<p>ご注文を承りました。</p><p>商品: Microsoft 365 Personal 12か月版 オンラインコード<br>お支払い方法: クレジットカード</p>" +
          `<p>${rule}</p><p><a href="https://denki-mall.example/order/1">ご注文内容を確認する</a></p>`,
      });
    for (const rule of [
      "お支払い後の返金はできません。",
      "Microsoft ギフトカードは現金との交換はできません。",
      "ポイントカードは本商品にはご利用できません。",
      "ご請求書（領収書）の再発行はできません。",
      "お支払いに関してご不明な点や問題がございましたら、お問い合わせください。",
    ]) {
      const verdict = order(rule);
      expect(verdict.patterns.map((match) => match.id)).not.toContain("license-validation");
      expect(verdict.level).toBe("none");
    }
  });

  it("does not let one part or phrase repeated hundreds of times crowd out the story", () => {
    const padded = (padding: string, sentence = "今月分の料金が未払いです。") =>
      classify({
        from: { name: "サブスクリプション管理センター", address: "billing@renew-center.example" },
        subject: "ご利用料金のお知らせ",
        html:
          `<p style="color:#ffffff;font-size:6px">${padding}</p>` +
          `<p>Microsoft 365 Personal の${sentence}本日中にクレジットカード情報を更新してください。</p>` +
          '<p><a href="https://renew-center.example/pay">更新する</a></p>',
      });
    for (const padding of ["支払い".repeat(500), "至急".repeat(500), "できませんでした".repeat(500)]) {
      const verdict = padded(padding);
      expect(verdict.level).toBe("danger");
      expect(verdict.patterns[0]?.id).toBe("license-validation");
    }
    // Lone parts cost nothing: a two-part phrase still pairs after a flood of first or second parts.
    for (const padding of ["支払い".repeat(500), "できませんでした".repeat(500)])
      expect(padded(padding, "今月分の決済を完了できませんでした。").patterns[0]?.evidence).toContainEqual(
        expect.objectContaining({ signal: "billing-problem", text: "決済を完了できませんでした" }),
      );
  });
});

describe("classify: no false alarms on the real thing", () => {
  it.each([
    "genuine-security-code-en.eml",
    "genuine-m365-receipt-en.eml",
    "genuine-security-notification-en.eml",
    "genuine-account-ja.eml",
  ])("leaves genuine Microsoft mail %s at none, recognising the sender", async (name) => {
    const verdict = await verdictFor(name);
    expect(verdict).toMatchObject({ level: "none", impersonatesMicrosoft: false, advice: [], reasons: [] });
    expect(verdict.origin.fromMicrosoft).toBe(true);
  });

  it.each(["ordinary-en.eml", "ordinary-ja.eml"])(
    "leaves ordinary mail about Microsoft products (%s) at none",
    async (name) => {
      const verdict = await verdictFor(name);
      expect(verdict).toMatchObject({ level: "none", impersonatesMicrosoft: false, patterns: [] });
    },
  );

  it("would flag the genuine receipt's wording if it came from someone else", async () => {
    const message = await readFixture("genuine-m365-receipt-en.eml");
    const forged: Message = {
      ...message,
      headers: "Authentication-Results: spf=pass smtp.mailfrom=billing-ms365.com; dmarc=none",
      from: { name: "Microsoft", address: "billing@billing-ms365.com" },
      html: (message.html ?? "").replace(
        /https:\/\/account\.microsoft\.com\/services/g,
        "https://billing-ms365.com/pay",
      ),
    };
    expect(classify(forged)).toMatchObject({ level: "danger", impersonatesMicrosoft: true });
  });
});

describe("classify: partial input and rule tables", () => {
  it("works without headers and says which parts it could read", () => {
    const verdict = classify({
      from: { name: "Microsoft Support", address: "help@pc-fix.example" },
      subject: "Your computer is infected",
      text: "Virus detected. Call us now at 1-800-239-0199 so a technician can connect with TeamViewer.",
    });
    expect(verdict.level).toBe("danger");
    expect(verdict.patterns[0]?.id).toBe("tech-support");
    expect(verdict.analysed).toMatchObject({
      headers: false,
      authentication: false,
      subject: true,
      body: true,
    });
  });

  it("returns none with nothing analysed for an empty message", () => {
    const verdict = classify({});
    expect(verdict.level).toBe("none");
    expect(verdict.analysed).toMatchObject({ headers: false, sender: false, subject: false, body: false });
  });

  it("uses the rule tables it is given: a new brand is a data change", () => {
    const message: Message = {
      from: { name: "Contoso Prize Desk", address: "desk@prize.example" },
      subject: "Grand Contoso draw",
      text: "You have won the grand Contoso draw. Pay the processing fee to release your prize.",
    };
    expect(classify(message).level).toBe("none");
    const rules = {
      ...DEFAULT_RULES,
      brands: [
        ...DEFAULT_RULES.brands,
        { source: "scam-language" as const, kind: "unambiguous" as const, names: ["contoso"] },
      ],
    };
    const verdict = classify(message, rules);
    expect(verdict.impersonatesMicrosoft).toBe(true);
    expect(verdict.patterns[0]?.id).toBe("lottery");
  });

  it("reads only a bounded prefix of a huge body and reports what it skipped", () => {
    const verdict = classify({ subject: "log", text: "x".repeat(1_500_000) });
    expect(verdict.analysed.skippedCharacters).toBe(500_000);
  });
});

describe("classify: an IT desk's steps that mention a QR code", () => {
  const ticket = (html: string): Message => ({
    from: { name: "金田精機 ITサービスデスク", address: "kanedaseiki@ticketing.example" },
    subject: "インシデント INC0041873 が更新されました - Authenticator アプリでサインインの承認ができない",
    html:
      "<p>佐藤さん</p><p>旧端末の Microsoft Authenticator をアカウントから削除しました。次に Outlook を開くと「詳細情報が必要です」と表示されますので、" +
      "新しいスマートフォンの Authenticator アプリで QR コードを読み取って多要素認証を再登録してください。</p>" +
      `<p><a href="https://kanedaseiki.ticketing.example/sp?id=ticket">インシデントの詳細を表示</a></p>${html}`,
  });

  it("does not flag the steps when the code is on the sign-in page, not in the mail", () => {
    const verdict = classify(ticket(""));
    expect(verdict.asks.kinds).not.toContain("qr");
    expect(verdict.level).toBe("none");
  });

  it("flags the same words when the mail carries the code itself", () => {
    const verdict = classify(ticket('<img src="cid:image001.png" alt="">'));
    expect(verdict.asks.kinds).toContain("qr");
    expect(verdict.impersonatesMicrosoft).toBe(true);
    expect(verdict.level).toBe("danger");
  });
});

describe("classify: Microsoft's encryption wrapper around another organisation's message", () => {
  const portal =
    "https://outlook.office365.com/Encryption/retrieve.ashx?recipientemailaddress=anna%40buyer.example&senderemailaddress=peter%40installer.example&messageid=abc";
  const payload = { name: "message_v2.rpmsg", contentType: "application/x-microsoft-rpmsg-message" };
  const authenticated = exchangeOnline(
    {
      spf: "pass",
      mailFrom: "installer.example",
      dkim: "pass",
      dkimDomain: "installer.example",
      dmarc: "pass",
      headerFrom: "installer.example",
    },
    { from: "Peter de Vries <peter@installer.example>" },
  );
  const wrapper = (button = portal, extra = ""): Message => ({
    headers: authenticated,
    from: { name: "Peter de Vries", address: "peter@installer.example" },
    subject: "Concept akte van levering",
    html:
      `<table><tr><td><b>Microsoft Purview Message Encryption</b></td></tr>` +
      `<tr><td><a href="mailto:peter@installer.example">peter@installer.example</a> has sent you a protected message.</td></tr>` +
      `<tr><td><a href="${button}">Read the message</a></td></tr>` +
      `<tr><td>Sign in with the account you received this message on, or use a one-time passcode.</td></tr>` +
      `<tr><td><a href="https://privacy.microsoft.com/privacystatement">Privacy Statement</a><br>` +
      `Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>${extra}</table>`,
    attachments: [payload],
  });

  it("takes the genuine wrapper (sender authenticated, protected content attached, only Microsoft's portal and pages) for Microsoft carrying it", () => {
    const verdict = classify(wrapper());
    expect(verdict.origin.carrier).toBe("encryption");
    expect(verdict.level).toBe("none");
    expect(verdict.impersonatesMicrosoft).toBe(false);
  });

  it("takes a wrapper with its sender's logo beside the protected content for the wrapper", () => {
    const logo = { name: "image001.png", contentType: "image/png" };
    expect(classify({ ...wrapper(), attachments: [payload, logo] }).origin.carrier).toBe("encryption");
  });

  it("takes a wrapper whose help link is Microsoft's documentation on Microsoft Learn", () => {
    const faq =
      '<tr><td><a href="https://learn.microsoft.com/de-de/purview/ome-faq">Learn more</a></td></tr>';
    expect(classify(wrapper(portal, faq)).origin.carrier).toBe("encryption");
  });

  it("takes an organisation's branded wrapper with its own desk's number for the wrapper", () => {
    const desk = "<tr><td>Cannot open it? Call our office on +1 888 204 7719.</td></tr>";
    for (const extra of [
      "",
      '<tr><td><img src="cid:logo" alt="Microsoft"></td></tr>',
      "<tr><td>Learn about messages protected by Microsoft Purview Message Encryption.</td></tr>",
      "<tr><td>Email encryption powered by Microsoft 365. Learn more</td></tr>",
      "<tr><td>This message was sent with Office 365 Message Encryption.</td></tr>",
      "<tr><td>Microsoft Purview メッセージの暗号化で保護されたメッセージの詳細</td></tr>",
    ]) {
      const branded = classify(wrapper(portal, extra + desk));
      expect([extra, branded.origin.carrier, branded.level]).toEqual([extra, "encryption", "none"]);
    }
  });

  it.each<[string, Message]>([
    ["whose button goes elsewhere", wrapper("https://garden-centre.example/wp-content/ome/?id=1")],
    [
      "with a link to a site customers fill",
      wrapper(portal, '<tr><td><a href="https://1drv.ms/u/s!abc">Download</a></td></tr>'),
    ],
    [
      "with a link without a scheme",
      wrapper(portal, '<tr><td><a href="//evil.example/x">Open</a></td></tr>'),
    ],
    [
      "with an address to write the password to",
      wrapper(
        portal,
        '<tr><td><a href="mailto:helpdesk@evil.example">Write to the helpdesk</a> with your password</td></tr>',
      ),
    ],
    [
      "with a number to call in Microsoft's name",
      wrapper(portal, "<tr><td>Cannot open it? Call Microsoft Support on +1 888 204 7719.</td></tr>"),
    ],
    [
      "with its own desk's number given again in Microsoft's name",
      wrapper(
        portal,
        "<tr><td>Cannot open it? Call our office on +1 888 204 7719.</td></tr>" +
          "<tr><td>Or call Microsoft Support on +1 888 204 7719.</td></tr>",
      ),
    ],
    [
      "with another file beside the protected content",
      { ...wrapper(), attachments: [payload, { name: "SecureMessage.htm", contentType: "text/html" }] },
    ],
    [
      "with a program that calls itself a picture",
      { ...wrapper(), attachments: [payload, { name: "Reader.exe", contentType: "image/png" }] },
    ],
    [
      "with an SVG picture, which can carry script",
      { ...wrapper(), attachments: [payload, { name: "Secure_Message.svg", contentType: "image/svg+xml" }] },
    ],
    [
      "whose only file has the protected content's type but another name",
      { ...wrapper(), attachments: [{ ...payload, name: "SecureMessage.html" }] },
    ],
    [
      "with a number to call in a row below one that names Microsoft",
      wrapper(
        portal,
        "<tr><td>Microsoft Defender detected a virus on your computer and your account is locked.</td></tr>" +
          "<tr><td>Call the support desk immediately: +1 888 204 7719</td></tr>",
      ),
    ],
    [
      "with Microsoft's name and the number to call split by a line break",
      wrapper(portal, "<tr><td>Call Microsoft Support<br>on +1 888 204 7719.</td></tr>"),
    ],
    [
      "with a number to call in Windows' name",
      wrapper(portal, "<tr><td>Cannot open it? Call Windows Support on +1 888 204 7719.</td></tr>"),
    ],
    [
      "with Microsoft's name in the subject and a number to call",
      {
        ...wrapper(portal, "<tr><td>Cannot open it? Call our office on +1 888 204 7719.</td></tr>"),
        subject: "Microsoft Support: your protected message",
      },
    ],
    [
      "with a number to call on a line about encryption that names Microsoft",
      wrapper(
        portal,
        "<tr><td>This encrypted message was held by Microsoft Defender. Call Microsoft Support on +1 888 204 7719 to release it.</td></tr>",
      ),
    ],
    [
      "with Microsoft's name on a line about encryption and the number on the next",
      wrapper(
        portal,
        "<tr><td>This encrypted message was held by Microsoft Defender.</td></tr>" +
          "<tr><td>Call our desk on +1 888 204 7719 to release it.</td></tr>",
      ),
    ],
    [
      "with the number on a line with Microsoft's postal address",
      wrapper(
        portal,
        "<tr><td>Microsoft Support, One Microsoft Way, Redmond. Call +1 888 204 7719 today.</td></tr>",
      ),
    ],
    [
      "with a number on a Japanese line about encryption in Microsoft's name",
      wrapper(
        portal,
        "<tr><td>この暗号化メッセージはマイクロソフトによって保留されています。</td></tr>" +
          "<tr><td>サポート窓口 (+1 888 204 7719) までお電話ください。</td></tr>",
      ),
    ],
    [
      "with a row of product names above the number",
      wrapper(
        portal,
        "<tr><td>Microsoft Windows Defender</td></tr><tr><td>Virus found. Call now: +1 888 204 7719</td></tr>",
      ),
    ],
    [
      "with a number and no word asking to call it, in Microsoft's name",
      wrapper(
        portal,
        "<tr><td>Microsoft Defender detected a virus. Your account is locked.</td></tr>" +
          "<tr><td>Microsoft Support: +1 888 204 7719</td></tr>",
      ),
    ],
    [
      "with its story in quoted history below the desk's number",
      {
        ...wrapper(
          portal,
          "<tr><td>Please see below.</td></tr><tr><td><blockquote>From: Microsoft Defender<br>" +
            "Microsoft Defender found a Trojan on your PC. Call Microsoft Support now on +1 888 204 7719.</blockquote></td></tr>",
        ),
        subject: "RE: Concept akte van levering",
      },
    ],
    [
      "with a support line named after the banner",
      wrapper(
        portal,
        "<tr><td>Microsoft Purview Message Encryption Support Line</td></tr><tr><td>Call +1 888 204 7719.</td></tr>",
      ),
    ],
    [
      "with a hotline beside the service's name in German",
      wrapper(
        portal,
        "<tr><td>Microsoft 365 Verschlüsselung Hotline</td></tr><tr><td>Rufen Sie +49 30 1234 5678 an.</td></tr>",
      ),
    ],
    [
      "with a number to call beside Outlook's name",
      wrapper(
        portal,
        "<tr><td>Outlook on this PC cannot open it. Call a technician on +1 888 204 7719.</td></tr>",
      ),
    ],
    [
      "with Microsoft's name three hundred characters before the number to call",
      wrapper(
        portal,
        `<tr><td>Microsoft Defender has locked your account. ${"Your files are kept safe meanwhile. ".repeat(9)}Call now on +1 888 204 7719.</td></tr>`,
      ),
    ],
    [
      "whose mailto: link to the sender adds another recipient",
      wrapper(
        portal,
        '<tr><td><a href="mailto:peter@installer.example?cc=harvest@evil.example">Reply securely</a></td></tr>',
      ),
    ],
    [
      "with a link its cell hides and the link shows again",
      wrapper(
        portal,
        '<tr><td style="font-size:0">.<a href="https://evil.example/login" style="font-size:16px">Open secure message</a></td></tr>',
      ),
    ],
    [
      "with a link to Microsoft's Q&A pages written in percent-escapes",
      wrapper(
        portal,
        '<tr><td><a href="https://learn.microsoft.com/en-us/%61nswers/questions/1">Help</a></td></tr>',
      ),
    ],
    [
      "with a link to Microsoft's Q&A pages, where anyone posts",
      wrapper(portal, '<tr><td><a href="https://learn.microsoft.com/answers/questions/1">Help</a></td></tr>'),
    ],
  ])("still judges a copy of the wrapper %s", (_, message) => {
    const verdict = classify(message);
    expect(verdict.origin.carrier).toBeUndefined();
    expect(verdict.level).toBe("danger");
  });

  it.each([
    [
      "a charge in the reader's Microsoft 365",
      "Your Microsoft 365 Business Premium subscription has been renewed and $399.99 was charged. Select Read the message for the invoice.",
    ],
    [
      "a Japanese unpaid bill",
      "Microsoft 365 のご利用料金のお支払いが確認できず、メールボックスを停止しました。「メッセージを読む」から詳細をご確認ください。",
    ],
    [
      "Microsoft alone giving the passcode by phone",
      "Under Microsoft's enhanced protection policy, the one-time passcode for this message is issued by phone.",
    ],
    [
      "no word of what the reader uses",
      "Microsoft 365: select Read the message or request a one-time passcode.",
    ],
    [
      "a role beside Microsoft's name",
      "Microsoft 365 Support: select Read the message after your one-time passcode check.",
    ],
    [
      "the number on the same line",
      "Select Read the message, or call Microsoft 365 on +1 844 237 0419 for a one-time passcode.",
    ],
  ])("still judges an opening line with %s as a copy's", (_, opening) => {
    const desk = "<tr><td>Passcode line: +1 844 237 0419</td></tr>";
    const verdict = classify(wrapper(portal, `<tr><td>${opening}</td></tr>${desk}`));
    expect(verdict.origin.carrier).toBeUndefined();
    expect(verdict.level).toBe("danger");
  });

  it.each([
    ["full-width digits", "０１２０－５５５－０１４"],
    ["long-vowel marks for hyphens", "0120ー555ー014"],
  ])(
    "still judges a wrapper whose number is written in %s beside a story in Microsoft's name",
    (_, number) => {
      const story =
        "<tr><td>Microsoft Defender がこのパソコンでウイルスを検出したため、メールボックスを停止しました。</td></tr>" +
        `<tr><td>Microsoft サポートセンター\u3000${number}</td></tr>`;
      const verdict = classify(wrapper(portal, story));
      expect(verdict.origin.carrier).toBeUndefined();
      expect(verdict.level).toBe("danger");
    },
  );

  it("does not read a file name's date as a number given", () => {
    const note =
      "<tr><td>The drawings (Plans_2026_11_30.pdf) are in the protected message; open it in Microsoft Teams or Outlook.</td></tr>";
    expect(classify(wrapper(portal, note)).origin.carrier).toBe("encryption");
  });

  it("where nothing vouches for the sender, reads Microsoft named beyond the template as its story even without a number", () => {
    const story =
      "<tr><td>Microsoft Defender detected a Trojan virus on this computer and blocked your mailbox. The details are in the protected message.</td></tr>";
    const verdict = classify({ ...wrapper(portal, story), headers: undefined, attachments: [] });
    expect(verdict.origin.carrier).toBeUndefined();
    expect(verdict.level).not.toBe("none");
  });

  it("takes the one-time-passcode wrapper, which links to the portal and attaches nothing, for the wrapper", () => {
    const passcode = classify({ ...wrapper(), attachments: [] });
    expect(passcode.origin.carrier).toBe("encryption");
    expect(passcode.level).toBe("none");
  });

  it("takes a wrapper for the wrapper where Outlook gave no headers to check its sender by", () => {
    const headerless = classify({ ...wrapper(), headers: undefined });
    expect(headerless.origin.carrier).toBe("encryption");
    expect(headerless.level).toBe("none");
  });

  it("does not take the wrapper's look for the wrapper from a sender that fails authentication", () => {
    const forged = exchangeOnline(
      {
        spf: "fail",
        mailFrom: "bulk-sender.example",
        dkim: "none",
        dmarc: "fail",
        headerFrom: "installer.example",
      },
      { from: "Peter de Vries <peter@installer.example>" },
    );
    const verdict = classify({ ...wrapper(), headers: forged });
    expect(verdict.origin.carrier).toBeUndefined();
    expect(verdict.level).not.toBe("none");
  });

  it("does not take the look alone for the wrapper: no portal link, no protected content", () => {
    const bare = wrapper("https://installer.example/documents/akte");
    expect(classify({ ...bare, attachments: [] }).origin.carrier).toBeUndefined();
    expect(classify({ ...bare, attachments: [] }).level).toBe("danger");
  });

  it("does not read the template's own name of the service as the sender's story in Microsoft's name", () => {
    // An agency's branded wrapper: its own line asks to call its desk if the message will not open.
    const agency =
      "<tr><td>当社では、個人情報を含むご案内を暗号化してお送りしています。</td></tr>" +
      "<tr><td>Microsoft Purview メッセージの暗号化で保護されたメッセージの詳細</td></tr>" +
      "<tr><td>本メールにお心当たりのない場合や、メッセージが開けない場合は、恐れ入りますが下記までお電話ください。</td></tr>" +
      "<tr><td>株式会社あおば保険サービス フリーダイヤル 0120-482-915（平日 9:00〜17:00）</td></tr>";
    const verdict = classify(wrapper(portal, agency));
    expect(verdict.origin.carrier).toBe("encryption");
    expect(verdict.claim.evidence.map((item) => item.signal)).not.toContain("brand-in-story");
    expect(verdict.level).toBe("none");
  });
});
