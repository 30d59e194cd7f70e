/**
 * @jest-environment jsdom
 */
import "../helpers/textEncoding";
import "@testing-library/jest-dom";
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { classify, PATTERN_IDS, type Message, type Verdict } from "../../src/classifier";
import type { ClientFacts } from "../../src/office/client";
import type { ReadProblem } from "../../src/office/readMessage";
import type { CardReport } from "../../src/office/report";
import { VerdictCard } from "../../src/taskpane/VerdictCard";
import { CATALOGUES, type Language } from "../../src/i18n";
import { DETAILS } from "../../src/i18n/details";
import { KEY_FACT, readFixture } from "../helpers/fixtures";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEml } from "../../src/mail/parseEml";

const LANGUAGES: readonly Language[] = ["en", "ja"];
const LOADING = new RegExp(
  `^(${CATALOGUES.en.sections.loadingDetails}|${CATALOGUES.ja.sections.loadingDetails})$`,
);

async function verdictOf(fixture: string): Promise<Verdict> {
  return classify(await readFixture(fixture));
}

function renderCard(
  verdict: Verdict,
  language: Language,
  options: { problems?: ReadProblem[]; report?: CardReport } = {},
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <VerdictCard verdict={verdict} catalogue={CATALOGUES[language]} {...options} />
    </FluentProvider>,
  );
}

/** Opens a "more" section by its summary, as a reader taps it, and waits for its content. */
async function openSection(container: HTMLElement, id: string): Promise<HTMLElement> {
  const section = container.querySelector(`details[data-section="${id}"]`) as HTMLElement | null;
  if (!section) throw new Error(`no section ${id}`);
  await userEvent.click(section.querySelector("summary") as HTMLElement);
  await waitFor(() => {
    const body = section.querySelector(":scope > div");
    expect(body?.textContent).toBeTruthy();
    expect(body?.textContent).not.toMatch(LOADING);
  });
  return section;
}

/** The steps a reader sees first: the advice, less what a reason on the screen already says. */
function firstSteps(verdict: Verdict) {
  const lottery = verdict.reasons.some((reason) => reason.id === "no-lottery");
  return verdict.advice.filter((id) => !(lottery && id === "no-lottery")).slice(0, 2);
}

describe("VerdictCard's first screen", () => {
  it.each(PATTERN_IDS.flatMap((id) => LANGUAGES.map((language) => [id, language] as const)))(
    "answers what, why and what now for the %s fixture in %s, with nothing else open",
    async (id, language) => {
      const verdict = await verdictOf(`${id}-${language}.eml`);
      const catalogue = CATALOGUES[language];
      const { container } = renderCard(verdict, language);
      const card = container.querySelector("[data-verdict]") as HTMLElement;
      expect(card).toHaveAttribute("data-verdict", "danger");
      expect(card).toHaveAttribute("lang", language);
      expect(card.getAttribute("data-patterns")?.split(" ")[0]).toBe(id);
      expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(catalogue.headline.danger);
      expect(card).toHaveTextContent(catalogue.patternTitle[id]);

      const reasons = within(screen.getByTestId("reasons")).getAllByRole("listitem");
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons.length).toBeLessThanOrEqual(3);
      const facts = [...screen.getByTestId("reasons").querySelectorAll("[data-fact]")].map(
        (node) => node.textContent,
      );
      expect(facts).toContain(KEY_FACT[id][language]);

      const steps = within(screen.getByTestId("steps")).getAllByRole("listitem");
      expect(steps.map((step) => step.textContent)).toEqual(
        firstSteps(verdict).map((advice) => catalogue.advice[advice]),
      );
      // Everything else is one tap away: no evidence row, explanation or later step is rendered yet.
      expect(card.querySelector("[data-signal]")).toBeNull();
      expect(card).not.toHaveTextContent(DETAILS[language].patternExplanation[id]);
      const shown = firstSteps(verdict);
      for (const advice of verdict.advice.filter((id) => !shown.includes(id) && id !== "no-lottery"))
        expect(card).not.toHaveTextContent(catalogue.advice[advice]);
    },
  );

  it.each(LANGUAGES)(
    "says no known scam pattern (never 'safe') for ordinary mail, in %s",
    async (language) => {
      const verdict = await verdictOf(`ordinary-${language}.eml`);
      const { container } = renderCard(verdict, language);
      expect(container.querySelector("[data-verdict]")).toHaveAttribute("data-verdict", "none");
      const headline = screen.getByRole("heading", { level: 2 });
      expect(headline).toHaveTextContent(CATALOGUES[language].headline.none);
      expect(headline.textContent).not.toMatch(/safe|安全/i);
      expect(screen.queryByTestId("reasons")).toBeNull();
      expect(container.querySelector('details[data-section="evidence"]')).toBeNull();
    },
  );

  it("says a genuine Microsoft message was verified as sent from Microsoft's domain", async () => {
    const { container } = renderCard(await verdictOf("genuine-security-code-en.eml"), "en");
    expect(container).toHaveTextContent(
      "Sent by Microsoft: the receiving server verified that it came from microsoft.com.",
    );
  });

  it.each(LANGUAGES)(
    "says in %s that an encrypted message's content was not checked, and whose it is",
    async (language) => {
      const verdict = await verdictOf("dev/secure-message/neg-ome-en-lawfirm-settlement.eml");
      expect([verdict.level, verdict.origin.carrier]).toEqual(["none", "encryption"]);
      const { container } = renderCard(verdict, language);
      const note = container.querySelector('[data-note="protectedContent"]');
      const [before, after] = CATALOGUES[language].protectedContent.split("{domain}");
      expect(note?.textContent).toBe(`${before}harrowvance.com${after}`);
      expect(note?.querySelector("[data-fact]")).toHaveTextContent("harrowvance.com");
    },
  );

  it("leaves the encrypted-message note off a copy of the notice that is flagged", async () => {
    const verdict = await verdictOf(
      "dev/secure-message/account-credential-en-supplier-purview-thread-hijack.eml",
    );
    expect(verdict.level).toBe("danger");
    const { container } = renderCard(verdict, "en");
    expect(container.querySelector("[data-note]")).toBeNull();
    expect(container).not.toHaveTextContent(CATALOGUES.en.protectedContent.split("{domain}")[0] as string);
  });

  it("shows a caution headline when the claim does not add up but no story is complete", () => {
    const verdict = classify({
      from: { name: "Micr0soft", address: "info@news.example" },
      subject: "Hello",
      text: "Newsletter",
    });
    expect(verdict.level).toBe("caution");
    renderCard(verdict, "ja");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(CATALOGUES.ja.headline.caution);
  });

  it("shows the characters a reader cannot see as marks, never as code points", async () => {
    const { container } = renderCard(await verdictOf("account-credential-en.eml"), "en");
    const disguise = container.querySelector('[data-reason="disguised-brand"]') as HTMLElement;
    expect(within(disguise).getByRole("img", { name: "hidden character" })).toBeInTheDocument();
    expect(disguise.textContent).not.toContain("\u200b");
    expect(container.textContent).not.toMatch(/U\+[0-9A-F]{4}/);
  });

  it("shows message text as text, never as markup", () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const verdict = classify({
      from: { name: `Microsoft Support ${payload}`, address: "a@evil.example" },
      subject: `Virus detected ${payload}`,
      text: `Your computer is infected. Call us at 1-800-555-0199 ${payload}`,
    });
    const { container } = renderCard(verdict, "en");
    expect(container.querySelector("img, script")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("leads with Microsoft's own verdict when its filter flagged the message, in plain words", async () => {
    const raw = readFileSync(
      join(__dirname, "..", "fixtures", "mail", "dev", "ja", "account-credential-ja-lookalike-micr0soft.eml"),
    );
    const verdict = classify(await parseEml(raw));
    expect(verdict.origin.microsoftVerdict?.category).toBe("PHSH");
    const { container } = renderCard(verdict, "ja");
    const first = within(screen.getByTestId("reasons")).getAllByRole("listitem")[0];
    expect(first).toHaveTextContent(CATALOGUES.ja.filterThreat.phish);
    const sender = await openSection(container, "sender");
    const lines = [...within(sender).getByTestId("microsoft-verdict").querySelectorAll("p")];
    expect(lines[0]).toHaveTextContent(DETAILS.ja.microsoftVerdict.category.PHSH);
    expect(container.textContent).not.toMatch(/CAT:|SFV:|PHSH|compauth|SCL/);
  });
});

describe("VerdictCard's sections one tap away", () => {
  it.each(PATTERN_IDS.flatMap((id) => LANGUAGES.map((language) => [id, language] as const)))(
    "lists each link, number, address and file of the %s fixture once, in %s",
    async (id, language) => {
      const { container } = renderCard(await verdictOf(`${id}-${language}.eml`), language);
      await openSection(container, "sender");
      const evidence = await openSection(container, "evidence");
      const facts = [...container.querySelectorAll("details [data-fact]")].map((node) =>
        (node.getAttribute("data-fact") ?? "").toLowerCase(),
      );
      expect(facts.length).toBeGreaterThan(0);
      expect(facts).toEqual([...new Set(facts)]);
      // One row per signal.
      const signals = [...evidence.querySelectorAll("[data-signal]")].map((node) =>
        node.getAttribute("data-signal"),
      );
      expect(signals).toEqual([...new Set(signals)]);
    },
  );

  it("ranks checkable facts first: the number to call leads a tech-support scam's evidence", async () => {
    const { container } = renderCard(await verdictOf("tech-support-ja.eml"), "ja");
    const evidence = await openSection(container, "evidence");
    const rows = [...evidence.querySelectorAll("[data-signal]")].map((node) =>
      node.getAttribute("data-signal"),
    );
    expect(rows[0]).toBe("call-number");
    expect(rows.indexOf("call-number")).toBeLessThan(rows.indexOf("virus-alarm"));
    expect(
      within(evidence.querySelector('[data-signal="call-number"]') as HTMLElement).getAllByRole("listitem"),
    ).toHaveLength(2);
  });

  it("shows a link as its host with the owner emphasised, and the full address on demand", async () => {
    const { container } = renderCard(await verdictOf("license-validation-en.eml"), "en");
    const evidence = await openSection(container, "evidence");
    const link = evidence.querySelector('[data-signal="link-text-mismatch"] li') as HTMLElement;
    expect(link.querySelector("[data-owner]")).toHaveTextContent("windows-validate.top");
    expect(link).toHaveTextContent("genuine-check.windows-validate.top/…");
    expect(link).toHaveTextContent("“www.microsoft.com” →");
    expect(link).not.toHaveTextContent("verify?id=8812");
    await userEvent.click(within(link).getByRole("button", { name: "Show full address" }));
    expect(link.querySelector("[data-full-url]")).toHaveTextContent(
      "https://genuine-check.windows-validate.top/verify?id=8812",
    );
  });

  it("says what authentication proves about a scammer's own domain, without raw results", async () => {
    const { container } = renderCard(await verdictOf("security-update-ja.eml"), "en");
    const sender = await openSection(container, "sender");
    expect(sender.querySelector('[data-check="verifiedNotMicrosoft"]')).toHaveTextContent(
      "Verified as sent by windows-security-jp.com, which is not Microsoft.",
    );
    expect(sender).toHaveTextContent("update@windows-security-jp.com");
    expect(container.textContent).not.toMatch(/spf=|dkim=|dmarc=|pass\b/);
  });

  it("reads the reply-to address the right way round", async () => {
    const { container } = renderCard(await verdictOf("lottery-en.eml"), "en");
    const sender = await openSection(container, "sender");
    const repliesTo = within(sender).getByText("Replies go to").nextElementSibling as HTMLElement;
    expect(repliesTo).toHaveTextContent("claims.msaward@outlook.com");
    expect(repliesTo).toHaveTextContent("If you reply, your answer goes there, not to the sender.");
  });

  it("names an attachment's kind in plain words, never its MIME type", async () => {
    const verdict = classify({
      from: { name: "Microsoft Security Center", address: "sec@updates.example" },
      subject: "Critical security update",
      text: "Install the attached security update immediately.",
      attachments: [{ name: "KB5049981.exe", contentType: "application/octet-stream" }],
    });
    const { container } = renderCard(verdict, "en");
    const evidence = await openSection(container, "evidence");
    expect(evidence.querySelector('[data-signal="risky-attachment"]')).toHaveTextContent(
      "KB5049981.exe (a program)",
    );
    expect(container.textContent).not.toContain("application/");
  });

  it("explains the story, or Microsoft's general rule when no story fits", async () => {
    const story = renderCard(await verdictOf("lottery-ja.eml"), "ja");
    expect(await openSection(story.container, "how")).toHaveTextContent(
      DETAILS.ja.patternExplanation.lottery,
    );
    story.unmount();
    const verdict = classify({
      from: { name: "Microsoft Rewards", address: "rewards@xbox-memberperks.example" },
      subject: "Your Microsoft Rewards points",
      text: "Reply with your full name, home address and date of birth to keep your Microsoft Rewards points.",
    });
    expect(verdict.generalRule).toBe(true);
    const general = renderCard(verdict, "en");
    expect(screen.getByRole("heading", { level: 2 }).parentElement).toHaveTextContent(
      CATALOGUES.en.generalRuleTitle,
    );
    expect(await openSection(general.container, "how")).toHaveTextContent(DETAILS.en.generalRule);
  });

  it.each(LANGUAGES)("helps someone who already acted, with where to get help, in %s", async (language) => {
    const verdict = await verdictOf(`tech-support-${language}.eml`);
    const { container } = renderCard(verdict, language);
    const after = await openSection(container, "after");
    for (const id of verdict.afterActing)
      expect(after).toHaveTextContent(DETAILS[language].afterActing[id].title);
    expect(after.querySelector('[data-after="remote-disconnect"]')).not.toBeNull();
    const help = within(after).getByTestId("help");
    if (language === "ja") {
      expect(help).toHaveTextContent("#9110");
      expect(help).toHaveTextContent("188");
      expect(help).toHaveTextContent("IPA 情報セキュリティ安心相談窓口");
    } else {
      expect(help).toHaveTextContent("Your card issuer or bank");
    }
  });

  it("lists as not checked only what Outlook could not hand over", async () => {
    const plain = renderCard(
      classify({ from: { name: "Aiko", address: "aiko@example.jp" }, subject: "Hi", text: "Lunch?" }),
      "en",
    );
    expect(plain.container.querySelector('details[data-section="unchecked"]')).toBeNull();
    expect(plain.container).not.toHaveTextContent("Not checked");
    plain.unmount();
    const problems: ReadProblem[] = [
      { part: "headers", api: "getAllInternetHeadersAsync", reason: "empty", detail: "empty header block" },
    ];
    const { container } = renderCard(await verdictOf("account-credential-en.eml"), "en", { problems });
    expect(container).toHaveTextContent(CATALOGUES.en.status.officeFailed);
    const unchecked = await openSection(container, "unchecked");
    expect(unchecked.querySelectorAll("[data-missing]")).toHaveLength(1);
    expect(unchecked.querySelector('[data-missing="headers"]')).toHaveTextContent(
      CATALOGUES.en.parts.headers,
    );
  });
});

describe("VerdictCard's reporting", () => {
  const client = (
    accountKind: ClientFacts["accountKind"],
    reportPlace: ClientFacts["reportPlace"],
  ): ClientFacts => ({
    accountKind,
    reportPlace,
    pinning: false,
  });

  it("calls the pane's report action and shows the pane's status", async () => {
    const onReport = jest.fn();
    const verdict = await verdictOf("lottery-en.eml");
    const { rerender } = renderCard(verdict, "en", { report: { onReport, client: client("work", "web") } });
    expect(screen.getByRole("status")).toHaveTextContent(CATALOGUES.en.report.explain);
    await userEvent.click(screen.getByRole("button", { name: "Report as phishing" }));
    expect(onReport).toHaveBeenCalledTimes(1);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <VerdictCard
          verdict={verdict}
          catalogue={CATALOGUES.en}
          report={{ onReport, status: "A report is open.", client: client("work", "web") }}
        />
      </FluentProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("A report is open.");
  });

  it("offers no report button on a message with no sign of a scam, but still says how to report", async () => {
    const { container } = renderCard(await verdictOf("ordinary-en.eml"), "en", {
      report: { onReport: jest.fn(), client: client("work", "web") },
    });
    expect(screen.queryByRole("button", { name: "Report as phishing" })).toBeNull();
    expect(container.querySelector('details[data-section="report"]')).not.toBeNull();
  });

  it.each([
    ["work", "classic-windows", "en", DETAILS.en.outlookReport.work["classic-windows"]],
    ["work", "mac", "ja", DETAILS.ja.outlookReport.work.mac],
    ["personal", "web", "en", DETAILS.en.outlookReport.personal],
    ["unknown", "web", "ja", DETAILS.ja.outlookReport.work.web],
  ] as const)(
    "tells a %s account in %s Outlook (%s) where Outlook's Report button is",
    async (kind, place, language, expected) => {
      const { container } = renderCard(await verdictOf(`lottery-${language}.eml`), language, {
        report: { onReport: jest.fn(), client: client(kind, place) },
      });
      const section = await openSection(container, "report");
      expect(within(section).getByTestId("outlook-report")).toHaveTextContent(expected);
      if (kind === "personal")
        expect(section).not.toHaveTextContent(DETAILS[language].outlookReport.workEffect);
      else expect(section).toHaveTextContent(DETAILS[language].outlookReport.workEffect);
      if (kind === "unknown")
        expect(section).toHaveTextContent(DETAILS[language].outlookReport.unknownAccount);
    },
  );

  it("shows no reporting at all on the demo page, which passes no report", async () => {
    const { container } = renderCard(await verdictOf("lottery-en.eml"), "en");
    expect(screen.queryByRole("button", { name: "Report as phishing" })).toBeNull();
    expect(container.querySelector('details[data-section="report"]')).toBeNull();
  });
});

/** A message whose every ask and story has evidence, to exercise the catalogue broadly. */
const BUSY: Message = {
  from: { name: "Microsoft Support", address: "help@pc-fix.example" },
  subject: "Virus detected: call now",
  text: "Your computer is infected. Call us now at 1-800-555-0199 so a technician can connect with TeamViewer.",
};

describe("the card in both languages", () => {
  it("renders every section of a busy scam without a missing word", async () => {
    for (const language of LANGUAGES) {
      const { container, unmount } = renderCard(classify(BUSY), language, {
        report: { onReport: jest.fn(), client: client2() },
      });
      for (const id of ["how", "sender", "evidence", "after", "report"]) await openSection(container, id);
      expect(container.textContent).not.toMatch(/undefined|\{\w+\}/);
      unmount();
    }
  });
});

function client2(): ClientFacts {
  return { accountKind: "work", reportPlace: "new-outlook", pinning: true };
}

describe("VerdictCard when only Microsoft's filter flags the message", () => {
  it.each(LANGUAGES)(
    "says Microsoft's filter flagged it, not that it misuses Microsoft's name (%s)",
    (language) => {
      const headers = [
        "Received: from a.prod.outlook.com by b.prod.outlook.com with HTTPS",
        "Authentication-Results: spf=pass smtp.mailfrom=amaz0n-billing.example",
        "Received: from mail.amaz0n-billing.example (203.0.113.9) by c.mail.protection.outlook.com",
        "From: Amazon <no-reply@amaz0n-billing.example>",
        "X-Forefront-Antispam-Report: CAT:PHSH;SFV:SPM;SCL:9;DIR:INB;",
      ].join("\r\n");
      const verdict = classify({
        headers,
        from: { name: "Amazon", address: "no-reply@amaz0n-billing.example" },
        text: "Your order is on hold.",
      });
      expect(verdict).toMatchObject({ level: "caution", impersonatesMicrosoft: false });
      renderCard(verdict, language);
      const catalogue = CATALOGUES[language];
      expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(catalogue.filterHeadline);
      expect(screen.queryByText(catalogue.headline.caution)).toBeNull();
    },
  );
});
