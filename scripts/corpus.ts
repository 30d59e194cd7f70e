// Loads labelled mail and scores the classifier on it; shared by `npm run eval`, `npm run bench`
// and the corpus tests. Three sets: the development corpus (../shared/corpus), our own test mail
// (tests/fixtures/mail/dev, tuned on) and the held-out set (tests/fixtures/mail/holdout, scored only,
// never tuned on).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { classify, type Verdict } from "../src/classifier";
import { analyseEml } from "../src/mail/analyse";

export interface CorpusLabel {
  file: string;
  impersonates_microsoft: boolean;
  phish: boolean;
  pattern: string;
  lang: string;
  genuine_microsoft?: boolean;
  template?: string;
  subject?: string;
  from?: string;
}

export type SetName = "corpus" | "dev" | "holdout";

export interface LabelledMessage {
  set: SetName;
  /** Where the file is. */
  path: string;
  label: CorpusLabel;
}

export interface CorpusResult {
  message: LabelledMessage;
  verdict?: Verdict;
  /** The verdict with Microsoft's verdict headers taken out (see withoutMicrosoftVerdict). */
  verdictWithoutMicrosoft?: Verdict;
  /** The verdict with no header block at all, as some Outlook clients return (see readMessage.ts). */
  verdictWithoutHeaders?: Verdict;
  error?: string;
  /** Parse and classify times in milliseconds. */
  parseMs: number;
  ms: number;
}

const ROOT = existsSync(join(__dirname, "..", "package.json"))
  ? join(__dirname, "..")
  : join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "mail");

export function findCorpus(): string | undefined {
  const candidates = [
    process.env["IMPOSTOR_GUARD_CORPUS"],
    resolve(process.cwd(), "..", "shared", "corpus"),
    resolve(ROOT, "..", "shared", "corpus"),
  ].filter((candidate): candidate is string => Boolean(candidate));
  return candidates.find((candidate) => existsSync(join(candidate, "labels.jsonl")));
}

export function readLabels(file: string): CorpusLabel[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusLabel);
}

/** Every labels.jsonl under `directory`, each naming files beside it. */
function labelFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return labelFiles(path);
    return entry.name === "labels.jsonl" ? [path] : [];
  });
}

export function loadSet(set: SetName): LabelledMessage[] {
  if (set === "corpus") {
    const corpus = findCorpus();
    if (!corpus) return [];
    return readLabels(join(corpus, "labels.jsonl")).map((label) => ({
      set,
      path: join(corpus, "raw", label.file),
      label,
    }));
  }
  return labelFiles(join(FIXTURES, set)).flatMap((file) =>
    readLabels(file).map((label) => ({ set, path: join(dirname(file), label.file), label })),
  );
}

/** Header fields that carry Microsoft's own verdict, and compauth inside Authentication-Results. */
const MICROSOFT_VERDICT_FIELD =
  /^(x-forefront-antispam-report[^:]*|x-microsoft-antispam[^:]*|x-ms-exchange-organization-scl):/i;

/** The header block without Microsoft's verdict, to tell our detection from Microsoft's. */
export function withoutMicrosoftVerdict(headers: string): string {
  const out: string[] = [];
  let dropping = false;
  for (const line of headers.split(/\r?\n/)) {
    const continuation = /^[ \t]/.test(line);
    if (!continuation) dropping = MICROSOFT_VERDICT_FIELD.test(line);
    if (!dropping) out.push(line.replace(/compauth=\w+( reason=\d+)?/gi, ""));
  }
  return out.join("\r\n");
}

export async function classifyMessages(messages: readonly LabelledMessage[]): Promise<CorpusResult[]> {
  const results: CorpusResult[] = [];
  for (const message of messages) {
    try {
      const analysis = await analyseEml(readFileSync(message.path));
      const stripped = {
        ...analysis.message,
        headers: withoutMicrosoftVerdict(analysis.message.headers ?? ""),
      };
      results.push({
        message,
        verdict: analysis.verdict,
        verdictWithoutMicrosoft: classify(stripped),
        verdictWithoutHeaders: classify({ ...analysis.message, headers: "" }),
        parseMs: analysis.parseMs,
        ms: analysis.ms,
      });
    } catch (error) {
      results.push({ message, error: (error as Error).message, parseMs: 0, ms: 0 });
    }
  }
  return results;
}

export type CorpusClass = "microsoft-impersonation" | "genuine-microsoft" | "other-phish" | "ham";

export function classOf(label: CorpusLabel): CorpusClass {
  if (label.impersonates_microsoft) return "microsoft-impersonation";
  if (label.genuine_microsoft || label.pattern === "genuine-microsoft") return "genuine-microsoft";
  return label.phish ? "other-phish" : "ham";
}

/** Caught: flagged (danger or caution) and called an impersonation of Microsoft. */
export function caught(verdict: Verdict | undefined): boolean {
  return verdict !== undefined && verdict.level !== "none" && verdict.impersonatesMicrosoft;
}

/** The pattern is right when the first story is the label's, or when no story fits a message labelled other-microsoft. */
export function patternRight(verdict: Verdict, label: CorpusLabel): boolean {
  const first = verdict.patterns[0]?.id;
  return label.pattern === "other-microsoft" ? first === undefined : first === label.pattern;
}

/** Which question failed for a missed impersonation. */
export function failedQuestion(verdict: Verdict | undefined): string {
  if (!verdict) return "parse";
  if (!verdict.claim.speaksAsMicrosoft) return `claim (strength ${verdict.claim.strength})`;
  if (verdict.origin.fromMicrosoft) return "origin (taken as Microsoft speaking)";
  if (!verdict.impersonatesMicrosoft) return "origin (delivery report or unverifiable Microsoft address)";
  return "level";
}

export interface Tally {
  total: number;
  caught: number;
  flagged: number;
  calledMicrosoft: number;
  patternRight: number;
  errors: number;
}

export function emptyTally(): Tally {
  return { total: 0, caught: 0, flagged: 0, calledMicrosoft: 0, patternRight: 0, errors: 0 };
}

/** Which verdict to count: with every header, without Microsoft's verdict headers, without any header. */
export type HeaderView = "all" | "no-microsoft-verdict" | "none";

export function tally(results: readonly CorpusResult[], headers: HeaderView = "all"): Tally {
  const sum = emptyTally();
  for (const result of results) {
    const verdict =
      headers === "all"
        ? result.verdict
        : headers === "none"
          ? result.verdictWithoutHeaders
          : result.verdictWithoutMicrosoft;
    sum.total += 1;
    if (!verdict) {
      sum.errors += 1;
      continue;
    }
    if (verdict.level !== "none") sum.flagged += 1;
    if (verdict.impersonatesMicrosoft) sum.calledMicrosoft += 1;
    if (caught(verdict)) {
      sum.caught += 1;
      if (patternRight(verdict, result.message.label)) sum.patternRight += 1;
    }
  }
  return sum;
}

export function byKey(
  results: readonly CorpusResult[],
  key: (result: CorpusResult) => string,
): Map<string, CorpusResult[]> {
  const groups = new Map<string, CorpusResult[]>();
  for (const result of results) {
    const name = key(result);
    groups.set(name, [...(groups.get(name) ?? []), result]);
  }
  return new Map([...groups.entries()].sort(([left], [right]) => left.localeCompare(right)));
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}
