/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { classify, PATTERN_IDS, type Message, type Verdict } from "../../src/classifier";
import { VerdictCard } from "../../src/taskpane/VerdictCard";
import { CATALOGUES, type Language } from "../../src/i18n";

const SCAMS: Record<(typeof PATTERN_IDS)[number], Message> = {
  "tech-support": {
    from: { name: "Microsoft Support", address: "help@pc-fix.example" },
    subject: "Virus detected on your computer",
    text: "Your computer is infected. Call us now at 1-800-555-0199 so a technician can connect with TeamViewer.",
  },
  lottery: {
    from: { name: "Microsoft Lottery Board", address: "award@mail.example" },
    subject: "You have won",
    text: "You have won the Microsoft lottery. Pay the processing fee and send your bank account number.",
  },
  "license-validation": {
    from: { name: "Windows Activation", address: "noreply@activate.example" },
    subject: "Your Windows license has expired",
    text: "Validate your copy of Windows: enter your credit card number and expiration date.",
  },
  "security-update": {
    from: { name: "Microsoft Security Center", address: "sec@updates.example" },
    subject: "Critical security update",
    text: "Install the attached security update immediately.",
    attachments: [{ name: "KB5049981.exe", contentType: "application/octet-stream" }],
  },
  "account-credential": {
    from: { name: "Microsoft account team", address: "no-reply@acct.example" },
    subject: "Unusual sign-in activity",
    html: '<p>We detected unusual sign-in activity. Verify your account.</p><a href="https://acct.example/login">https://account.live.com</a>',
  },
};

function renderCard(verdict: Verdict, language: Language) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <VerdictCard verdict={verdict} catalogue={CATALOGUES[language]} />
    </FluentProvider>,
  );
}

describe("VerdictCard", () => {
  it.each(PATTERN_IDS.flatMap((id) => (["en", "ja"] as const).map((language) => [id, language] as const)))(
    "explains a %s scam in %s with its evidence and steps",
    (id, language) => {
      const verdict = classify(SCAMS[id]);
      const catalogue = CATALOGUES[language];
      const { container } = renderCard(verdict, language);
      const root = container.querySelector("[data-verdict]") as HTMLElement;
      expect(root).toHaveAttribute("data-verdict", "danger");
      expect(root.getAttribute("data-patterns")?.split(" ")[0]).toBe(id);
      expect(root).toHaveAttribute("lang", language);
      expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(catalogue.headline.danger);
      const section = container.querySelector(`[data-pattern="${id}"]`) as HTMLElement;
      expect(within(section).getByRole("heading", { level: 3 })).toHaveTextContent(
        catalogue.patternTitle[id],
      );
      expect(section).toHaveTextContent(catalogue.patternExplanation[id]);
      expect(section.querySelectorAll("li[data-signal]").length).toBeGreaterThan(0);
      for (const advice of verdict.advice) expect(container).toHaveTextContent(catalogue.advice[advice]);
      expect(screen.getByRole("link", { name: catalogue.sections.officialGuidance })).toHaveAttribute(
        "rel",
        "noopener noreferrer",
      );
    },
  );

  it("shows where a link really goes", () => {
    const { container } = renderCard(classify(SCAMS["account-credential"]), "en");
    const mismatch = container.querySelector('li[data-signal="link-text-mismatch"]');
    expect(mismatch).toHaveTextContent("https://account.live.com");
    expect(mismatch).toHaveTextContent("really goes to https://acct.example/login");
  });

  it.each(["en", "ja"] as const)(
    "says no known scam pattern (never 'safe') for ordinary mail, in %s",
    (language) => {
      const verdict = classify({
        from: { name: "Aiko", address: "aiko@example.jp" },
        subject: "Lunch",
        text: "Shall we meet at noon?",
      });
      const { container } = renderCard(verdict, language);
      expect(container.querySelector("[data-verdict]")).toHaveAttribute("data-verdict", "none");
      expect(container.querySelector("[data-verdict]")).toHaveAttribute("data-patterns", "");
      const headline = screen.getByRole("heading", { level: 2 });
      expect(headline).toHaveTextContent(CATALOGUES[language].headline.none);
      expect(headline.textContent).not.toMatch(/safe|安全/i);
    },
  );

  it("shows a caution headline when the claim does not add up but no pattern is complete", () => {
    const verdict = classify({
      from: { name: "Micr0soft", address: "info@news.example" },
      subject: "Hello",
      text: "Newsletter",
    });
    expect(verdict.level).toBe("caution");
    renderCard(verdict, "ja");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(CATALOGUES.ja.headline.caution);
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
    expect(container.textContent).toContain("<img src=x onerror=");
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("shows the first pieces of evidence and the rest on request", async () => {
    const verdict = classify({
      ...SCAMS["tech-support"],
      text: `${SCAMS["tech-support"].text} Virus alert! Trojan found. Spyware detected. Security warning. Toll free helpline. Remote desktop session. Call 1-888-254-1973 or 1-877-555-0100.`,
    });
    const evidence = verdict.patterns[0]?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(6);
    const { container } = renderCard(verdict, "en");
    const section = container.querySelector('[data-pattern="tech-support"]') as HTMLElement;
    expect(section.querySelectorAll("li[data-signal]")).toHaveLength(6);
    expect(section.querySelector('li[data-signal="phone-number"]')).not.toBeNull();
    await userEvent.click(within(section).getByRole("button", { name: `Show ${evidence.length - 6} more` }));
    expect(section.querySelectorAll("li[data-signal]")).toHaveLength(evidence.length);
  });

  it("lists the parts it could not check", () => {
    const verdict = classify({ subject: "Hello", text: "Hi" });
    const { container } = renderCard(verdict, "en");
    expect(container.querySelector('[data-missing="headers"]')).toHaveTextContent("internet headers");
    expect(container.querySelector('[data-missing="html"]')).toHaveTextContent("HTML body");
  });
});

describe("catalogues", () => {
  it("have the same keys in English and Japanese", () => {
    const keys = (value: object, prefix = ""): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        inner && typeof inner === "object" ? keys(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(CATALOGUES.ja).sort()).toEqual(keys(CATALOGUES.en).sort());
  });

  it("name every signal the classifier reports on the test messages and examples", () => {
    const verdicts = Object.values(SCAMS).map((message) => classify(message));
    const signals = verdicts.flatMap((verdict) => [
      ...verdict.claim,
      ...verdict.signals,
      ...verdict.patterns.flatMap((match) => match.evidence),
    ]);
    for (const evidence of signals) {
      expect(CATALOGUES.en.signal[evidence.signal]).toBeDefined();
      expect(CATALOGUES.ja.signal[evidence.signal]).toBeDefined();
    }
  });
});
