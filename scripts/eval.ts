// `npm run eval`: scores the classifier on the development corpus, on our own test mail (tuned on)
// and on the held-out set (scored only, never tuned on), and lists every miss with the question
// that failed. Recall is given with and without Microsoft's own verdict headers, so a gain from
// Microsoft's filter is never mistaken for better detection.

import {
  byKey,
  caught,
  classifyMessages,
  classOf,
  failedQuestion,
  loadSet,
  patternRight,
  percent,
  tally,
  type CorpusResult,
  type SetName,
} from "./corpus";

const out: string[] = [];
const print = (line = ""): void => void out.push(line);
const ratio = (part: number, whole: number): string =>
  `${String(part).padStart(4)} / ${String(whole).padEnd(4)} ${percent(part, whole).toFixed(1).padStart(5)} %`;

function describe(result: CorpusResult): string {
  const verdict = result.verdict;
  const label = result.message.label;
  const got = verdict
    ? `${verdict.level}${verdict.impersonatesMicrosoft ? " microsoft" : ""} [${verdict.patterns.map((match) => match.id).join(",") || (verdict.generalRule ? "general" : "")}]`
    : `error: ${result.error}`;
  return `  ${label.file}  label=${label.pattern}/${label.lang}  got=${got}  subject=${JSON.stringify((label.subject ?? "").slice(0, 70))}`;
}

function report(set: SetName, results: readonly CorpusResult[]): void {
  const classes = byKey(results, (result) => classOf(result.message.label));
  const impersonations = classes.get("microsoft-impersonation") ?? [];
  print(`== ${set}: ${results.length} messages`);
  if (impersonations.length > 0) {
    const withHeaders = tally(impersonations);
    const without = tally(impersonations, "no-microsoft-verdict");
    const bare = tally(impersonations, "none");
    print(`recall on Microsoft impersonations               ${ratio(withHeaders.caught, withHeaders.total)}`);
    print(`  without Microsoft's verdict headers            ${ratio(without.caught, without.total)}`);
    print(`  without any header (as some Outlooks give)     ${ratio(bare.caught, bare.total)}`);
    print(
      `  at danger                                      ${ratio(impersonations.filter((result) => result.verdict?.level === "danger").length, impersonations.length)}`,
    );
    print(
      `pattern right when caught                        ${ratio(withHeaders.patternRight, withHeaders.caught)}`,
    );
  }
  const ham = classes.get("ham") ?? [];
  const genuine = classes.get("genuine-microsoft") ?? [];
  const other = classes.get("other-phish") ?? [];
  if (ham.length > 0)
    print(`ham flagged                                      ${ratio(tally(ham).flagged, ham.length)}`);
  if (genuine.length > 0) {
    print(
      `genuine Microsoft flagged                        ${ratio(tally(genuine).flagged, genuine.length)}`,
    );
    print(
      `  without any header                           ${ratio(tally(genuine, "none").flagged, genuine.length)}`,
    );
  }
  if (other.length > 0) {
    print(
      `other brands called Microsoft                    ${ratio(tally(other).calledMicrosoft, other.length)}`,
    );
    print(`other brands flagged at all                      ${ratio(tally(other).flagged, other.length)}`);
  }
  if (impersonations.length > 0) {
    for (const [title, key] of [
      ["by pattern", (result: CorpusResult) => result.message.label.pattern],
      ["by language", (result: CorpusResult) => result.message.label.lang || "?"],
    ] as const) {
      print(`${title}:`);
      for (const [name, group] of byKey(impersonations, key)) {
        const counts = tally(group);
        print(
          `  ${name.padEnd(22)} caught ${ratio(counts.caught, counts.total)}   pattern right ${ratio(counts.patternRight, counts.caught)}`,
        );
      }
    }
    const templates = byKey(
      impersonations,
      (result) => result.message.label.template ?? result.message.label.file,
    );
    const templateCaught = [...templates.values()].filter((group) =>
      group.some((result) => caught(result.verdict)),
    ).length;
    print(
      `by campaign template: ${ratio(templateCaught, templates.size)} templates with at least one message caught`,
    );
    for (const [name, group] of templates) {
      const counts = tally(group);
      if (counts.caught < counts.total)
        print(`  template ${name}: caught ${counts.caught} of ${counts.total}`);
    }
    const misses = impersonations.filter((result) => !caught(result.verdict));
    print(`misses (${misses.length}):`);
    for (const result of misses) print(`${describe(result)}  failed: ${failedQuestion(result.verdict)}`);
    const wrong = impersonations.filter(
      (result) =>
        caught(result.verdict) && result.verdict && !patternRight(result.verdict, result.message.label),
    );
    print(`caught with another pattern (${wrong.length}):`);
    for (const result of wrong) print(describe(result));
  }
  const falseAlarms = [
    ...ham.filter((result) => result.verdict?.level !== "none"),
    ...genuine.filter((result) => result.verdict?.level !== "none"),
    ...other.filter((result) => result.verdict?.impersonatesMicrosoft),
  ];
  print(`false alarms (${falseAlarms.length}):`);
  for (const result of falseAlarms) print(describe(result));
  const errors = results.filter((result) => result.error);
  if (errors.length > 0) print(`unreadable (${errors.length}):`);
  for (const result of errors) print(describe(result));
  print();
}

async function run(): Promise<number> {
  const sets = process.argv
    .slice(2)
    .filter((argument) => ["corpus", "dev", "holdout"].includes(argument)) as SetName[];
  for (const set of sets.length > 0 ? sets : (["corpus", "dev", "holdout"] as const)) {
    const messages = loadSet(set);
    if (messages.length === 0) {
      print(
        `== ${set}: not found${set === "corpus" ? " (put ../shared/corpus beside the project or set IMPOSTOR_GUARD_CORPUS)" : ""}`,
      );
      continue;
    }
    report(set, await classifyMessages(messages));
  }
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
