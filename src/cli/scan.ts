// Scans .eml files, folders of them, or standard input, and prints one verdict per message.

import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { classify, type Evidence, type Verdict } from "../classifier";
import { MailParseError, parseEml } from "../mail/parseEml";

export interface ScanResult {
  file: string;
  verdict?: Verdict;
  ms?: number;
  error?: string;
}

/** Every .eml file under `path`, in a stable order; a file given by name is taken as it is. */
async function expandPath(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((left, right) => left.name.localeCompare(right.name));
  const files: string[] = [];
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) files.push(...(await expandPath(child)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".eml")) files.push(child);
  }
  return files;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeError(error: unknown): string {
  if (error instanceof MailParseError) return `not readable as an email: ${error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return error instanceof Error ? error.message : String(error);
}

export async function scanOne(file: string, raw: Uint8Array): Promise<ScanResult> {
  try {
    const message = await parseEml(raw);
    const started = performance.now();
    const verdict = classify(message);
    return { file, verdict, ms: Math.round((performance.now() - started) * 1000) / 1000 };
  } catch (error) {
    return { file, error: describeError(error) };
  }
}

/** Yields one result per message, in command-line order; errors are results too. */
export async function* scanPaths(paths: readonly string[]): AsyncGenerator<ScanResult> {
  for (const path of paths) {
    if (path === "-") {
      yield await scanOne("-", await readStdin());
      continue;
    }
    let files: string[];
    try {
      files = await expandPath(path);
    } catch (error) {
      yield { file: path, error: describeError(error) };
      continue;
    }
    for (const file of files) {
      let raw: Buffer;
      try {
        raw = await readFile(file);
      } catch (error) {
        yield { file, error: describeError(error) };
        continue;
      }
      yield await scanOne(file, raw);
    }
  }
}

function allEvidence(verdict: Verdict): Evidence[] {
  return [...verdict.claim, ...verdict.patterns.flatMap((match) => match.evidence), ...verdict.signals];
}

/** The JSON line contract: {"file","verdict","impersonatesMicrosoft","patterns","evidence","ms"} or {"file","error"}. */
export function toJsonLine(result: ScanResult): string {
  if (!result.verdict) return JSON.stringify({ file: result.file, error: result.error ?? "unknown error" });
  const verdict = result.verdict;
  return JSON.stringify({
    file: result.file,
    verdict: verdict.level,
    impersonatesMicrosoft: verdict.impersonatesMicrosoft,
    patterns: verdict.patterns.map((match) => match.id),
    evidence: allEvidence(verdict),
    ms: result.ms,
  });
}

function describeEvidence(evidence: Evidence): string {
  const detail = evidence.detail ? ` -> ${evidence.detail}` : "";
  return `${evidence.signal} [${evidence.location}] ${JSON.stringify(evidence.text)}${detail}`;
}

export function toHumanLines(result: ScanResult): string[] {
  if (!result.verdict) return [`${result.file}: error: ${result.error ?? "unknown error"}`];
  const verdict = result.verdict;
  const headline = verdict.level === "none" ? "no known scam pattern" : verdict.level.toUpperCase();
  const patterns = verdict.patterns.map((match) => `${match.id} (${match.confidence})`).join(", ");
  const lines = [
    `${result.file}: ${headline}${verdict.impersonatesMicrosoft ? ", impersonates Microsoft" : ""}${patterns ? `: ${patterns}` : ""}`,
  ];
  for (const evidence of verdict.claim) lines.push(`  claim    ${describeEvidence(evidence)}`);
  for (const match of verdict.patterns)
    for (const evidence of match.evidence)
      lines.push(`  ${match.id.padEnd(8)} ${describeEvidence(evidence)}`);
  for (const evidence of verdict.signals) lines.push(`  signal   ${describeEvidence(evidence)}`);
  if (verdict.sender.authenticatedMicrosoft)
    lines.push(`  sender   authenticated Microsoft domain ${verdict.sender.fromDomain}`);
  if (verdict.analysed.skippedCharacters > 0) {
    lines.push(
      `  note     ${verdict.analysed.skippedCharacters} body characters beyond the analysed prefix were not read`,
    );
  }
  if (verdict.analysed.skippedLinks > 0) {
    lines.push(`  note     ${verdict.analysed.skippedLinks} links beyond the first were not checked`);
  }
  return lines;
}
