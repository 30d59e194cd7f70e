// `npm run bench`: speed, memory and size of the classifier and the task pane, against budgets.
// Prints every figure with the machine's details; exits 1 when a budget is broken.

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type as osType, release } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { classify, MAX_BODY_CHARACTERS, type Message } from "../src/classifier";
import { analyseEml } from "../src/mail/analyse";
import { parseEml } from "../src/mail/parseEml";
import { STAGE_PREFIX, STAGES, type Stage } from "../src/taskpane/stages";
import {
  DIST,
  FULL_CARD,
  itemFrom,
  launchChromium,
  OFFICE_JS_URL,
  openPane,
  ROOT,
  selectItem,
  serveDist,
} from "./browser";
import { loadSet } from "./corpus";

const BUDGETS = {
  medianCorpusMs: 0.5,
  p99CorpusMs: 20,
  fiveMegabyteMs: 500,
  firstCardKilobytesGzip: 150,
  firstCardMs: 300,
} as const;

/** Page loads timed for the first card; the median of an odd number is one real load. */
const FIRST_CARD_LOADS = 9;

interface Check {
  name: string;
  value: number;
  budget: number;
  unit: string;
}
const checks: Check[] = [];
const out = (line = ""): void => void process.stdout.write(line + "\n");

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/**
 * Parse + classify per corpus message through analyseEml, the path the CLI and the demo take.
 * One warm-up pass first (JIT, compiled rule tables), then each message timed once.
 */
async function benchCorpus(): Promise<void> {
  const messages = loadSet("corpus");
  if (messages.length === 0) {
    out("corpus: not found (../shared/corpus); skipped");
    return;
  }
  const raws: Uint8Array[] = messages.map((message) => readFileSync(message.path));
  let unreadable = 0;
  for (const raw of raws) {
    try {
      await analyseEml(raw);
    } catch {
      unreadable += 1;
    }
  }
  let peakRss = process.memoryUsage().rss;
  const times: number[] = [];
  const started = performance.now();
  for (const raw of raws) {
    const before = performance.now();
    try {
      await analyseEml(raw);
    } catch {
      // Unreadable messages are counted by `npm run eval`; the time to refuse them still counts.
    }
    times.push(performance.now() - before);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  const p99 = percentile(times, 0.99);
  const middle = median(times);
  out(
    `corpus: ${raws.length} messages (${unreadable} not readable as email), parse + classify each through analyseEml, after one warm-up pass`,
  );
  out(`  messages per second     ${(raws.length / (total / 1000)).toFixed(0)}`);
  out(`  median ms per message   ${middle.toFixed(3)}`);
  out(`  p99 ms per message      ${p99.toFixed(3)}`);
  out(`  max ms per message      ${(times[times.length - 1] ?? 0).toFixed(3)}`);
  out(
    `  peak RSS                ${(peakRss / 1024 / 1024).toFixed(0)} MB (heap used now ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB)`,
  );
  checks.push({
    name: "median per corpus message",
    value: middle,
    budget: BUDGETS.medianCorpusMs,
    unit: "ms",
  });
  checks.push({ name: "p99 per corpus message", value: p99, budget: BUDGETS.p99CorpusMs, unit: "ms" });
}

/** A scam-like HTML body of about `bytes` characters: paragraphs, links and Japanese text. */
function syntheticBody(bytes: number): string {
  const paragraph =
    '<p>Your Microsoft account will be suspended. Verify your account within 24 hours: <a href="https://evil.example/login?id=123">https://account.microsoft.com</a>. お客様の Microsoft アカウントは停止されます。</p>\n';
  return paragraph.repeat(Math.max(1, Math.round(bytes / paragraph.length)));
}

function benchBodySizes(): void {
  out("");
  out(
    `body size (HTML and the same text; each part analysed up to ${MAX_BODY_CHARACTERS.toLocaleString("en")} characters)`,
  );
  out("  size        ms (median of 5)   ms per MB   skipped characters");
  const sizes = [10_000, 100_000, 500_000, 1_000_000, 2_000_000, 5_000_000];
  const results: Array<[number, number]> = [];
  for (const size of sizes) {
    const html = syntheticBody(size);
    const message: Message = {
      from: { name: "Microsoft account team", address: "no-reply@evil.example" },
      subject: "Account",
      html,
      text: html,
    };
    classify(message);
    const runs: number[] = [];
    let skipped = 0;
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      skipped = classify(message).analysed.skippedCharacters;
      runs.push(performance.now() - started);
    }
    const ms = median(runs);
    results.push([size, ms]);
    out(
      `  ${(size / 1000).toFixed(0).padStart(5)} KB   ${ms.toFixed(1).padStart(14)}   ${(ms / (size / 1_000_000)).toFixed(1).padStart(9)}   ${skipped}`,
    );
  }
  const fiveMegabytes = results[results.length - 1]?.[1] ?? 0;
  checks.push({ name: "5 MB body", value: fiveMegabytes, budget: BUDGETS.fiveMegabyteMs, unit: "ms" });
  const small = results.find(([size]) => size === 100_000)?.[1] ?? 1;
  const large = results.find(([size]) => size === 1_000_000)?.[1] ?? 0;
  out(`  growth 100 KB -> 1 MB: x${(large / small).toFixed(1)} for x10 input (linear is about x10)`);
  checks.push({ name: "growth 100 KB -> 1 MB (x10 input)", value: large / small, budget: 20, unit: "x" });
}

interface Stats {
  namedChunkGroups: Record<string, { assets: Array<{ name: string }> }>;
}

function gzipKilobytes(files: readonly string[], directory = DIST): number {
  return (
    files.reduce(
      (total, file) => total + gzipSync(readFileSync(join(directory, file)), { level: 9 }).length,
      0,
    ) / 1024
  );
}

/** Builds into `outputPath` (extra webpack flags allowed) and returns the stats' chunk groups. */
function build(name: string, outputPath: string, flags: readonly string[] = []): Stats {
  const statsFile = join(ROOT, "build", `webpack-stats-${name}.json`);
  execFileSync(
    "npx",
    ["webpack", "--mode", "production", ...flags, `--output-path=${outputPath}`, `--json=${statsFile}`],
    { cwd: ROOT, stdio: "pipe" },
  );
  return JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
}

function scriptsOf(stats: Stats, group: string): string[] {
  return (stats.namedChunkGroups[group]?.assets ?? [])
    .map((asset) => asset.name)
    .filter((name) => name.endsWith(".js"));
}

/**
 * In Outlook the entry loads the "first" chunk group (the classifier, the Office.js reader and the
 * plain first-screen renderer) and the reader's language (the larger of the two is counted); React,
 * Fluent UI and the full pane ("outlook") load after the card.
 */
function firstCardScripts(stats: Stats, directory = DIST): string[] {
  const words = ["words-en", "words-ja"]
    .map((group) => scriptsOf(stats, group))
    .sort((left, right) => gzipKilobytes(right, directory) - gzipKilobytes(left, directory))[0];
  return [...new Set([...scriptsOf(stats, "taskpane"), ...scriptsOf(stats, "first"), ...(words ?? [])])];
}

/**
 * What the first card's JavaScript carries, by npm package or src/ folder. A second build keeps
 * every module as its own named function ("./node_modules/tldts/…": …), so the minified text of
 * each can be cut out of the chunks and gzipped on its own.
 */
function firstCardContents(): Array<[string, number]> {
  const directory = join(ROOT, "build", "bench-analysis");
  const stats = build("analysis", directory, [
    "--no-optimization-concatenate-modules",
    "--optimization-module-ids=named",
  ]);
  const parts = new Map<string, string>();
  for (const file of firstCardScripts(stats, directory)) {
    const text = readFileSync(join(directory, file), "utf8");
    const starts = [...text.matchAll(/"(\.\.?\/[^"]+)"(?=[:(])/g)];
    starts.forEach((match, index) => {
      const name = match[1] ?? "";
      const owner =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name)?.[1] ??
        /^\.\/src\/([^/]+(?:\/data)?)/.exec(name)?.[1] ??
        name;
      const code = text.slice(match.index, starts[index + 1]?.index ?? text.length);
      parts.set(owner, (parts.get(owner) ?? "") + code);
    });
  }
  return [...parts.entries()]
    .map(([owner, code]): [string, number] => [owner, gzipSync(code, { level: 9 }).length / 1024])
    .sort((left, right) => right[1] - left[1]);
}

/** Returns the scripts the first card needs in Outlook. */
function benchBundle(): string[] {
  out("");
  const stats = build("production", DIST);
  const firstCard = firstCardScripts(stats);
  const afterFirstCard = scriptsOf(stats, "card-details").filter((file) => !firstCard.includes(file));
  const demo = [...new Set([...scriptsOf(stats, "taskpane"), ...scriptsOf(stats, "demo")])];
  const total = gzipKilobytes(firstCard);
  out("task-pane JavaScript, gzipped (level 9)");
  out("  to the first card in Outlook, per chunk:");
  for (const file of [...firstCard].sort((left, right) => gzipKilobytes([right]) - gzipKilobytes([left])))
    out(`    ${gzipKilobytes([file]).toFixed(1).padStart(6)} KB  ${file}`);
  out(`  JavaScript to the first card in Outlook  ${total.toFixed(1)} KB   <- budget`);
  out(`  card's "more" sections, after the card  ${gzipKilobytes(afterFirstCard).toFixed(1)} KB`);
  out(`  demo page (adds postal-mime)            ${gzipKilobytes(demo).toFixed(1)} KB`);
  const pane = scriptsOf(stats, "outlook").filter((file) => !firstCard.includes(file));
  out(`  the full pane (React, Fluent), after it   ${gzipKilobytes(pane).toFixed(1)} KB`);
  out("  what the first card's JavaScript carries (each part gzipped alone, so they add up to more):");
  for (const [owner, kilobytes] of firstCardContents().filter(([, size]) => size >= 0.5))
    out(`    ${kilobytes.toFixed(1).padStart(6)} KB  ${owner}`);
  checks.push({
    name: "JavaScript to the first card, gzipped",
    value: total,
    budget: BUDGETS.firstCardKilobytesGzip,
    unit: "KB",
  });
  return firstCard;
}

/** What each of the pane's User Timing marks (src/taskpane/stages.ts) records. */
const STAGE_LABELS: Record<Stage, string> = {
  entry: "the pane's entry script runs",
  "office-ready": "Office.onReady",
  "classifier-loaded": "classifier chunk loaded (parsed and run)",
  "tables-built": "rule tables built",
  "message-read": "message read through Office.js",
  "first-card": "first card painted",
};

/** Times, in the page's clock, of each stage's mark and of the first card's scripts arriving. */
interface LoadTimes {
  card: number;
  stages: Record<string, number>;
  /** Undefined where none of the first card's scripts was seen (the floor page). */
  scriptsDownloaded: number | undefined;
}

/**
 * A page that does nothing but wait for the same Office.js stand-in and paint one element: what the
 * browser, the harness and Office.js take before any of the pane's own work.
 */
function writeFloorPage(): string {
  const directory = join(ROOT, "build", "bench-floor");
  mkdirSync(directory, { recursive: true });
  writeFileSync(
    join(directory, "taskpane.html"),
    `<!doctype html><html><head><meta charset="utf-8"><script src="${OFFICE_JS_URL}"></script>` +
      `<script defer src="floor.js"></script></head><body><div id="root"></div></body></html>`,
  );
  writeFileSync(
    join(directory, "floor.js"),
    `Office.onReady(function () { var card = document.createElement("div"); card.setAttribute("data-verdict", ""); ` +
      `card.textContent = "…"; document.getElementById("root").appendChild(card); });`,
  );
  return directory;
}

/** A fixture from tests/fixtures/mail, parsed. */
async function fixture(name: string): Promise<Message> {
  return parseEml(readFileSync(join(ROOT, "tests", "fixtures", "mail", name)));
}

async function timeLoads(directory: string, firstCardFiles: readonly string[]): Promise<LoadTimes[]> {
  const message = await fixture("account-credential-ja.eml");
  const { server, origin } = await serveDist(directory);
  const browser = await launchChromium();
  const loads: LoadTimes[] = [];
  try {
    for (let run = 0; run < FIRST_CARD_LOADS; run += 1) {
      const { page } = await openPane(browser, origin, { displayLanguage: "ja-JP", item: itemFrom(message) });
      await page.locator("[data-verdict]").first().waitFor({ timeout: 10_000 });
      loads.push(
        await page.evaluate(
          ({ prefix, files }) => {
            const stages: Record<string, number> = {};
            for (const mark of performance.getEntriesByType("mark"))
              if (mark.name.startsWith(prefix)) stages[mark.name.slice(prefix.length)] ??= mark.startTime;
            const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
              (entry) => files.some((file) => entry.name.endsWith(`/${file}`)),
            );
            return {
              card: (window as unknown as { __FIRST_CARD_MS__: number }).__FIRST_CARD_MS__,
              stages,
              scriptsDownloaded:
                scripts.length > 0 ? Math.max(...scripts.map((entry) => entry.responseEnd)) : undefined,
            };
          },
          { prefix: STAGE_PREFIX, files: [...firstCardFiles] },
        ),
      );
      await page.context().close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return loads;
}

async function benchFirstCard(firstCardFiles: readonly string[]): Promise<void> {
  out("");
  const loads = await timeLoads(DIST, firstCardFiles);
  const times = loads.map((load) => load.card);
  const sorted = [...times].sort((a, b) => a - b);
  out(
    `first card in headless Chromium (navigation start to card, Office.js stand-in, localhost, fresh profile each of ${FIRST_CARD_LOADS} loads)`,
  );
  out(
    `  median ${median(times).toFixed(0)} ms, fastest ${sorted[0]?.toFixed(0)} ms, slowest ${sorted[sorted.length - 1]?.toFixed(0)} ms`,
  );
  out("  where the time goes (median ms since navigation start, each stage over the loads that reached it):");
  const rows: Array<[string, number[]]> = [
    [
      "the first card's scripts downloaded",
      loads.flatMap((load) => (load.scriptsDownloaded === undefined ? [] : [load.scriptsDownloaded])),
    ],
    ...STAGES.map((stage): [string, number[]] => [
      STAGE_LABELS[stage],
      loads.flatMap((load) => (load.stages[stage] === undefined ? [] : [load.stages[stage]])),
    ]),
  ];
  for (const [label, values] of rows)
    out(`    ${(values.length > 0 ? median(values).toFixed(0) : "-").padStart(5)}  ${label}`);
  const floor = (await timeLoads(writeFloorPage(), [])).map((load) => load.card).filter(Number.isFinite);
  out(
    `  an empty page with the same stand-in, painting one element on Office.onReady: median ${median(floor).toFixed(0)} ms (what the harness and browser take before any of the pane's work)`,
  );
  checks.push({ name: "first card (median)", value: median(times), budget: BUDGETS.firstCardMs, unit: "ms" });
  await benchNextMessage();
}

/**
 * With the pane pinned, the reader moves from a genuine Microsoft mail to a scam: the time from
 * Outlook's ItemChanged to the scam's card, in the page's clock. The pane is loaded already, so
 * this is reading, classifying and rendering alone. Printed, not a budget.
 */
async function benchNextMessage(): Promise<void> {
  const genuine = itemFrom(await fixture("genuine-security-code-en.eml"));
  const scam = itemFrom(await fixture("account-credential-ja.eml"));
  const { server, origin } = await serveDist();
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let run = 0; run < FIRST_CARD_LOADS; run += 1) {
      const { page } = await openPane(browser, origin, { displayLanguage: "ja-JP", item: genuine });
      await page.locator(`${FULL_CARD}[data-verdict="none"]`).waitFor({ timeout: 10_000 });
      // Stops the clock selectItem starts, when the scam's card is in the page.
      await page.evaluate((selector) => {
        const clock = window as unknown as { __SELECTED_AT__: number; __NEXT_CARD_MS__?: number };
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          clock.__NEXT_CARD_MS__ = performance.now() - clock.__SELECTED_AT__;
          observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      }, `${FULL_CARD}[data-verdict="danger"]`);
      await selectItem(page, scam);
      await page.locator(`${FULL_CARD}[data-verdict="danger"]`).waitFor({ timeout: 10_000 });
      times.push(
        await page.evaluate(() => (window as unknown as { __NEXT_CARD_MS__: number }).__NEXT_CARD_MS__),
      );
      await page.context().close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  out(
    `next message in a pinned pane (ItemChanged to the new card, ${FIRST_CARD_LOADS} switches, pane already loaded): median ${median(times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms`,
  );
}

async function main(): Promise<number> {
  const cpu = cpus()[0];
  out(
    `machine: ${cpu?.model ?? "?"} x${cpus().length}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`,
  );
  out("");
  await benchCorpus();
  benchBodySizes();
  await benchFirstCard(benchBundle());
  out("");
  out("budgets");
  let broken = 0;
  for (const check of checks) {
    const ok = check.value <= check.budget;
    if (!ok) broken += 1;
    out(
      `  ${ok ? "ok  " : "OVER"} ${check.name.padEnd(38)} ${check.value.toFixed(check.unit === "x" ? 1 : 2).padStart(9)} ${check.unit}  (budget ${check.budget} ${check.unit})`,
    );
  }
  return broken > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
