// `npm run eval`: scores the classifier on ../shared/corpus and lists every miss and false alarm.

import { classifyCorpus, findCorpus, percent, scoreCorpus, type CorpusResult } from "./corpus";

function describe(result: CorpusResult): string {
  const verdict = result.verdict;
  const found = verdict
    ? `${verdict.level}${verdict.impersonatesMicrosoft ? " microsoft" : ""} [${verdict.patterns.map((match) => match.id).join(",")}]`
    : `error: ${result.error}`;
  return `  ${result.label.file}  label=${result.label.pattern}  got=${found}  subject=${JSON.stringify(result.label.subject ?? "")}`;
}

async function run(): Promise<number> {
  const directory = findCorpus();
  if (!directory) {
    process.stderr.write(
      "corpus not found: put ../shared/corpus beside the project or set IMPOSTOR_GUARD_CORPUS\n",
    );
    return 2;
  }
  const results = await classifyCorpus(directory);
  const score = scoreCorpus(results);
  const microsoft = score.byClass["microsoft-impersonation"];
  const ham = score.byClass.ham;
  const other = score.byClass["other-phish"];
  const line = (label: string, part: number, whole: number): string =>
    `${label.padEnd(52)} ${String(part).padStart(5)} / ${String(whole).padEnd(5)} ${percent(part, whole).toFixed(2).padStart(6)} %`;
  const out: string[] = [`corpus: ${directory} (${results.length} messages)`, ""];
  out.push(
    line(
      "Recall on Microsoft impersonation (flagged + claimed)",
      microsoft.total - score.misses.length,
      microsoft.total,
    ),
  );
  out.push(line("Pattern accuracy on Microsoft impersonation", microsoft.patternCorrect, microsoft.total));
  out.push(line("Ham flagged (false alarms)", ham.flagged, ham.total));
  out.push(line("Other-brand phish called Microsoft", other.calledMicrosoft, other.total));
  out.push(line("Other-brand phish flagged at all", other.flagged, other.total));
  out.push("", "By class and language:");
  for (const [key, value] of Object.entries(score.byClassAndLanguage).sort()) {
    out.push(
      `  ${key.padEnd(34)} total ${String(value.total).padStart(5)}  flagged ${String(value.flagged).padStart(5)}  called Microsoft ${String(value.calledMicrosoft).padStart(5)}  pattern right ${String(value.patternCorrect).padStart(4)}  errors ${value.errors}`,
    );
  }
  out.push("", `Misses (${score.misses.length}):`, ...score.misses.map(describe));
  out.push(
    "",
    `Flagged with another pattern first (${score.wrongPattern.length}):`,
    ...score.wrongPattern.map(describe),
  );
  out.push("", `False alarms (${score.falseAlarms.length}):`, ...score.falseAlarms.map(describe));
  process.stdout.write(out.join("\n") + "\n");
  return 0;
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
