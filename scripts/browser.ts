// Browser helpers for the tests and the benchmark: a production build of the pane served from dist/ on localhost, and
// Debian's Chromium driven by playwright-core with the Office.js CDN routed to a stand-in.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Message } from "../src/classifier";

/** The repository root, from scripts/ or from build/scripts/. */
export const ROOT = existsSync(join(__dirname, "..", "package.json"))
  ? join(__dirname, "..")
  : join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".eml": "message/rfc822",
  ".xml": "application/xml",
  ".txt": "text/plain",
};

/** Builds dist/ once per test run (production mode, as users get it). */
export function buildPane(): void {
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
}

/** Serves `directory` (dist/ unless told) on localhost; "/" is its taskpane.html. */
export async function serveDist(directory = DIST): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? "/").split("?")[0] ?? "/")).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(directory, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(directory) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * The full card (React, Fluent UI). Inside Outlook a plain first screen ([data-first-card]) comes
 * before it and is replaced by it; the demo page shows only the full card.
 */
export const FULL_CARD = "[data-verdict]:not([data-first-card])";

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65, chromiumSwitches.ts). Chromium
 * reads only the last `--disable-features` switch, so ours must repeat it; a test compares this copy
 * with the installed playwright-core.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
] as const;

/**
 * Since Chromium 151, every browser start, headless included, pre-renders the address bar's popup
 * (chrome://omnibox-popup.top-chrome) in a renderer of its own, which keeps loading while the first
 * page loads: on two cores it took a third of the pane's first-card time. Puppeteer turns both off by
 * default (puppeteer/puppeteer#15278); playwright-core 1.65 does not yet.
 */
const BROWSER_UI_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"] as const;

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(",")}`,
    ],
  });
}

export interface OutlookScript {
  displayLanguage?: string;
  /** userProfile.accountType: "office365", "enterprise", "outlookCom", "gmail"; absent before Mailbox 1.6. */
  accountType?: string;
  /** diagnostics.platform: "OfficeOnline" (web and new Outlook), "PC", "Mac", "iOS", "Android". */
  platform?: string;
  host?: string | null;
  background?: string;
  mailboxVersion?: string;
  delay?: number;
  /** Milliseconds before Office.onReady answers (a slow Outlook start). */
  readyDelay?: number;
  item?: {
    subject?: string;
    from?: { displayName: string; emailAddress: string };
    headers?: string;
    html?: string;
    text?: string;
    attachments?: Array<{ name: string; contentType: string; size: number; isInline: boolean }>;
  } | null;
}

/** The scripted Outlook item for a parsed message (its attachments as Office.js lists them). */
export function itemFrom(message: Message): NonNullable<OutlookScript["item"]> {
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

/**
 * Selects `next` in the scripted Outlook, as a reader moving to another message with the pane
 * pinned: the stand-in fires ItemChanged, and the new item answers its reads like the first.
 */
export async function selectItem(page: Page, next: NonNullable<OutlookScript["item"]>): Promise<void> {
  await page.evaluate((item) => {
    const outlook = window as unknown as {
      Office: { context: { mailbox: { item: Record<string, unknown> } } };
      __selectItem__: (item: unknown) => void;
    };
    const current = outlook.Office.context.mailbox.item;
    // When the reader moved on, in the page's clock (the bench times the new card from here).
    Object.assign(window, { __SELECTED_AT__: performance.now() });
    outlook.__selectItem__({
      ...current,
      ...item,
      // Answered on a later task, as Office.js answers.
      getAllInternetHeadersAsync: (callback: (result: unknown) => void) =>
        setTimeout(() => callback({ status: "succeeded", value: item.headers })),
      body: {
        getAsync: (coercion: string, callback: (result: unknown) => void) =>
          setTimeout(() =>
            callback({ status: "succeeded", value: coercion === "html" ? item.html : item.text }),
          ),
      },
      notificationMessages: current["notificationMessages"],
    });
  }, next);
}

export interface PaneView {
  /** Holds back the full pane's script (React, Fluent UI) until this settles: the first screen shows alone. */
  holdFullPane?: Promise<void>;
  /** The pane's own scripts whose download fails (a broken connection). */
  failScripts?: RegExp;
  /** Pane width in CSS pixels (Outlook's task pane is 320-360 px wide). */
  width?: number;
  height?: number;
  /** The system colour scheme; Outlook's own theme comes from the script's `background`. */
  colorScheme?: "light" | "dark";
  /** The browser's language (navigator.language), which the demo page follows. */
  locale?: string;
}

/** Opens the pane with the scripted Outlook; returns the page and every URL it requested. */
export async function openPane(
  browser: Browser,
  origin: string,
  script: OutlookScript | "no-office",
  view: PaneView = {},
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: view.width ?? 360, height: view.height ?? 900 },
    colorScheme: view.colorScheme ?? "light",
    locale: view.locale ?? "en-US",
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  const standIn = readFileSync(join(ROOT, "tests", "browser", "officeStandIn.js"), "utf8");
  await page.route(OFFICE_JS_URL, (route) =>
    script === "no-office"
      ? route.abort("internetdisconnected")
      : route.fulfill({ status: 200, contentType: "text/javascript", body: standIn }),
  );
  if (script !== "no-office")
    await page.addInitScript((value) => Object.assign(window, { __IMPOSTOR_GUARD_OUTLOOK__: value }), script);
  // Records when the first card appears, in the page's own clock (ms since navigation start), and
  // whether a status line ("Checking this message…") was shown before it.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector("[data-verdict]")) {
        if (document.querySelector("#root [role=status]"))
          Object.assign(window, { __STATUS_BEFORE_CARD__: true });
        return;
      }
      Object.assign(window, { __FIRST_CARD_MS__: performance.now() });
      observer.disconnect();
    });
    document.addEventListener("DOMContentLoaded", () =>
      observer.observe(document.body, { childList: true, subtree: true }),
    );
  });
  if (view.failScripts) await page.route(view.failScripts, (route) => route.abort("connectionreset"));
  if (view.holdFullPane)
    await page.route(/\/outlook\.[0-9a-f]+\.js$/, async (route) => {
      await view.holdFullPane;
      await route.continue();
    });
  // A held script keeps the load event back: wait for the document only.
  await page.goto(`${origin}/taskpane.html`, view.holdFullPane ? { waitUntil: "domcontentloaded" } : {});
  return { page, requests, errors };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
