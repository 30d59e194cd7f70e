// Command line: `impostor-guard scan [--json] PATH...`.

import { scanPaths, toHumanLines, toJsonLine } from "./scan";

const USAGE = `usage: impostor-guard scan [--json] PATH...
  PATH   an .eml file, a folder (searched recursively for .eml files), or - for standard input
  --json one JSON object per message per line:
         {"file","verdict","impersonatesMicrosoft","patterns","evidence","ms"} or {"file","error"}
exit status: 0 no message flagged, 1 at least one flagged, 2 usage error or unreadable input`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (command !== "scan") {
    process.stderr.write(USAGE + "\n");
    return 2;
  }
  const json = rest.includes("--json");
  const unknown = rest.filter((argument) => argument.startsWith("--") && argument !== "--json");
  const paths = rest.filter((argument) => argument === "-" || !argument.startsWith("-"));
  if (unknown.length > 0 || paths.length === 0) {
    process.stderr.write((unknown.length > 0 ? `unknown option ${unknown.join(" ")}\n` : "") + USAGE + "\n");
    return 2;
  }
  let flagged = false;
  let failed = false;
  for await (const result of scanPaths(paths)) {
    if (result.error) failed = true;
    if (result.verdict && result.verdict.level !== "none") flagged = true;
    const output = json ? toJsonLine(result) : toHumanLines(result).join("\n");
    process.stdout.write(output + "\n");
  }
  return failed ? 2 : flagged ? 1 : 0;
}
