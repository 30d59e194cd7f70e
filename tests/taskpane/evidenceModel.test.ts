import { classify, type Verdict } from "../../src/classifier";
import { evidenceRows, factKey, senderView } from "../../src/taskpane/evidenceModel";
import { readFixture } from "../helpers/fixtures";

async function verdictOf(fixture: string): Promise<Verdict> {
  return classify(await readFixture(fixture));
}

describe("evidenceRows", () => {
  it("puts numbers, links, addresses and files before phrases, and claims before the story", async () => {
    const rows = evidenceRows(await verdictOf("tech-support-en.eml"));
    const groups = rows.map((row) => row.group);
    expect(groups).toEqual(
      [...groups].sort(
        (a, b) => ["asks", "claim", "story"].indexOf(a) - ["asks", "claim", "story"].indexOf(b),
      ),
    );
    expect(rows[0]?.signal).toBe("call-number");
  });

  it("shows each fact once, and leaves the sender's facts to the sender section", async () => {
    for (const fixture of [
      "lottery-en.eml",
      "account-credential-ja.eml",
      "security-update-en.eml",
      "spoofed-microsoft-en.eml",
    ]) {
      const verdict = await verdictOf(fixture);
      const rows = evidenceRows(verdict);
      const keys = rows.flatMap((row) => row.items.map(factKey));
      expect(keys).toEqual([...new Set(keys)]);
      const signals = rows.map((row) => row.signal);
      expect(signals).toEqual([...new Set(signals)]);
      expect(signals).not.toContain("sender-not-microsoft");
      expect(signals).not.toContain("brand-in-display-name");
      expect(signals).not.toContain("reply-to-elsewhere");
    }
  });

  it("keeps the story in the order the message tells it, with pressure last", async () => {
    const rows = evidenceRows(await verdictOf("tech-support-ja.eml")).filter((row) => row.group === "story");
    expect(rows.map((row) => row.signal)).toEqual(["virus-alarm", "support-offer", "urgency"]);
    expect(rows[0]?.items.map((item) => item.text)).toEqual([
      "ウイルスに感染",
      "感染しています",
      "トロイの木馬",
    ]);
  });

  it("lists nothing for a message with no sign of a scam", async () => {
    expect(evidenceRows(await verdictOf("genuine-m365-receipt-en.eml"))).toEqual([]);
  });
});

describe("senderView", () => {
  it("says a scammer's domain is verified but not Microsoft, and that it is free mail", async () => {
    const view = senderView(await verdictOf("lottery-en.eml"));
    expect(view).toMatchObject({
      saysItIs: "Microsoft Promotion Award",
      address: "msaward.notice@yahoo.com",
      domain: "yahoo.com",
      replyTo: "claims.msaward@outlook.com",
    });
    expect(view.checks.map((check) => check.key)).toEqual(["verifiedNotMicrosoft", "freeMail"]);
  });

  it("says a forged Microsoft address failed the checks", async () => {
    const view = senderView(await verdictOf("spoofed-microsoft-en.eml"));
    expect(view.checks.map((check) => check.key)).toEqual(["microsoftAddressFailed"]);
  });

  it("says Microsoft's own mail was verified as Microsoft's", async () => {
    const view = senderView(await verdictOf("genuine-security-code-en.eml"));
    expect(view.checks).toEqual([{ key: "verifiedMicrosoft", values: { domain: "microsoft.com" } }]);
  });

  it("names a look-alike sender domain", async () => {
    const view = senderView(await verdictOf("security-update-en.eml"));
    expect(view.checks).toContainEqual({ key: "lookalike", values: { domain: "micros0ft-update.com" } });
  });
});
