// Command line: `impostor-guard scan [--json] PATH...`.

import { listInputs, scanItems, toHumanLines, toJsonLine } from "./scan";

const USAGE = `usage: impostor-guard scan [--json] PATH...
  PATH   an .eml file, a folder (searched recursively for .eml files), or - for standard input
  --json one JSON object per message per line:
         {"file","verdict","impersonatesMicrosoft","patterns","generalRule","reasons","evidence",
          "microsoftVerdict","ms","parseMs"} or {"file","error"}
exit status: 0 no message flagged, 1 at least one flagged (danger or caution),
             2 usage error, unreadable input, or a folder with no .eml files`;

/** Below this many messages a progress line would only flicker. */
const PROGRESS_FROM = 50;

export interface Streams {
  stdout: Pick<NodeJS.WriteStream, "write">;
  stderr: Pick<NodeJS.WriteStream, "write"> & { isTTY?: boolean };
}

export async function main(
  argv: readonly string[],
  streams: Streams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    streams.stdout.write(USAGE + "\n");
    return 0;
  }
  if (command !== "scan") {
    streams.stderr.write(USAGE + "\n");
    return 2;
  }
  const json = rest.includes("--json");
  const unknown = rest.filter((argument) => argument.startsWith("--") && argument !== "--json");
  const paths = rest.filter((argument) => argument === "-" || !argument.startsWith("-"));
  if (unknown.length > 0 || paths.length === 0) {
    streams.stderr.write((unknown.length > 0 ? `unknown option ${unknown.join(" ")}\n` : "") + USAGE + "\n");
    return 2;
  }
  const { items, emptyFolders } = await listInputs(paths);
  for (const folder of emptyFolders) streams.stderr.write(`${folder}: no .eml files found\n`);
  const progress = streams.stderr.isTTY === true && items.length >= PROGRESS_FROM;
  let flagged = false;
  let failed = emptyFolders.length > 0;
  let done = 0;
  for await (const result of scanItems(items)) {
    if (result.error) failed = true;
    if (result.verdict && result.verdict.level !== "none") flagged = true;
    streams.stdout.write((json ? toJsonLine(result) : toHumanLines(result).join("\n")) + "\n");
    done += 1;
    if (progress && (done % 25 === 0 || done === items.length))
      streams.stderr.write(`\rscanned ${done} / ${items.length}${done === items.length ? "\n" : ""}`);
  }
  return failed ? 2 : flagged ? 1 : 0;
}
