import fc from "fast-check";
import { MailParseError, parseEml } from "../../src/mail/parseEml";
import { readFixture } from "../helpers/fixtures";

describe("parseEml", () => {
  it("decodes an ISO-2022-JP body and encoded-word subject and display name", async () => {
    const message = await readFixture("tech-support-ja.eml");
    expect(message.subject).toBe(
      "【重要】お使いのパソコンがウイルスに感染しています - マイクロソフト テクニカル サポート",
    );
    expect(message.from).toEqual({
      name: "マイクロソフト サポートセンター",
      address: "support@microsoft-pc-support.jp.net",
    });
    expect(message.text).toContain("トロイの木馬");
  });

  it("decodes a base64 Shift_JIS body", async () => {
    expect((await readFixture("lottery-ja.eml")).text).toContain("マイクロソフト創立記念の抽選");
  });

  it("decodes an 8-bit EUC-JP body with full-width letters", async () => {
    const message = await readFixture("license-validation-ja.eml");
    expect(message.subject).toContain("Ｍｉｃｒｏｓｏｆｔ");
    expect(message.text).toContain("クレジットカード情報");
  });

  it("lists attachments with decoded Japanese names, types and sizes", async () => {
    const message = await readFixture("security-update-ja.eml");
    expect(message.attachments).toEqual([
      { name: "セキュリティ更新プログラム.exe", contentType: "application/octet-stream", size: 62 },
    ]);
  });

  it("keeps the raw top-level header block for the header analysis", async () => {
    const message = await readFixture("genuine-security-code-en.eml");
    expect(message.headers).toMatch(/^Authentication-Results: spf=pass/);
    expect(message.headers).toContain("Message-ID:");
  });

  it("reads both parts of a multipart/alternative message", async () => {
    const message = await readFixture("account-credential-en.eml");
    expect(message.text).toContain("Unusual sign-in activity");
    expect(message.html).toContain("<a href=");
  });

  it("rejects input that is not an email with a typed error", async () => {
    await expect(
      parseEml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).rejects.toBeInstanceOf(MailParseError);
    await expect(parseEml("just some words\nwithout headers")).rejects.toMatchObject({ reason: "not-email" });
  });

  it("reads broken MIME as far as it goes instead of failing", async () => {
    const raw =
      'From: a@b.example\r\nSubject: broken\r\nContent-Type: multipart/mixed; boundary="never"\r\n\r\n--never\r\nContent-Type: text/plain; charset=x-unknown-charset\r\n\r\nhello';
    const message = await parseEml(raw);
    expect(message.subject).toBe("broken");
  });

  it("returns a message or a MailParseError for any bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        try {
          await parseEml(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(MailParseError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("answers deeply nested MIME with a typed error or a message, never a crash", async () => {
    let body = "innermost";
    for (let depth = 0; depth < 300; depth += 1) {
      body = `Content-Type: multipart/mixed; boundary="b${depth}"\r\n\r\n--b${depth}\r\n${body}\r\n--b${depth}--`;
    }
    const raw = `From: a@b.example\r\nSubject: nested\r\nMIME-Version: 1.0\r\n${body}`;
    await parseEml(raw).then(
      (message) => expect(message.subject).toBe("nested"),
      (error: unknown) => expect(error).toMatchObject({ reason: "malformed" }),
    );
  });

  it("decodes what it can of invalid charsets and broken encoded words", async () => {
    const raw =
      "From: =?x-bogus?B?!!!?= <a@b.example>\r\nSubject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?= =?UTF-8?Q?broken=ZZ?=\r\n" +
      "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nbody";
    const message = await parseEml(raw);
    expect(message.subject).toContain("テスト");
    expect(message.text).toContain("body");
  });

  it("reads a 1 MB header block within postal-mime's limits", async () => {
    const filler = Array.from({ length: 20_000 }, (_, index) => `X-Filler-${index}: ${"a".repeat(40)}`).join(
      "\r\n",
    );
    const message = await parseEml(`From: a@b.example\r\nSubject: big\r\n${filler}\r\n\r\nbody`);
    expect(message.subject).toBe("big");
  });
});
