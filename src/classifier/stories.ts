// Which known scam story fits? Each row of data/patterns.ts is scored on its own phrases and on the
// asks that belong to it: a virus alarm with a number to call is the tech-support story, a win with
// a fee the lottery. A message can speak as Microsoft and ask something without telling any of the
// five stories: then no pattern fits, and the verdict stands on the general rule (decide.ts).

import type { PhraseFinding } from "./asks";
import { pushEvidence } from "./evidence";
import type { CompiledRules } from "./rules";
import type { AskAnswer, Confidence, Evidence, PatternMatch } from "./types";

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
/** Story evidence kept per pattern: the distinct signals first. */
const MAX_STORY_EVIDENCE = 6;

export function matchStories(
  phrases: readonly PhraseFinding[],
  asks: AskAnswer,
  rules: CompiledRules,
): PatternMatch[] {
  const scored: Array<{ match: PatternMatch; score: number }> = [];
  const urgency = phrases.filter(
    (finding) => finding.meaning.type === "story" && finding.meaning.pattern === undefined,
  );
  for (const row of rules.rules.patterns) {
    const story = phrases.filter(
      (finding) => finding.meaning.type === "story" && finding.meaning.pattern === row.id,
    );
    if (story.length === 0) continue;
    const signals = new Set(story.map((finding) => finding.evidence.signal));
    const fitting = asks.kinds.filter((kind) => row.fittingAsks.includes(kind));
    const telling = fitting.filter((kind) => row.tellingAsks.includes(kind));
    const confidence: Confidence = telling.length > 0 ? "high" : fitting.length > 0 ? "medium" : "low";
    const evidence: Evidence[] = [];
    // One quote per signal first, then more quotes of the same signals.
    for (const signal of signals) {
      const first = story.find((finding) => finding.evidence.signal === signal);
      if (first) pushEvidence(evidence, first.evidence, MAX_STORY_EVIDENCE);
    }
    for (const finding of story) pushEvidence(evidence, finding.evidence, MAX_STORY_EVIDENCE);
    scored.push({
      match: { id: row.id, confidence, evidence, asks: fitting },
      score: 2 * signals.size + Math.min(story.length, 6) * 0.25 + 2 * telling.length + fitting.length,
    });
  }
  scored.sort(
    (left, right) =>
      CONFIDENCE_RANK[right.match.confidence] - CONFIDENCE_RANK[left.match.confidence] ||
      right.score - left.score,
  );
  const first = scored[0]?.match;
  if (first)
    for (const finding of urgency.slice(0, 2))
      pushEvidence(first.evidence, finding.evidence, MAX_STORY_EVIDENCE + 2);
  return scored.map((item) => item.match);
}
