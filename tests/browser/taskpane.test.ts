import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { classify, PATTERN_IDS, type Message } from "../../src/classifier";
import { CATALOGUES, type Language } from "../../src/i18n";
import { DEMO_WORDS } from "../../src/i18n/demoWords";
import { DETAILS } from "../../src/i18n/details";
import {
  buildPane,
  DIST,
  FULL_CARD,
  itemFrom,
  launchChromium,
  OFFICE_JS_URL,
  openPane,
  screenshotPath,
  selectItem,
  serveDist,
  type OutlookScript,
} from "../../scripts/browser";
import { STAGE_PREFIX, STAGES } from "../../src/taskpane/stages";
import { KEY_FACT, readFixture } from "../helpers/fixtures";

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  buildPane();
  ({ server, origin } = await serveDist());
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Outlook's task pane at its narrowest, and a height that shows a first screen. */
const PANE = { width: 320, height: 720 } as const;
const DISPLAY_LANGUAGE: Record<Language, string> = { en: "en-US", ja: "ja-JP" };
/** Outlook's dark theme paints the message body this colour. */
const DARK_BODY = "#1f1f1f";

/** A tech-support scam, checked by a pane whose Outlook started slowly. */
const SLOW_START_SCAM: Message = {
  subject: "Virus detected on your PC",
  from: { name: "Microsoft Support", address: "help@pc-fix.example" },
  text: "Microsoft Windows Defender found a virus on your computer. Call Microsoft Support now at 1-800-555-0142.",
};

/** Opens every "more" section of the card, as a reader taps them, and waits for their content. */
async function openAllSections(page: Page): Promise<void> {
  const sections = page.locator("article details[data-section]");
  for (let index = 0; index < (await sections.count()); index += 1) {
    const section = sections.nth(index);
    await section.locator("summary").click();
    await page.waitForFunction(
      (element) => {
        const body = element?.querySelector(":scope > div");
        return Boolean(body?.textContent) && !/^(Loading…|読み込んでいます…)$/.test(body?.textContent ?? "");
      },
      await section.elementHandle(),
    );
  }
}

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  return axe.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
}

/** True when nothing in the page is wider than the pane. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Whether an element is on the first screen: visible, and within the pane's height without scrolling. */
async function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PANE.height;
}

describe("the browser the tests and the benchmark time the pane in", () => {
  it("runs no page of its own beside the pane (Chromium's address-bar popup is not pre-rendered)", async () => {
    const { page } = await openPane(browser, origin, { item: itemFrom(SLOW_START_SCAM) }, PANE);
    await page.locator("[data-verdict]").first().waitFor();
    const session = await browser.newBrowserCDPSession();
    try {
      const { targetInfos } = (await session.send("Target.getTargets")) as {
        targetInfos: Array<{ type: string; url: string }>;
      };
      expect(targetInfos.filter((target) => target.url.startsWith("chrome://"))).toEqual([]);
    } finally {
      await session.detach();
      await page.context().close();
    }
  });
});

describe("the first screen before React loads", () => {
  it("says it is checking while Outlook is slow to answer, then shows the card in its place", async () => {
    const message = await readFixture("tech-support-ja.eml");
    const { page, errors } = await openPane(
      browser,
      origin,
      { displayLanguage: "ja-JP", item: itemFrom(message), delay: 400 },
      PANE,
    );
    try {
      await expect(page.locator("#root [role=status]").first().textContent()).resolves.toBe(
        CATALOGUES.ja.status.loading,
      );
      await page.locator("[data-verdict]").first().waitFor();
      expect(
        await page.evaluate(() => (window as { __STATUS_BEFORE_CARD__?: boolean }).__STATUS_BEFORE_CARD__),
      ).toBe(true);
      expect(await page.locator("#root").textContent()).not.toContain(CATALOGUES.ja.status.loading);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("paints the headline, reasons and first steps with plain DOM, then the full card takes over", async () => {
    const message = await readFixture("tech-support-ja.eml");
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, errors } = await openPane(
      browser,
      origin,
      { displayLanguage: "ja-JP", item: itemFrom(message) },
      { ...PANE, holdFullPane: held },
    );
    const first = page.locator("[data-first-card]");
    await first.waitFor({ timeout: 10_000 });
    expect(await first.getAttribute("data-verdict")).toBe("danger");
    expect(await first.getByRole("heading", { level: 2 }).textContent()).toBe(CATALOGUES.ja.headline.danger);
    expect(await first.locator('[data-testid="reasons"] [data-fact]').count()).toBeGreaterThan(0);
    expect(await first.locator('[data-testid="steps"] li').count()).toBe(2);
    expect(await page.locator("[data-verdict]").count()).toBe(1);
    // The stages `npm run bench` reports, each recorded once, in the order the first card passes them.
    const stages = await page.evaluate((prefix) => {
      const marks = performance.getEntriesByType("mark").filter((mark) => mark.name.startsWith(prefix));
      return marks.map((mark) => [mark.name.slice(prefix.length), mark.startTime] as const);
    }, STAGE_PREFIX);
    const at = new Map(stages);
    expect(stages.map(([stage]) => stage).sort()).toEqual([...STAGES].sort());
    const order = (before: string, after: string) =>
      expect((at.get(before) ?? Infinity) <= (at.get(after) ?? -Infinity)).toBe(true);
    order("entry", "office-ready");
    order("classifier-loaded", "tables-built");
    order("tables-built", "first-card");
    order("message-read", "first-card");
    const axe = await new AxeBuilder({ page }).include("[data-first-card]").analyze();
    expect(
      axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
    ).toEqual([]);
    release();
    await page.locator(FULL_CARD).waitFor({ timeout: 10_000 });
    expect(await page.locator("[data-first-card]").count()).toBe(0);
    expect(await page.locator("[data-verdict]").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the pane when its own files cannot be loaded", () => {
  it.each([
    ["ja-JP", "ja"],
    ["en-US", "en"],
  ])("says so in both languages, %s first, and throws nothing", async (displayLanguage, first) => {
    const message = await readFixture("tech-support-ja.eml");
    const { page, errors } = await openPane(
      browser,
      origin,
      { displayLanguage, item: itemFrom(message) },
      { ...PANE, failScripts: /\/first\.[0-9a-f]+\.js$/ },
    );
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 10_000 });
    const lines = alert.locator("p");
    expect(await lines.count()).toBe(2);
    expect(await lines.first().getAttribute("lang")).toBe(first);
    expect(await alert.textContent()).toContain("Impostor Guard could not load its files");
    expect(await alert.textContent()).toContain("読み込めなかった");
    expect(await page.locator("[data-verdict]").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the card's first screen in Chromium at 320 px", () => {
  const cases = PATTERN_IDS.flatMap((id, index) =>
    (["en", "ja"] as const).map(
      (language, turn) => [id, language, (index + turn) % 2 === 0 ? "light" : "dark"] as const,
    ),
  );

  it.each(cases)(
    "shows the %s scam's headline, key fact and first step without a tap, in %s (%s theme)",
    async (id, language, theme) => {
      const fixture = `${id}-${language}.eml`;
      const message = await readFixture(fixture);
      const verdict = classify(message);
      const catalogue = CATALOGUES[language];
      const { page, errors } = await openPane(
        browser,
        origin,
        {
          displayLanguage: DISPLAY_LANGUAGE[language],
          background: theme === "dark" ? DARK_BODY : "#ffffff",
          item: itemFrom(message),
        },
        PANE,
      );
      const card = page.locator(FULL_CARD);
      await card.waitFor({ timeout: 10_000 });
      expect(await card.getAttribute("data-verdict")).toBe("danger");
      expect((await card.getAttribute("data-patterns"))?.split(" ")[0]).toBe(id);

      // What is this, why we think so, what to do now: all on the first screen, no tap.
      const headline = page.getByRole("heading", { level: 2 });
      expect(await headline.textContent()).toBe(catalogue.headline.danger);
      expect(await onFirstScreen(page, "h2")).toBe(true);
      const keyFact = page.locator(`[data-testid="reasons"] [data-fact="${KEY_FACT[id][language]}"]`);
      expect(await keyFact.count()).toBeGreaterThan(0);
      expect(
        await onFirstScreen(page, `[data-testid="reasons"] [data-fact="${KEY_FACT[id][language]}"]`),
      ).toBe(true);
      // A step that only repeats a reason ("there is no Microsoft lottery") is not shown again.
      const firstStep = verdict.advice.find(
        (advice) =>
          !(advice === "no-lottery" && verdict.reasons.some((reason) => reason.id === "no-lottery")),
      );
      expect(firstStep).toBeDefined();
      const step = page.locator(`[data-testid="steps"] [data-advice="${firstStep}"]`);
      expect(await step.textContent()).toBe(catalogue.advice[firstStep ?? "delete"]);
      expect(await onFirstScreen(page, `[data-testid="steps"] [data-advice="${firstStep}"]`)).toBe(true);
      expect(await page.locator("article [data-signal]").count()).toBe(0);
      expect(await scrollsSideways(page)).toBe(false);
      await card.screenshot({ path: screenshotPath(`card-${id}-${language}-${theme}`) });

      // Everything else, one tap away: each link, number, address and file once.
      await openAllSections(page);
      const facts = await page
        .locator("article details [data-fact]")
        .evaluateAll((nodes) => nodes.map((node) => (node.getAttribute("data-fact") ?? "").toLowerCase()));
      expect(facts.length).toBeGreaterThan(0);
      expect(facts).toEqual([...new Set(facts)]);
      const signals = await page
        .locator("article [data-signal]")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-signal")));
      expect(signals).toEqual([...new Set(signals)]);
      expect(await scrollsSideways(page)).toBe(false);
      await page.screenshot({ path: screenshotPath(`card-${id}-${language}-${theme}-open`), fullPage: true });

      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it.each([
    ["en", "genuine-security-code-en.eml", "light"],
    ["ja", "ordinary-ja.eml", "dark"],
  ] as const)(
    "in %s says no known scam pattern for %s (%s theme), accessibly",
    async (language, fixture, theme) => {
      const { page, requests, errors } = await openPane(
        browser,
        origin,
        {
          displayLanguage: DISPLAY_LANGUAGE[language],
          background: theme === "dark" ? DARK_BODY : "#ffffff",
          item: itemFrom(await readFixture(fixture)),
        },
        PANE,
      );
      const card = page.locator(FULL_CARD);
      await card.waitFor({ timeout: 10_000 });
      expect(await card.getAttribute("data-verdict")).toBe("none");
      expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe(
        CATALOGUES[language].headline.none,
      );
      await openAllSections(page);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(origin) && url !== OFFICE_JS_URL)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

describe("reporting from the card", () => {
  it.each([
    ["work", "office365", "PC", "classic-windows", "en"],
    ["personal", "outlookCom", "OfficeOnline", "web", "ja"],
  ] as const)(
    "forwards the message for a %s account and says what Outlook's own Report button does",
    async (kind, accountType, platform, place, language) => {
      const catalogue = CATALOGUES[language];
      const guidance = DETAILS[language].outlookReport;
      const { page } = await openPane(
        browser,
        origin,
        {
          displayLanguage: DISPLAY_LANGUAGE[language],
          accountType,
          platform,
          item: itemFrom(await readFixture(`lottery-${language}.eml`)),
        },
        PANE,
      );
      await page.locator(`${FULL_CARD}[data-verdict="danger"]`).waitFor({ timeout: 10_000 });
      await page.getByRole("button", { name: catalogue.report.button }).click();
      const forms = await page.evaluate(
        () => (window as unknown as { __NEW_MESSAGE_FORMS__: unknown[] }).__NEW_MESSAGE_FORMS__,
      );
      expect(forms).toEqual([
        expect.objectContaining({
          toRecipients: ["phish@office365.microsoft.com"],
          attachments: [expect.objectContaining({ type: "item", itemId: "AAMk-browser-test" })],
        }),
      ]);
      expect(await page.getByRole("status").textContent()).toContain("phish@office365.microsoft.com");

      const section = page.locator('details[data-section="report"]');
      await section.locator("summary").click();
      await section.locator('[data-testid="outlook-report"]').waitFor();
      expect(await section.locator("[data-account]").getAttribute("data-account")).toBe(kind);
      expect(await section.locator("[data-account]").getAttribute("data-place")).toBe(place);
      const told = await section.locator('[data-testid="outlook-report"]').textContent();
      expect(told).toBe(kind === "personal" ? guidance.personal : guidance.work[place]);
      expect((await section.textContent())?.includes(guidance.workEffect)).toBe(kind === "work");
      await page.screenshot({ path: screenshotPath(`report-${kind}-${language}`), fullPage: true });
      await page.context().close();
    },
  );
});

describe("the pane following Outlook", () => {
  it("re-checks when the pinned pane's message changes, and clears the warning bar", async () => {
    const scam = itemFrom(await readFixture("lottery-en.eml"));
    const benign = itemFrom(await readFixture("genuine-security-code-en.eml"));
    const { page } = await openPane(browser, origin, { item: scam });
    await page.locator(`${FULL_CARD}[data-verdict="danger"]`).waitFor();
    await page.waitForFunction(() =>
      Boolean((window as unknown as { __NOTIFICATION__?: unknown }).__NOTIFICATION__),
    );
    await selectItem(page, benign);
    await page.locator(`${FULL_CARD}[data-verdict="none"]`).waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __NOTIFICATION__: unknown }).__NOTIFICATION__),
    ).toBeNull();
    await page.evaluate(() =>
      (window as unknown as { __selectItem__: (item: unknown) => void }).__selectItem__(null),
    );
    await page.getByText("Select a message to check it.").waitFor();
    await page.context().close();
  });

  it("shows a clear partial answer when Office.js calls fail, and lists only that as not checked", async () => {
    const item = {
      ...itemFrom(await readFixture("account-credential-en.eml")),
      headers: { __error: "Headers are not available" },
    };
    const { page } = await openPane(browser, origin, {
      item: item as unknown as NonNullable<OutlookScript["item"]>,
    });
    await page.locator(FULL_CARD).waitFor();
    expect(
      await page
        .getByText("Outlook did not let Impostor Guard read part of this message", { exact: false })
        .count(),
    ).toBe(1);
    await page.locator('details[data-section="unchecked"] summary').click();
    expect(
      await page
        .locator("[data-missing]")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-missing"))),
    ).toEqual(["headers"]);
    await page.getByText("Diagnostics").click();
    expect(await page.locator('[data-problem="headers"]').textContent()).toContain(
      "Headers are not available",
    );
    await page.context().close();
  });
});

describe("the demo page", () => {
  it.each([
    ["en", "light"],
    ["ja", "dark"],
    ["en", "dark"],
    ["ja", "light"],
  ] as const)(
    "opens in %s (%s) with a sample checked, fits 320 px and passes axe",
    async (language, theme) => {
      const { page, requests, errors } = await openPane(
        browser,
        origin,
        { host: null },
        { ...PANE, colorScheme: theme, locale: DISPLAY_LANGUAGE[language] },
      );
      await page.locator(FULL_CARD).waitFor({ timeout: 15_000 });
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        DEMO_WORDS[language].demo.title,
      );
      expect(await page.getByText(DEMO_WORDS[language].demo.intro).count()).toBe(1);
      expect(await page.getByTestId("sample-picker").inputValue()).toBe(`account-credential-${language}.eml`);
      expect(await scrollsSideways(page)).toBe(false);
      await page.screenshot({ path: screenshotPath(`demo-${language}-${theme}`) });
      await openAllSections(page);
      await page.locator('details[data-section="own-message"] summary').click();
      expect(await scrollsSideways(page)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(origin) && url !== OFFICE_JS_URL)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it("switches language and checks another sample", async () => {
    const { page } = await openPane(browser, origin, { host: null }, PANE);
    await page.locator(FULL_CARD).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "日本語" }).click();
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe(CATALOGUES.ja.headline.danger);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
    await page.getByTestId("sample-picker").selectOption("security-update-ja.eml");
    await page.locator('[data-patterns^="security-update"]').waitFor();
    await page.screenshot({ path: screenshotPath("demo-security-update-ja"), fullPage: true });
    await page.context().close();
  });

  it("gives way to the Outlook pane when Office.js becomes ready after the demo was shown", async () => {
    const { page, errors } = await openPane(
      browser,
      origin,
      { readyDelay: 6_000, item: itemFrom(SLOW_START_SCAM) },
      PANE,
    );
    await page.getByTestId("sample-picker").waitFor({ timeout: 10_000 });
    await page.locator(FULL_CARD).getByText("1-800-555-0142").first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("sample-picker").count()).toBe(0);
    expect(await page.locator("[data-verdict]").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows the demo when Office.js cannot be loaded at all, and checks pasted mail", async () => {
    const { page } = await openPane(browser, origin, "no-office", PANE);
    await page.getByTestId("sample-picker").waitFor({ timeout: 10_000 });
    await page.locator('details[data-section="own-message"] summary').click();
    await page
      .getByRole("textbox")
      .fill(
        "From: Microsoft Support <help@pc-fix.example>\nSubject: Virus detected\n\nYour computer is infected. Call us now at 1-800-555-0199.",
      );
    await page.getByRole("button", { name: "Check pasted message" }).click();
    await page.locator(FULL_CARD).getByText("1-800-555-0199").first().waitFor();
    expect(await page.locator(FULL_CARD).getAttribute("data-verdict")).toBe("danger");
    await page.context().close();
  });
});

const PAYLOAD = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script><svg onload="window.__pwned='svg'">`;

describe("the built pane against hostile messages", () => {
  it("declares a Content-Security-Policy: scripts only from itself and Microsoft's Office.js CDNs, connections only to itself", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const policy = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1] ?? "";
    const directives = new Map(
      policy.split(";").map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name ?? "", values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "https://ajax.aspnetcdn.com",
    ]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("font-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(policy).not.toContain("unsafe-eval");
    expect(html).toContain(`<script src=${OFFICE_JS_URL}>`);
  });

  it("shows script and markup from every part of a message as text, and runs none of it", async () => {
    const item = {
      subject: `Your Microsoft account will be closed ${PAYLOAD}`,
      from: {
        displayName: `Microsoft account team ${PAYLOAD}`,
        emailAddress: "no-reply@acct-alerts.example",
      },
      headers: `Authentication-Results: spf=fail; dmarc=fail header.from=acct-alerts.example\r\nX-Evil: ${PAYLOAD}`,
      html: `<p>Unusual sign-in activity. Verify your account within 24 hours.</p><a href="javascript:window.__pwned='href'">https://account.microsoft.com</a> <a href="https://evil.example/x">Sign in &lt;script&gt;window.__pwned='text'&lt;/script&gt;</a>${PAYLOAD}`,
      text: `Verify your account ${PAYLOAD}`,
      attachments: [{ name: `invoice${PAYLOAD}.html`, contentType: "text/html", size: 100, isInline: false }],
    };
    const { page, errors } = await openPane(browser, origin, { item });
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const card = page.locator(FULL_CARD);
    await card.waitFor();
    expect(await card.getAttribute("data-verdict")).toBe("danger");
    await openAllSections(page);
    await page
      .locator("article button", { hasText: "Show full address" })
      .evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLButtonElement).click()));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await card.locator("img, script, svg[onload], iframe").count()).toBe(0);
    const text = (await card.textContent()) ?? "";
    expect(text).toContain(`<script>window.__pwned='script'</script>`);
    expect(text).toContain("javascript:window.__pwned='href'");
    expect(text).toContain("“Sign in <script>window.__pwned='text'</script>”");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: screenshotPath("hostile-message"), fullPage: true });
    await page.context().close();
  });

  it("requests nothing but its own files and Office.js while it analyses messages, even ones full of remote images", async () => {
    const tracking =
      '<img src="https://tracker.example/pixel.gif"><link rel="stylesheet" href="https://cdn.example/x.css"><iframe src="https://evil.example/"></iframe>';
    const messages = [
      "account-credential-ja.eml",
      "lottery-en.eml",
      "genuine-m365-receipt-en.eml",
      "security-update-en.eml",
    ];
    const requests: string[] = [];
    for (const fixture of messages) {
      const item = itemFrom(await readFixture(fixture));
      item.html = `${item.html ?? ""}${tracking}`;
      const opened = await openPane(browser, origin, { item });
      await opened.page.locator(FULL_CARD).waitFor();
      await openAllSections(opened.page);
      await opened.page.getByText("Diagnostics").click();
      requests.push(...opened.requests);
      await opened.page.context().close();
    }
    expect(requests.length).toBeGreaterThan(messages.length);
    expect(requests.filter((url) => !url.startsWith(origin) && url !== OFFICE_JS_URL)).toEqual([]);
  });
});
