// The rule of decide.ts, one case per line of it.

import { classify, type Message } from "../../src/classifier";
import { exchangeOnline, forefront } from "../helpers/headers";

const stranger = { name: "Microsoft account team", address: "team@notice-mail.example" };

describe("decide: the level from the three answers", () => {
  it("speaks as Microsoft + not from Microsoft + asks something = danger", () => {
    const verdict = classify({
      from: stranger,
      html: '<p>Hello.</p><a href="https://notice-mail.example/x">Open</a>',
    });
    expect(verdict).toMatchObject({ level: "danger", impersonatesMicrosoft: true });
  });

  it("speaks as Microsoft + not from Microsoft, asking nothing = caution, on the general rule", () => {
    const verdict = classify({ from: stranger, text: "Hello. This is a notice." });
    expect(verdict).toMatchObject({
      level: "caution",
      impersonatesMicrosoft: true,
      generalRule: true,
      patterns: [],
    });
    expect(verdict.advice.length).toBeGreaterThan(0);
  });

  it("falls back to the general rule for a story in a language the tables lack, never to none", () => {
    const verdict = classify({
      from: { name: "Zespół kont Microsoft", address: "alert@konto-bezpieczenstwo.example" },
      subject: "Twoje konto Microsoft zostanie zamknięte",
      html: '<p>Wykryliśmy nietypowe logowanie. Potwierdź swoje dane.</p><a href="https://konto-bezpieczenstwo.example/login">Zweryfikuj teraz</a>',
    });
    expect(verdict).toMatchObject({
      level: "danger",
      impersonatesMicrosoft: true,
      generalRule: true,
      patterns: [],
    });
  });

  it("names the story of a scam in one of the six other languages the tables hold", () => {
    const verdict = classify({
      from: { name: "Equipe de contas da Microsoft", address: "alerta@conta-seguranca.example" },
      subject: "Sua conta Microsoft será encerrada",
      html: '<p>Detectamos atividade incomum na sua conta. Confirme seus dados.</p><a href="https://conta-seguranca.example/login">Verificar agora</a>',
    });
    expect(verdict).toMatchObject({ level: "danger", generalRule: false });
    expect(verdict.patterns[0]?.id).toBe("account-credential");
  });

  it("Microsoft speaking for itself = none", () => {
    const verdict = classify({
      from: {
        name: "Microsoft account team",
        address: "account-security-noreply@accountprotection.microsoft.com",
      },
      headers: exchangeOnline({ dmarc: "pass", headerFrom: "accountprotection.microsoft.com" }),
      html: '<p>Microsoft account</p><p>Your security code is 123456.</p><a href="https://account.live.com/x">Review</a>',
    });
    expect(verdict).toMatchObject({ level: "none", impersonatesMicrosoft: false, advice: [], reasons: [] });
  });

  it("Microsoft speaking for itself but carrying a program = caution: Microsoft never mails software", () => {
    const verdict = classify({
      from: { name: "Microsoft", address: "noreply@microsoft.com" },
      headers: exchangeOnline({ dmarc: "pass", headerFrom: "microsoft.com" }),
      text: "See attached.",
      attachments: [{ name: "update.exe", contentType: "application/octet-stream" }],
    });
    expect(verdict.level).toBe("caution");
    expect(verdict.origin.evidence).toContainEqual(
      expect.objectContaining({ signal: "microsoft-never-attaches-programs", text: "update.exe" }),
    );
  });

  it("a Microsoft service carrying a stranger's scam is judged on that text", () => {
    const verdict = classify({
      from: { name: "Microsoft 365 Security", address: "no-reply@sharepointonline.com" },
      headers: exchangeOnline({ dmarc: "pass", headerFrom: "sharepointonline.com" }),
      subject: "Microsoft 365 Security shared 'Password expiry notice' with you",
      html: '<p>Microsoft 365 Security shared a file with you.</p><a href="https://attacker-my.sharepoint.com/:b:/p/x">Open</a><p>Microsoft respects your privacy.</p>',
    });
    expect(verdict).toMatchObject({ level: "danger", impersonatesMicrosoft: true });
    expect(verdict.origin.carrier).toBe("sharepoint");
  });

  it("a genuine share notification from a colleague stays at none", () => {
    const verdict = classify({
      from: { name: "山田 太郎", address: "no-reply@sharepointonline.com" },
      headers: exchangeOnline({ dmarc: "pass", headerFrom: "sharepointonline.com" }),
      subject: "山田 太郎 さんが「2026年度予算.xlsx」を共有しました",
      html: '<img alt="SharePoint"><p>山田 太郎 さんがファイルを共有しました。</p><a href="https://contoso.sharepoint.com/:x:/s/fin/abc">開く</a><p>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>',
    });
    expect(verdict.level).toBe("none");
  });

  it("Microsoft's phishing verdict raises caution to danger, and leads the reasons", () => {
    const headers = exchangeOnline({}, { stamps: [forefront({ CAT: "PHSH", SFV: "SPM", SCL: "9" })] });
    const verdict = classify({ from: stranger, headers, text: "Hello. This is a notice." });
    expect(verdict.level).toBe("danger");
    expect(verdict.reasons[0]).toMatchObject({ id: "filter-verdict", values: { category: "PHSH" } });
  });

  it("Microsoft's categories alone never make a message an impersonation of Microsoft", () => {
    const headers = exchangeOnline({}, { stamps: [forefront({ CAT: "PHSH", SFV: "SPM" })] });
    const verdict = classify({
      from: { name: "Amazon", address: "no-reply@amaz0n-billing.example" },
      headers,
      text: "Your order is on hold.",
    });
    expect(verdict).toMatchObject({ level: "caution", impersonatesMicrosoft: false, patterns: [] });
  });

  it("a clean verdict from Microsoft never lowers ours", () => {
    const headers = exchangeOnline(
      { dmarc: "pass", headerFrom: "notice-mail.example" },
      { stamps: [forefront({ CAT: "NONE", SFV: "NSPM", SCL: "1" })] },
    );
    const message: Message = {
      from: stranger,
      headers,
      html: '<a href="https://notice-mail.example/x">Open</a>',
    };
    expect(classify(message).level).toBe("danger");
  });

  it("mail from the reader's own organisation about its Microsoft 365 accounts stays at none", () => {
    const headers = exchangeOnline({}, { stamps: [forefront({ DIR: "INT", SFV: "SKI" })] });
    const verdict = classify({
      from: { name: "情報システム部", address: "joho@kawaguchi.example" },
      headers,
      text: "Microsoft 365 のパスワードを変更してください。手順: https://intra.kawaguchi.example/pw",
    });
    expect(verdict.level).toBe("none");
  });

  it("a delivery report of the reader's own mail system stays at none, a fake one with a link does not", () => {
    const report: Message = {
      from: { name: "Microsoft Outlook", address: "postmaster@reader.example" },
      headers: "Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\nReturn-Path: <>",
      html: '<img alt="Office 365"><p>Your message couldn\'t be delivered.</p><a href="mailto:colleague@partner.example">colleague@partner.example</a><a href="https://go.microsoft.com/fwlink/?LinkId=532972">Fix it</a>',
    };
    expect(classify(report).level).toBe("none");
    const fake = {
      ...report,
      html: `${report.html}<a href="https://release-mail.example/q">Release messages</a>`,
    };
    expect(classify(fake).level).toBe("danger");
  });

  it("a Microsoft address Outlook gave no headers for is not held against mail that asks nothing elsewhere", () => {
    const bare: Message = {
      from: {
        name: "Microsoft account team",
        address: "account-security-noreply@accountprotection.microsoft.com",
      },
      text: "Your security code is 123456.",
    };
    expect(classify(bare).level).toBe("none");
    const elsewhere = classify({ ...bare, html: '<a href="https://evil.example/x">Verify</a>' });
    expect(elsewhere.level).toBe("danger");
    expect(elsewhere.reasons[0]).toEqual({
      id: "claims-but-unverified",
      values: { address: "account-security-noreply@accountprotection.microsoft.com" },
    });
    expect(elsewhere.reasons.map((reason) => reason.id)).not.toContain("claims-but-sent-from");
  });

  it("words Microsoft's own mail uses do not count against an unverifiable Microsoft address; a number to call does", () => {
    const bare: Message = {
      from: {
        name: "Microsoft アカウント チーム",
        address: "account-security-noreply@accountprotection.microsoft.com",
      },
      html: '<h1>Microsoft アカウント</h1><p>通常と異なるサインインがありました。心当たりがない場合はお知らせください。</p><a href="https://account.live.com/Activity">最近のアクティビティを確認</a>',
    };
    // "お知らせください" (let us know) is an ask in words; Microsoft's own notices use it.
    expect(classify(bare).asks.kinds).toContain("reply");
    expect(classify(bare).level).toBe("none");
    const call = classify({
      ...bare,
      html: `${bare.html}<p>至急サポート窓口 050-3188-4421 までお電話ください。</p>`,
    });
    expect(call.level).not.toBe("none");
  });
});
