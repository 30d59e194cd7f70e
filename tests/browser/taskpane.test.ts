import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import type { Message } from "../../src/classifier";
import {
  buildPane,
  DIST,
  launchChromium,
  OFFICE_JS_URL,
  openPane,
  screenshotPath,
  serveDist,
  type OutlookScript,
} from "../../scripts/browser";
import { readFixture } from "../helpers/fixtures";

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

function itemFrom(message: Message): NonNullable<OutlookScript["item"]> {
  return {
    subject: message.subject ?? "",
    from: { displayName: message.from?.name ?? "", emailAddress: message.from?.address ?? "" },
    headers: message.headers ?? "",
    html: message.html ?? "",
    text: message.text ?? "",
    attachments: (message.attachments ?? []).map((attachment) => ({
      name: attachment.name,
      contentType: attachment.contentType,
      size: attachment.size ?? 0,
      isInline: false,
    })),
  };
}

describe("the built task pane in Chromium with a scripted Outlook", () => {
  it.each([
    ["en-US", "account-credential-en.eml", "danger", "account-credential", "Scam using Microsoft's name"],
    ["ja-JP", "tech-support-ja.eml", "danger", "tech-support", "マイクロソフトをかたる詐欺メールです"],
    ["en-US", "genuine-security-code-en.eml", "none", "", "No known scam pattern found"],
    ["ja-JP", "ordinary-ja.eml", "none", "", "既知の詐欺パターンは見つかりませんでした"],
  ])("in %s shows the card for %s", async (displayLanguage, fixture, level, pattern, headline) => {
    const item = itemFrom(await readFixture(fixture));
    const { page, requests, errors } = await openPane(browser, origin, { displayLanguage, item });
    const card = page.locator("[data-verdict]");
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getAttribute("data-verdict")).toBe(level);
    expect((await card.getAttribute("data-patterns"))?.split(" ")[0] ?? "").toBe(pattern);
    await expect(page.getByRole("heading", { level: 2 }).textContent()).resolves.toContain(headline);
    if (level === "danger") {
      await page.waitForFunction(() =>
        Boolean((window as unknown as { __NOTIFICATION__?: unknown }).__NOTIFICATION__),
      );
    }
    await page.screenshot({
      path: screenshotPath(`${displayLanguage}-${fixture.replace(".eml", "")}`),
      fullPage: true,
    });

    const axe = await new AxeBuilder({ page }).include("main").analyze();
    const serious = axe.violations.filter(
      (violation) => violation.impact === "serious" || violation.impact === "critical",
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    const foreign = requests.filter((url) => !url.startsWith(origin) && url !== OFFICE_JS_URL);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("re-checks when the pinned pane's message changes, and clears the warning bar", async () => {
    const scam = itemFrom(await readFixture("lottery-en.eml"));
    const benign = itemFrom(await readFixture("ordinary-en.eml"));
    const { page } = await openPane(browser, origin, { item: scam });
    await page.locator('[data-verdict="danger"]').waitFor();
    await page.evaluate((next) => {
      const outlook = window as unknown as {
        Office: { context: { mailbox: { item: Record<string, unknown> } } };
        __selectItem__: (item: unknown) => void;
      };
      const current = outlook.Office.context.mailbox.item;
      const body = current["body"] as {
        getAsync: (coercion: string, callback: (result: unknown) => void) => void;
      };
      outlook.__selectItem__({
        ...current,
        ...next,
        getAllInternetHeadersAsync: (callback: (result: unknown) => void) =>
          callback({ status: "succeeded", value: next.headers }),
        body: {
          getAsync: (coercion: string, callback: (result: unknown) => void) =>
            callback({ status: "succeeded", value: coercion === "html" ? next.html : next.text }),
        },
        notificationMessages: current["notificationMessages"],
      });
      void body;
    }, benign);
    await page.locator('[data-verdict="none"]').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __NOTIFICATION__: unknown }).__NOTIFICATION__),
    ).toBeNull();
    await page.evaluate(() =>
      (window as unknown as { __selectItem__: (item: unknown) => void }).__selectItem__(null),
    );
    await page.getByText("Select a message to check it.").waitFor();
    await page.context().close();
  });

  it("shows a clear partial answer when Office.js calls fail", async () => {
    const item = {
      ...itemFrom(await readFixture("account-credential-en.eml")),
      headers: { __error: "Headers are not available" },
    };
    const { page } = await openPane(browser, origin, {
      item: item as unknown as NonNullable<OutlookScript["item"]>,
    });
    await page.locator("[data-verdict]").waitFor();
    await expect(
      page
        .getByText("Outlook did not let Impostor Guard read part of this message", { exact: false })
        .count(),
    ).resolves.toBe(1);
    await expect(page.locator('[data-missing="headers"]').count()).resolves.toBe(1);
    await page.getByText("Diagnostics").click();
    await expect(page.locator('[data-problem="headers"]').textContent()).resolves.toContain(
      "Headers are not available",
    );
    await page.context().close();
  });

  it("falls back to the demo page without Outlook and checks a bundled sample", async () => {
    const { page, requests } = await openPane(browser, origin, { host: null });
    const picker = page.getByTestId("sample-picker");
    await picker.waitFor();
    await picker.selectOption("security-update-ja.eml");
    const card = page.locator("[data-verdict]");
    await card.waitFor();
    expect(await card.getAttribute("data-verdict")).toBe("danger");
    expect(await card.getAttribute("data-patterns")).toContain("security-update");
    await page.screenshot({ path: screenshotPath("demo-security-update-ja"), fullPage: true });
    expect(requests.filter((url) => !url.startsWith(origin) && url !== OFFICE_JS_URL)).toEqual([]);
    await page.context().close();
  });

  it("shows the demo when Office.js cannot be loaded at all", async () => {
    const { page } = await openPane(browser, origin, "no-office");
    await page.getByTestId("sample-picker").waitFor({ timeout: 10_000 });
    await page
      .getByRole("textbox")
      .fill(
        "From: Microsoft Support <help@pc-fix.example>\nSubject: Virus detected\n\nYour computer is infected. Call us now at 1-800-555-0199.",
      );
    await page.getByRole("button", { name: "Check pasted message" }).click();
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe("danger");
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
      html: `<p>Unusual sign-in activity. Verify your account within 24 hours.</p>${PAYLOAD}<a href="javascript:window.__pwned='href'">${PAYLOAD}https://account.microsoft.com</a><a href="https://evil.example/x">Sign in ${PAYLOAD}</a>`,
      text: `Verify your account ${PAYLOAD}`,
      attachments: [{ name: `invoice${PAYLOAD}.html`, contentType: "text/html", size: 100, isInline: false }],
    };
    const { page, errors } = await openPane(browser, origin, { item });
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const card = page.locator("[data-verdict]");
    await card.waitFor();
    expect(await card.getAttribute("data-verdict")).toBe("danger");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await card.locator("img, script, svg[onload], iframe").count()).toBe(0);
    const text = (await card.textContent()) ?? "";
    expect(text).toContain(`<script>window.__pwned='script'</script>`);
    expect(text).toContain("javascript:window.__pwned='href'");
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
      await opened.page.locator("[data-verdict]").waitFor();
      await opened.page.getByText("Diagnostics").click();
      requests.push(...opened.requests);
      await opened.page.context().close();
    }
    expect(requests.length).toBeGreaterThan(messages.length);
    expect(requests.filter((url) => !url.startsWith(origin) && url !== OFFICE_JS_URL)).toEqual([]);
  });
});
