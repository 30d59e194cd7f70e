// Loads the labelled development corpus (../shared/corpus) and scores the classifier on it;
// shared by `npm run eval`, `npm run bench` and the corpus tests.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { classify, type Verdict } from "../src/classifier";
import { parseEml } from "../src/mail/parseEml";

export interface CorpusLabel {
  file: string;
  impersonates_microsoft: boolean;
  phish: boolean;
  pattern: string;
  lang: string;
  subject?: string;
  from?: string;
}

export interface CorpusResult {
  label: CorpusLabel;
  verdict?: Verdict;
  error?: string;
  /** Classifier time alone, without parsing, in milliseconds. */
  ms: number;
}

export function findCorpus(): string | undefined {
  const candidates = [
    process.env["IMPOSTOR_GUARD_CORPUS"],
    resolve(process.cwd(), "..", "shared", "corpus"),
    resolve(__dirname, "..", "..", "shared", "corpus"),
    resolve(__dirname, "..", "..", "..", "shared", "corpus"),
  ].filter((candidate): candidate is string => Boolean(candidate));
  return candidates.find((candidate) => existsSync(join(candidate, "labels.jsonl")));
}

export function readLabels(directory: string): CorpusLabel[] {
  return readFileSync(join(directory, "labels.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusLabel);
}

export async function classifyCorpus(
  directory: string,
  labels = readLabels(directory),
): Promise<CorpusResult[]> {
  const results: CorpusResult[] = [];
  for (const label of labels) {
    try {
      const message = await parseEml(readFileSync(join(directory, "raw", label.file)));
      const started = performance.now();
      const verdict = classify(message);
      results.push({ label, verdict, ms: performance.now() - started });
    } catch (error) {
      results.push({ label, error: (error as Error).message, ms: 0 });
    }
  }
  return results;
}

export type CorpusClass = "microsoft-impersonation" | "other-phish" | "ham";

export function classOf(label: CorpusLabel): CorpusClass {
  if (label.impersonates_microsoft) return "microsoft-impersonation";
  return label.phish ? "other-phish" : "ham";
}

export interface ClassScore {
  total: number;
  /** Level danger or caution. */
  flagged: number;
  /** impersonatesMicrosoft was true. */
  calledMicrosoft: number;
  /** Microsoft impersonations whose first pattern equals the label's pattern. */
  patternCorrect: number;
  errors: number;
}

export interface CorpusScore {
  byClass: Record<CorpusClass, ClassScore>;
  byClassAndLanguage: Record<string, ClassScore>;
  /** Microsoft impersonations not flagged. */
  misses: CorpusResult[];
  /** Ham flagged, or other-brand phish called Microsoft. */
  falseAlarms: CorpusResult[];
  /** Microsoft impersonations flagged with another pattern first. */
  wrongPattern: CorpusResult[];
}

function emptyScore(): ClassScore {
  return { total: 0, flagged: 0, calledMicrosoft: 0, patternCorrect: 0, errors: 0 };
}

export function scoreCorpus(results: readonly CorpusResult[]): CorpusScore {
  const byClass: Record<CorpusClass, ClassScore> = {
    "microsoft-impersonation": emptyScore(),
    "other-phish": emptyScore(),
    ham: emptyScore(),
  };
  const byClassAndLanguage: Record<string, ClassScore> = {};
  const misses: CorpusResult[] = [];
  const falseAlarms: CorpusResult[] = [];
  const wrongPattern: CorpusResult[] = [];
  for (const result of results) {
    const corpusClass = classOf(result.label);
    const key = `${corpusClass} / ${result.label.lang || "?"}`;
    byClassAndLanguage[key] ??= emptyScore();
    for (const score of [byClass[corpusClass], byClassAndLanguage[key]]) {
      score.total += 1;
      if (!result.verdict) {
        score.errors += 1;
        continue;
      }
      const flagged = result.verdict.level !== "none";
      if (flagged) score.flagged += 1;
      if (result.verdict.impersonatesMicrosoft) score.calledMicrosoft += 1;
      if (flagged && result.verdict.patterns[0]?.id === result.label.pattern) score.patternCorrect += 1;
    }
    const verdict = result.verdict;
    if (corpusClass === "microsoft-impersonation") {
      if (!verdict || verdict.level === "none" || !verdict.impersonatesMicrosoft) misses.push(result);
      else if (verdict.patterns[0]?.id !== result.label.pattern) wrongPattern.push(result);
    } else if (corpusClass === "ham" ? verdict && verdict.level !== "none" : verdict?.impersonatesMicrosoft) {
      falseAlarms.push(result);
    }
  }
  return { byClass, byClassAndLanguage, misses, falseAlarms, wrongPattern };
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}
