// Floors that catch regressions on labelled mail, not floors that demand every message: the
// development corpus (../shared/corpus) and our own development mail (tests/fixtures/mail/dev).
// The held-out set (tests/fixtures/mail/holdout) is scored by `npm run eval` only: a test on it
// would make it a set we tune on.

import { basename } from "node:path";
import {
  byKey,
  classifyMessages,
  classOf,
  loadSet,
  percent,
  tally,
  type CorpusResult,
} from "../../scripts/corpus";

function classes(results: readonly CorpusResult[]) {
  const groups = byKey(results, (result) => classOf(result.message.label));
  return {
    impersonations: tally(groups.get("microsoft-impersonation") ?? []),
    genuine: tally(groups.get("genuine-microsoft") ?? []),
    ham: tally(groups.get("ham") ?? []),
    other: tally(groups.get("other-phish") ?? []),
  };
}

const corpus = loadSet("corpus");

// The corpus ships beside the project (../shared/corpus) in development and CI.
(corpus.length > 0 ? describe : describe.skip)("the development corpus", () => {
  let score: ReturnType<typeof classes>;
  let results: CorpusResult[];

  beforeAll(async () => {
    results = await classifyMessages(corpus);
    score = classes(results);
  }, 180_000);

  it("catches at least 90 % of Microsoft impersonations", () => {
    expect(score.impersonations.total).toBeGreaterThan(0);
    expect(percent(score.impersonations.caught, score.impersonations.total)).toBeGreaterThanOrEqual(90);
  });

  it("flags at most 0.5 % of ordinary mail", () => {
    expect(percent(score.ham.flagged, score.ham.total)).toBeLessThanOrEqual(0.5);
  });

  it("never flags genuine Microsoft mail", () => {
    expect(score.genuine.total).toBeGreaterThan(0);
    expect(score.genuine.flagged).toBe(0);
  });

  it("calls at most 1 % of other brands' phishing Microsoft", () => {
    expect(percent(score.other.calledMicrosoft, score.other.total)).toBeLessThanOrEqual(1);
  });

  it("never fails to read a corpus message", () => {
    expect(results.filter((result) => result.error)).toEqual([]);
  });
});

/**
 * Development mail we know is still flagged, and why; a fix removes its line, a new false alarm
 * fails. An office's encryption wrapper whose own text names the reader's Outlook or Microsoft 365
 * ("if your mailbox is Outlook.com or Microsoft 365, it opens in Outlook") beside the office's phone
 * number reads as Microsoft named beside a number. Two reviews found callback scams that every
 * exemption tried for such lines let through (a charge on the line naming the reader's Microsoft
 * 365, the number on the next), so none is made.
 */
const KNOWN_DEV_FALSE_ALARMS: readonly string[] = [
  "neg-ome-en-hospital-records-release.eml",
  "neg-ome-en-recruiter-offer-letter.eml",
  "neg-ome-ja-tax-accountant-kessan.eml",
];

describe("our own development mail", () => {
  let score: ReturnType<typeof classes>;
  let results: CorpusResult[];

  beforeAll(async () => {
    results = await classifyMessages(loadSet("dev"));
    score = classes(results);
  }, 60_000);

  it("catches at least 90 % of its impersonations and names the right story for 80 % of those", () => {
    expect(score.impersonations.total).toBeGreaterThanOrEqual(60);
    expect(percent(score.impersonations.caught, score.impersonations.total)).toBeGreaterThanOrEqual(90);
    expect(percent(score.impersonations.patternRight, score.impersonations.caught)).toBeGreaterThanOrEqual(
      80,
    );
  });

  it("flags none of its genuine Microsoft mail, IT notices, newsletters or other brands as Microsoft scams, but the known ones", () => {
    expect(score.genuine.flagged).toBe(0);
    const flaggedHam = results
      .filter((result) => classOf(result.message.label) === "ham" && result.verdict?.level !== "none")
      .map((result) => basename(result.message.path))
      .sort();
    expect(flaggedHam).toEqual([...KNOWN_DEV_FALSE_ALARMS].sort());
    expect(score.other.calledMicrosoft).toBe(0);
  });
});
