import { classifyCorpus, findCorpus, percent, scoreCorpus, type CorpusScore } from "../../scripts/corpus";

const directory = findCorpus();

// The corpus ships beside the project (../shared/corpus) in development and CI.
(directory ? describe : describe.skip)("the development corpus", () => {
  let score: CorpusScore;

  beforeAll(async () => {
    score = scoreCorpus(await classifyCorpus(directory as string));
  }, 120_000);

  it("catches at least 95 % of Microsoft impersonations", () => {
    const microsoft = score.byClass["microsoft-impersonation"];
    expect(microsoft.total).toBeGreaterThan(0);
    expect(percent(microsoft.total - score.misses.length, microsoft.total)).toBeGreaterThanOrEqual(95);
  });

  it("flags at most 0.5 % of ordinary mail", () => {
    expect(percent(score.byClass.ham.flagged, score.byClass.ham.total)).toBeLessThanOrEqual(0.5);
  });

  it("calls at most 3 % of other-brand phishing Microsoft", () => {
    const other = score.byClass["other-phish"];
    expect(percent(other.calledMicrosoft, other.total)).toBeLessThanOrEqual(3);
  });

  it("never fails to read a corpus message", () => {
    const errors = Object.values(score.byClass).reduce((sum, value) => sum + value.errors, 0);
    expect(errors).toBe(0);
  });
});
