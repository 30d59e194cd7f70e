import { classify, DEFAULT_RULES, type Message, type PatternId, type Verdict } from "../../src/classifier";
import { readFixture } from "../helpers/fixtures";

async function verdictFor(name: string): Promise<Verdict> {
  return classify(await readFixture(name));
}

const signalsOf = (verdict: Verdict): string[] => [
  ...verdict.claim.map((evidence) => evidence.signal),
  ...verdict.patterns.flatMap((match) => match.evidence.map((evidence) => evidence.signal)),
  ...verdict.signals.map((evidence) => evidence.signal),
];

describe("classify: the five scam patterns, in English and Japanese", () => {
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
  ])("flags %s as danger with %s first, with evidence", async (name, pattern) => {
    const verdict = await verdictFor(name);
    expect(verdict.level).toBe("danger");
    expect(verdict.impersonatesMicrosoft).toBe(true);
    expect(verdict.patterns[0]?.id).toBe(pattern);
    expect(verdict.patterns[0]?.confidence).toBe("high");
    expect(verdict.claim.length).toBeGreaterThan(0);
    expect(verdict.patterns[0]?.evidence.length).toBeGreaterThan(1);
    expect(verdict.advice).toContain("report");
  });

  it("backs a callback-phishing invoice with the phone number to call", async () => {
    const verdict = await verdictFor("tech-support-en.eml");
    const phone = verdict.patterns[0]?.evidence.find((evidence) => evidence.kind === "phone");
    expect(phone).toMatchObject({ text: "+1 (888) 254-1973", detail: "+18882541973" });
    expect(verdict.advice).toEqual(expect.arrayContaining(["hang-up", "do-not-call"]));
  });

  it("finds Japanese free-dial numbers written in full-width digits", async () => {
    const verdict = await verdictFor("tech-support-ja.eml");
    const phones = verdict.patterns[0]?.evidence
      .filter((evidence) => evidence.kind === "phone")
      .map((evidence) => evidence.detail);
    expect(phones).toEqual(expect.arrayContaining(["+81120987654", "+815031884421"]));
  });

  it("names the attachment of a fake security update and says Microsoft never attaches updates", async () => {
    const verdict = await verdictFor("security-update-ja.eml");
    const attachment = verdict.patterns[0]?.evidence.find((evidence) => evidence.kind === "attachment");
    expect(attachment).toMatchObject({
      text: "セキュリティ更新プログラム.exe",
      signal: "attachment-executable",
    });
    expect(verdict.advice).toContain("updates-only-from-windows-update");
  });

  it("shows where a disguised sign-in link really goes", async () => {
    const verdict = await verdictFor("account-credential-en.eml");
    expect(verdict.signals).toContainEqual(
      expect.objectContaining({
        signal: "link-text-mismatch",
        text: "https://account.live.com/recent-activity",
        detail: "https://account-live-security.com/review?u=reader",
      }),
    );
    expect(verdict.signals).toContainEqual(
      expect.objectContaining({
        signal: "disguised-brand",
        text: "Micr\u200bosoft account",
        detail: "microsoft account U+200B",
      }),
    );
  });

  it("quotes full-width brand text exactly as the message wrote it", async () => {
    const verdict = await verdictFor("license-validation-ja.eml");
    expect(verdict.claim.map((evidence) => evidence.text)).toContain("Ｍｉｃｒｏｓｏｆｔ ライセンスセンター");
  });

  it("flags mail that forges a Microsoft address and fails authentication", async () => {
    const verdict = await verdictFor("spoofed-microsoft-en.eml");
    expect(verdict.level).toBe("danger");
    expect(verdict.sender.authenticatedMicrosoft).toBe(false);
    expect(signalsOf(verdict)).toEqual(
      expect.arrayContaining(["microsoft-address-failed-authentication", "link-ip-address"]),
    );
  });
});

describe("classify: other wordings of the same scams", () => {
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
      "a password 'expiring today'",
      {
        from: { name: "Office365 Admin", address: "admin@it-desk.example" },
        subject: "Password expiring today",
        html: `<p>Your Office 365 password is expiring today.</p>${off("it-desk.example", "Keep current password")}`,
      },
      "account-credential",
    ],
    [
      "a Japanese 'unusual login' notice",
      {
        from: { name: "Microsoft", address: "info@ms-account-jp.example" },
        subject: "【重要】Microsoftアカウントの確認",
        html: `<p>お客様のアカウントに異常なログインがありました。ご本人確認をお願いします。</p>${off("ms-account-jp.example", "確認する")}`,
      },
      "account-credential",
    ],
    [
      "a callback invoice for a Microsoft product from a free-mail sender",
      {
        from: { name: "Billing Department", address: "billing.dept2026@gmail.com" },
        subject: "Order confirmation #88213",
        text: "Your Microsoft Office 365 subscription has been renewed for $299.99. To cancel, call 1-808-555-0188.",
      },
      "tech-support",
    ],
    [
      "a Japanese request to update payment details",
      {
        from: { name: "Microsoft", address: "billing@ms-pay.example" },
        subject: "【Microsoft】お支払い情報の更新のお願い",
        html: `<p>ご登録のお支払い方法でのお支払いが承認されませんでした。お支払い情報を更新してください。</p>${off("ms-pay.example", "お支払い情報を更新")}`,
      },
      "license-validation",
    ],
    [
      "a Japanese full-mailbox notice",
      {
        from: { name: "Outlook", address: "admin@mailbox-jp.example" },
        subject: "Outlook メールボックスの容量がいっぱいです",
        html: `<p>メールボックスの容量が上限に達しました。新しいメールを受信できません。</p>${off("mailbox-jp.example", "容量を増やす")}`,
      },
      "account-credential",
    ],
    [
      "a Japanese prize that asks for a shipping fee",
      {
        from: { name: "マイクロソフト 抽選事務局", address: "prize@ms-prize.example" },
        subject: "おめでとうございます！賞品に当選しました",
        text: "Microsoft 感謝キャンペーンで当選しました。送料 500円 のお支払いとお届け先のご入力をお願いします。",
      },
      "lottery",
    ],
  ])("flags %s", (_, message, pattern) => {
    const verdict = classify(message);
    expect(verdict.level).toBe("danger");
    expect(verdict.patterns[0]?.id).toBe(pattern);
  });

  it("does not treat a phone number nobody is asked to call as a call request", () => {
    const verdict = classify({
      from: { name: "Microsoft Store", address: "store@shop.example" },
      subject: "Your invoice",
      text: "Your invoice has been renewed. Our office: 03-4500-1234.",
    });
    expect(verdict.patterns.find((match) => match.id === "tech-support")?.confidence).not.toBe("high");
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
    expect(verdict.level).toBe("none");
    expect(verdict.impersonatesMicrosoft).toBe(false);
    expect(verdict.sender.authenticatedMicrosoft).toBe(true);
    expect(verdict.advice).toEqual([]);
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
    expect(classify(forged).impersonatesMicrosoft).toBe(true);
  });

  it("still warns when authenticated Microsoft mail carries a program, which Microsoft never sends", () => {
    const verdict = classify({
      headers:
        "Authentication-Results: spf=pass; dkim=pass header.d=microsoft.com; dmarc=pass header.from=microsoft.com",
      from: { name: "Microsoft", address: "noreply@microsoft.com" },
      subject: "Update",
      text: "See attached.",
      attachments: [{ name: "update.exe", contentType: "application/octet-stream" }],
    });
    expect(verdict.level).toBe("caution");
    expect(verdict.signals).toContainEqual(
      expect.objectContaining({ signal: "microsoft-never-attaches-programs", text: "update.exe" }),
    );
    expect(verdict.advice).toContain("do-not-open-attachment");
  });
});

describe("classify: partial input and rule tables", () => {
  it("works without headers and says which parts it could read", () => {
    const verdict = classify({
      from: { name: "Microsoft Support", address: "help@pc-fix.example" },
      subject: "Your computer is infected",
      text: "Virus detected. Call us now at 1-800-555-0199 so a technician can connect with TeamViewer.",
    });
    expect(verdict.level).toBe("danger");
    expect(verdict.patterns[0]?.id).toBe("tech-support");
    expect(verdict.analysed).toMatchObject({
      headers: false,
      authentication: false,
      html: false,
      subject: true,
      text: true,
    });
  });

  it("rates a story plus a request in words as high when the sender speaks as Microsoft, even with no link", () => {
    const verdict = classify({
      from: { name: "Microsoft account team", address: "team@mail.example" },
      subject: "Your mailbox is full",
      text: "Your mailbox is full. Reply with your password to keep your account.",
    });
    expect(verdict.patterns[0]).toMatchObject({ id: "account-credential", confidence: "high" });
    expect(verdict.level).toBe("danger");
  });

  it("returns none with nothing analysed for an empty message", () => {
    const verdict = classify({});
    expect(verdict.level).toBe("none");
    expect(verdict.analysed).toMatchObject({ headers: false, sender: false, subject: false, text: false });
  });

  it("uses the rule tables it is given", () => {
    const message: Message = {
      from: { name: "Contoso Prize Desk", address: "desk@prize.example" },
      subject: "Grand Contoso draw",
      text: "You have won the grand Contoso draw. Pay the processing fee to release your prize.",
    };
    expect(classify(message).level).toBe("none");
    const rules = { ...DEFAULT_RULES, brandNames: [...DEFAULT_RULES.brandNames, "contoso prize desk"] };
    const verdict = classify(message, rules);
    expect(verdict.impersonatesMicrosoft).toBe(true);
    expect(verdict.patterns[0]?.id).toBe("lottery");
  });

  it("reads only a bounded prefix of a huge body and reports what it skipped", () => {
    const verdict = classify({ subject: "log", text: "x".repeat(1_500_000) });
    expect(verdict.analysed.skippedCharacters).toBe(500_000);
  });
});
