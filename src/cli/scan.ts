// Scans .eml files, folders of them, or standard input, and prints one verdict per message.

import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Evidence, Verdict } from "../classifier";
import { analyseEml } from "../mail/analyse";
import { MailParseError } from "../mail/parseEml";

export interface ScanResult {
  file: string;
  verdict?: Verdict;
  /** Classification time in milliseconds. */
  ms?: number;
  /** MIME parsing time in milliseconds. */
  parseMs?: number;
  error?: string;
}

/** Every .eml file under `path`, in a stable order; a file given by name is taken as it is. */
export async function expandPath(path: string): Promise<string[]> {
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

export function describeError(error: unknown): string {
  if (error instanceof MailParseError) return `not readable as an email: ${error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return error instanceof Error ? error.message : String(error);
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

export async function scanOne(file: string, raw: Uint8Array): Promise<ScanResult> {
  try {
    const analysis = await analyseEml(raw);
    return { file, verdict: analysis.verdict, ms: round(analysis.ms), parseMs: round(analysis.parseMs) };
  } catch (error) {
    return { file, error: describeError(error) };
  }
}

export type ScanItem =
  { kind: "file"; path: string } | { kind: "stdin" } | { kind: "error"; result: ScanResult };

/** What the command line names, expanded: files in order, folders searched, errors kept in place. */
export async function listInputs(
  paths: readonly string[],
): Promise<{ items: ScanItem[]; emptyFolders: string[] }> {
  const items: ScanItem[] = [];
  const emptyFolders: string[] = [];
  for (const path of paths) {
    if (path === "-") {
      items.push({ kind: "stdin" });
      continue;
    }
    try {
      const files = await expandPath(path);
      if (files.length === 0) emptyFolders.push(path);
      for (const file of files) items.push({ kind: "file", path: file });
    } catch (error) {
      items.push({ kind: "error", result: { file: path, error: describeError(error) } });
    }
  }
  return { items, emptyFolders };
}

/** Yields one result per message, in command-line order; errors are results too. */
export async function* scanItems(items: readonly ScanItem[]): AsyncGenerator<ScanResult> {
  for (const item of items) {
    if (item.kind === "error") yield item.result;
    else if (item.kind === "stdin") yield await scanOne("-", await readStdin());
    else {
      let raw: Buffer;
      try {
        raw = await readFile(item.path);
      } catch (error) {
        yield { file: item.path, error: describeError(error) };
        continue;
      }
      yield await scanOne(item.path, raw);
    }
  }
}

/** Every piece of evidence, by the question it answers. */
export function evidenceOf(verdict: Verdict): Record<"claim" | "origin" | "asks" | "story", Evidence[]> {
  return {
    claim: verdict.claim.evidence,
    origin: verdict.origin.evidence,
    asks: verdict.asks.evidence,
    story: verdict.patterns.flatMap((match) => match.evidence),
  };
}

/**
 * The JSON line contract: {"file","verdict","impersonatesMicrosoft","patterns","generalRule",
 * "reasons","evidence","microsoftVerdict","ms","parseMs"} or {"file","error"}.
 */
export function toJsonLine(result: ScanResult): string {
  if (!result.verdict) return JSON.stringify({ file: result.file, error: result.error ?? "unknown error" });
  const verdict = result.verdict;
  return JSON.stringify({
    file: result.file,
    verdict: verdict.level,
    impersonatesMicrosoft: verdict.impersonatesMicrosoft,
    patterns: verdict.patterns.map((match) => match.id),
    generalRule: verdict.generalRule,
    reasons: verdict.reasons,
    evidence: evidenceOf(verdict),
    microsoftVerdict: verdict.origin.microsoftVerdict ?? null,
    ms: result.ms,
    parseMs: result.parseMs,
  });
}

/**
 * Message text as a terminal shows it safely: control characters (which could move the cursor,
 * clear the screen or set the window title) and bidirectional overrides (which reorder what is
 * shown) written as \u escapes.
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function describeEvidence(evidence: Evidence): string {
  const detail = evidence.detail ? ` -> ${printable(evidence.detail)}` : "";
  return `${evidence.signal} [${evidence.location}] ${printable(JSON.stringify(evidence.text))}${detail}`;
}

export function toHumanLines(result: ScanResult): string[] {
  if (!result.verdict)
    return [`${printable(result.file)}: error: ${printable(result.error ?? "unknown error")}`];
  const verdict = result.verdict;
  const headline = verdict.level === "none" ? "no known scam pattern" : verdict.level.toUpperCase();
  const patterns = verdict.patterns.map((match) => `${match.id} (${match.confidence})`).join(", ");
  const story = patterns || (verdict.generalRule ? "general rule (speaks as Microsoft from elsewhere)" : "");
  const lines = [
    `${printable(result.file)}: ${headline}${verdict.impersonatesMicrosoft ? ", impersonates Microsoft" : ""}${story ? `: ${story}` : ""}`,
  ];
  const microsoftVerdict = verdict.origin.microsoftVerdict;
  if (microsoftVerdict) {
    const parts = [
      microsoftVerdict.category && `CAT:${microsoftVerdict.category}`,
      microsoftVerdict.filterVerdict && `SFV:${microsoftVerdict.filterVerdict}`,
      microsoftVerdict.safetyTip && `SFTY:${microsoftVerdict.safetyTip}`,
      microsoftVerdict.scl !== undefined && `SCL:${microsoftVerdict.scl}`,
      microsoftVerdict.compauth !== "unknown" &&
        `compauth=${microsoftVerdict.compauth} reason=${microsoftVerdict.compauthReason}`,
    ].filter(Boolean);
    lines.push(`  microsoft ${printable(parts.join(" "))}${microsoftVerdict.threat ? " (threat)" : ""}`);
  }
  for (const [question, list] of Object.entries(evidenceOf(verdict)))
    for (const evidence of list) lines.push(`  ${question.padEnd(8)} ${describeEvidence(evidence)}`);
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
