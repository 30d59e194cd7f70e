// Reads an internet-header block offline: unfolds it, finds fields, and parses
// Authentication-Results / ARC-Authentication-Results (RFC 8601) into SPF, DKIM, DMARC and
// Microsoft's compauth results.

import type { Authentication, AuthResult } from "./types";

export interface HeaderField {
  /** Lower-case name. */
  name: string;
  value: string;
}

/** Above this many header characters the rest is not read; real blocks are a few KB. */
export const MAX_HEADER_CHARACTERS = 256 * 1024;

export function parseHeaderBlock(block: string): HeaderField[] {
  const fields: HeaderField[] = [];
  const limited = block.length > MAX_HEADER_CHARACTERS ? block.slice(0, MAX_HEADER_CHARACTERS) : block;
  let current: HeaderField | undefined;
  for (const line of limited.split(/\r?\n/)) {
    if (line.length === 0) {
      if (fields.length > 0 || current) break;
      continue;
    }
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && current) {
      current.value += " " + line.trim();
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    current = { name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() };
    fields.push(current);
  }
  return fields;
}

export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  return fields.filter((field) => field.name === name).map((field) => field.value);
}

const KNOWN_RESULTS: ReadonlySet<string> = new Set([
  "pass",
  "fail",
  "softfail",
  "neutral",
  "none",
  "temperror",
  "permerror",
]);

function toResult(value: string | undefined): AuthResult {
  if (!value) return "unknown";
  const lower = value.toLowerCase();
  if (lower === "hardfail") return "fail";
  if (lower === "bestguesspass") return "neutral";
  return KNOWN_RESULTS.has(lower) ? (lower as AuthResult) : "unknown";
}

/** Removes RFC 5322 comments "(…)" without recursion or backtracking. */
function stripComments(value: string): string {
  let depth = 0;
  let out = "";
  for (const character of value) {
    if (character === "(") depth += 1;
    else if (character === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += character;
  }
  return out;
}

function emptyAuthentication(): Authentication {
  return {
    spf: "unknown",
    dkim: "unknown",
    dkimDomains: [],
    dmarc: "unknown",
    compauth: "unknown",
    present: false,
  };
}

/** Parses one Authentication-Results value into `into`, keeping the first result per method. */
function readResults(value: string, into: Authentication): void {
  const segments = stripComments(value).split(";");
  for (const segment of segments) {
    const tokens = segment.trim().split(/\s+/);
    const head = tokens[0];
    if (!head) continue;
    const equals = head.indexOf("=");
    if (equals <= 0) continue;
    const method = head.slice(0, equals).toLowerCase();
    const result = toResult(head.slice(equals + 1));
    into.present = true;
    if (method === "spf" && into.spf === "unknown") into.spf = result;
    else if (method === "dmarc" && into.dmarc === "unknown") into.dmarc = result;
    else if (method === "compauth" && into.compauth === "unknown") into.compauth = result;
    else if (method === "dkim") {
      if (into.dkim !== "pass") into.dkim = result;
      if (result === "pass") {
        for (const token of tokens.slice(1)) {
          const lower = token.toLowerCase();
          if (lower.startsWith("header.d="))
            into.dkimDomains.push(lower.slice(9).replace(/[^a-z0-9.-]/g, ""));
          else if (lower.startsWith("header.i=")) {
            const domain = lower.slice(9).split("@").pop() ?? "";
            into.dkimDomains.push(domain.replace(/[^a-z0-9.-]/g, ""));
          }
        }
      }
    }
  }
}

/**
 * Authentication results from the receiving system. Only the top-most Authentication-Results
 * is trusted: a sender can write any such header lower in the block, but the recipient's own
 * server adds its header above everything that came before. Without one, the newest ARC set
 * (highest i=) is read, then Received-SPF.
 */
export function readAuthentication(fields: readonly HeaderField[]): Authentication {
  const authentication = emptyAuthentication();
  const topmost = headerValues(fields, "authentication-results")[0];
  if (topmost !== undefined) {
    readResults(topmost, authentication);
  } else {
    let newest: { instance: number; value: string } | undefined;
    for (const value of headerValues(fields, "arc-authentication-results")) {
      const instance = Number(/^\s*i\s*=\s*(\d{1,3})/.exec(value)?.[1] ?? "0");
      if (!newest || instance > newest.instance)
        newest = { instance, value: value.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, "") };
    }
    if (newest) readResults(newest.value, authentication);
  }
  if (authentication.spf === "unknown") {
    const receivedSpf = headerValues(fields, "received-spf")[0];
    if (receivedSpf) {
      authentication.spf = toResult(receivedSpf.trim().split(/\s/)[0]);
      authentication.present = true;
    }
  }
  return authentication;
}

/** The domain of an address such as "Name <user@example.com>" or "<user@example.com>". */
export function domainOfAddress(address: string): string {
  const inner = /<([^<>]*)>/.exec(address)?.[1] ?? address;
  const at = inner.lastIndexOf("@");
  if (at < 0) return "";
  return inner
    .slice(at + 1)
    .trim()
    .replace(/[>\s].*$/, "")
    .toLowerCase();
}
