// The rule tables: every entry names where it comes from, none exists for one corpus message, and
// the generated tables match what their scripts generate from the installed packages.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ASK_GROUPS } from "../../src/classifier/data/asks";
import { BRAND_GROUPS } from "../../src/classifier/data/brands";
import { INTERNATIONAL_ASKS, INTERNATIONAL_STORIES } from "../../src/classifier/data/international";
import { PATTERNS, URGENCY } from "../../src/classifier/data/patterns";
import { SOURCE_KINDS } from "../../src/classifier/data/sources";
import { foldText } from "../../src/classifier/normalize";
import { DEFAULT_RULES, PATTERN_IDS } from "../../src/classifier";
import { compileRules } from "../../src/classifier/rules";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { confusableTable, OUTPUT } = require("../../scripts/confusables.js") as {
  confusableTable: () => Record<string, string>;
  OUTPUT: string;
};

const DATA = join(__dirname, "..", "..", "src", "classifier", "data");

describe("rule tables", () => {
  const phraseGroups = [
    ...ASK_GROUPS,
    ...INTERNATIONAL_ASKS,
    ...URGENCY,
    ...PATTERNS.flatMap((row) => row.story),
    ...INTERNATIONAL_STORIES,
  ];
  const groups = [...phraseGroups, ...BRAND_GROUPS];

  it("name the kind of source of every group", () => {
    for (const group of groups) expect(SOURCE_KINDS).toContain(group.source);
  });

  it("cite no corpus file, and keep none of the phrases that existed for one corpus message", () => {
    for (const file of readdirSync(DATA)) {
      const text = readFileSync(join(DATA, file), "utf8");
      expect(text).not.toMatch(/phishing_pot|spamassassin|sisimai|sample-\d+/i);
    }
    const phrases = PATTERNS.flatMap((row) => row.story.flatMap((group) => group.phrases));
    for (const overfit of ["policy not yet confirmed", "policy renewal", "compliance standards"])
      expect(phrases).not.toContain(overfit);
  });

  it("hold no phrase that could never match: each is found in a message that says it", () => {
    const compiled = compileRules(DEFAULT_RULES);
    for (const group of phraseGroups) {
      for (const phrase of group.phrases) {
        const text = foldText(`Notice: ${phrase}.`);
        const found = compiled.phrases.findAll(text).some((hit) => hit.value.group.phrases === group.phrases);
        if (!found) throw new Error(`phrase never matches: ${phrase}`);
      }
    }
  });

  it("have one row per pattern, each with advice, help after acting and a report reason", () => {
    expect(PATTERNS.map((row) => row.id)).toEqual([...PATTERN_IDS]);
    for (const row of PATTERNS) {
      expect(row.advice.length).toBeGreaterThan(0);
      expect(row.afterActing.length).toBeGreaterThan(0);
      expect(row.reportReason.length).toBeGreaterThan(10);
      expect(row.tellingAsks.every((kind) => row.fittingAsks.includes(kind))).toBe(true);
      for (const lang of ["en", "ja"]) expect(row.story.some((group) => group.lang === lang)).toBe(true);
    }
  });

  it("ship the look-alike table scripts/confusables.js generates from Unicode's confusables data", () => {
    const table = confusableTable();
    expect(JSON.parse(readFileSync(OUTPUT, "utf8"))).toEqual(table);
    expect(table).toMatchObject({ і: "i", с: "c", о: "o", ѕ: "s", ο: "o", ν: "v" });
    expect(table["〇"]).toBeUndefined();
  });
});
