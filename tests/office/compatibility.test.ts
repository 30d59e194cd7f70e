// The compatibility table is the truth: every Office.js API the pane calls is in it, feature
// detection reads it, and the README's two tables (what each call needs, what each client and
// account type gets) say exactly what the code does.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { detectClient, type ClientHost } from "../../src/office/client";
import {
  FEATURE_REQUIREMENTS,
  OUTLOOK_CLIENTS,
  requirementOf,
  supports,
  type OutlookClientRow,
} from "../../src/office/compatibility";
import { compareSets, requirementSetsUsed } from "../../src/office/mailboxSets";
import { OFFICE_APIS } from "../../src/office/officeApis";

const ROOT = join(__dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** Code without its comments and string literals, where documentation URLs and API labels live. */
function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/`(?:\\.|[^`\\])*`|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, '""')
    .replace(/\/\/[^\n]*/g, "");
}

/** The code that talks to Office.js: src/office and the pane's entry and Outlook view. */
const SOURCES = [
  ...readdirSync(join(ROOT, "src", "office")).map((file) => join("src", "office", file)),
  join("src", "taskpane", "index.ts"),
  join("src", "taskpane", "OutlookApp.tsx"),
].map((path) => ({ path, text: codeOf(readFileSync(join(ROOT, path), "utf8")) }));

/**
 * Office.js members the code reaches: asynchronous calls, members of the objects Office.js hands
 * over, and Office's own values (lower-case members, and enums read through a dot; a bare
 * `Office.MessageRead` is a type and costs nothing at run time).
 */
const MEMBER_PATTERNS = [
  /\.(\w+Async)\b/g,
  /\b[Oo]ffice\??\.([a-z]\w*|[A-Z]\w*(?=\??\.))/g,
  /\bcontext\??\.(\w+)/g,
  /\bmailbox\??\.(\w+)/g,
  /\bitem\??\.(\w+)/g,
  /\bcontext\??\.diagnostics\??\.(\w+)/g,
  /\bmailbox\??\.diagnostics\??\.(\w+)/g,
  /\buserProfile\??\.(\w+)/g,
];

function tableWords(): Set<string> {
  return new Set(OFFICE_APIS.flatMap((row) => row.api.split(/\W+/).filter(Boolean)));
}

describe("OFFICE_APIS", () => {
  it("names every Office.js member the code reaches", () => {
    const words = tableWords();
    const missing = new Set<string>();
    for (const { path, text } of SOURCES) {
      for (const pattern of MEMBER_PATTERNS) {
        for (const match of text.matchAll(pattern)) {
          const member = match[1] ?? "";
          if (!words.has(member)) missing.add(`${path}: ${member}`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("names nothing the code does not reach", () => {
    const code = SOURCES.map((source) => source.text).join("\n");
    for (const word of tableWords())
      expect([word, new RegExp(`\\b${word}\\b`).test(code)]).toEqual([word, true]);
  });

  it("gives every row a Mailbox set, what the pane does without it and Microsoft's page", () => {
    for (const row of OFFICE_APIS) {
      expect(row.without.length).toBeGreaterThan(20);
      expect(row.source).toMatch(/^https:\/\/(learn\.microsoft\.com|github\.com\/OfficeDev)\//);
    }
    expect(requirementOf("headers")).toBe("1.8");
    expect(requirementOf("follow-item")).toBe("1.5");
    expect(requirementOf("report-form")).toBe("1.6");
    expect(requirementSetsUsed()).toEqual(["1.1", "1.3", "1.5", "1.6", "1.8", "1.9", "1.14"]);
  });

  it("has one row for each feature detection knows", () => {
    expect(OFFICE_APIS.map((row) => row.feature).sort()).toEqual(Object.keys(FEATURE_REQUIREMENTS).sort());
  });

  it("detects a feature by its row's set, and counts a throwing isSetSupported as missing", () => {
    const upTo = (highest: string) => ({
      context: {
        requirements: {
          isSetSupported: (name: string, version = "1.1") =>
            name === "Mailbox" && compareSets(version, highest) <= 0,
        },
      },
    });
    expect(supports(upTo("1.7"), "follow-item")).toBe(true);
    expect(supports(upTo("1.7"), "headers")).toBe(false);
    const broken = {
      context: {
        requirements: {
          isSetSupported: (): boolean => {
            throw new Error("not ready");
          },
        },
      },
    };
    expect(supports(broken, "item")).toBe(false);
  });
});

/** Reads the first Markdown table after `heading` as rows of trimmed cells, header row included. */
function readmeTable(heading: string): string[][] {
  const start = README.indexOf(heading);
  if (start < 0) throw new Error(`README has no heading ${heading}`);
  const lines = README.slice(start).split("\n");
  const first = lines.findIndex((line) => line.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith("|")) break;
    if (/^\|[\s:|-]+\|$/.test(line)) continue;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

function markdown(rows: string[][]): string {
  return rows.map((row) => `| ${row.join(" | ")} |`).join("\n");
}

describe("README: what each Office.js call needs", () => {
  it("lists every row of OFFICE_APIS, in order, with its set and what the pane does without it", () => {
    const expected = [
      ["Office.js", "Mailbox", "without it"],
      ...OFFICE_APIS.map((row) => [`\`${row.api}\``, row.requirement, row.without]),
    ];
    const actual = readmeTable("### What each Office.js call needs");
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(
        `README's table differs from src/office/compatibility.ts; expected:\n${markdown(expected)}`,
      );
    }
  });
});

/** A stand-in for Office.js as the client in `row` presents itself. */
function hostFor(row: OutlookClientRow): ClientHost {
  return {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "Mailbox" && compareSets(version, row.highestSet) <= 0,
      },
      diagnostics: row.platform === undefined ? undefined : { platform: row.platform },
      mailbox: {
        diagnostics: { hostName: row.hostName },
        userProfile: row.accountType === undefined ? {} : { accountType: row.accountType },
        addHandlerAsync: () => undefined,
      },
    },
  };
}

const yes = (value: boolean): string => (value ? "yes" : "no");

describe("README: where it runs by itself", () => {
  it("says for each client and account type what the pane's own detection gives", () => {
    const expected = [
      [
        "Outlook",
        "account",
        "pinned pane follows every message",
        "Check for scam on each message",
        "warning bar",
        "Report as phishing",
        "sender checks",
      ],
      ...OUTLOOK_CLIENTS.map((row) => {
        const host = hostFor(row);
        const facts = detectClient(host);
        return [
          row.client,
          row.account,
          yes(facts.pinning),
          facts.pinning ? "until pinned" : "yes",
          yes(supports(host, "warning-bar")),
          supports(host, "report-form") ? "opens the report" : "forward by hand",
          yes(supports(host, "headers")),
        ];
      }),
    ];
    const actual = readmeTable("### Where it runs by itself");
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(
        `README's client table differs from what the code detects; expected:\n${markdown(expected)}`,
      );
    }
  });

  it("never offers pinning to a personal account, and offers it to every work account with Mailbox 1.5", () => {
    for (const row of OUTLOOK_CLIENTS) {
      const facts = detectClient(hostFor(row));
      if (row.accountType === "outlookCom") expect([row.client, facts.pinning]).toEqual([row.client, false]);
      if (row.accountType === "office365") expect([row.client, facts.pinning]).toEqual([row.client, true]);
    }
  });
});
