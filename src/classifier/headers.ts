// Reads an internet-header block offline: unfolds it, finds fields, follows the Received trace to
// tell the header fields the receiving servers wrote from those the sender wrote, and parses the
// trusted Authentication-Results (RFC 8601) into SPF, DKIM, DMARC and Microsoft's compauth.
//
// Why the trace: a sender can write any header into its own message, Authentication-Results and
// Microsoft's verdict headers included. Each receiving server adds its Received field (and, usually,
// its Authentication-Results) above what it received. Walking the Received fields from the top,
// the servers of the receiving organisation follow each other; the first hop that came *from*
// outside is where the message arrived (the entry hop). What lies above it was written on arrival.
// A hop that came from Microsoft into a forwarding server continues the walk into Microsoft's hops,
// so mail Microsoft received and then forwarded keeps Microsoft's stamps.

import { parseDomain, registrableDomain } from "./domains";
import { MICROSOFT_MAIL_HOST_DOMAINS } from "./data/microsoft";
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

/** Removes RFC 5322 comments "(…)" without recursion or backtracking. */
export function stripComments(value: string): string {
  let depth = 0;
  let out = "";
  for (const character of value) {
    if (character === "(") depth += 1;
    else if (character === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += character;
  }
  return out;
}

/** The host a Received field names after `from` and after `by`, lower case; "" when absent. */
export function parseReceived(value: string): { from: string; by: string } {
  const tokens = stripComments(value).split(";")[0]?.trim().split(/\s+/) ?? [];
  let from = "";
  let by = "";
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const word = tokens[index]?.toLowerCase();
    const next = (tokens[index + 1] ?? "").toLowerCase().replace(/^\[|\]$/g, "");
    if (word === "from" && !from) from = next;
    else if (word === "by" && !by) by = next;
  }
  return { from, by };
}

/** Microsoft's mail servers (Exchange Online, Outlook.com) are one organisation, whatever their names. */
export function isMicrosoftMailHost(host: string): boolean {
  return MICROSOFT_MAIL_HOST_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Which organisation runs a host: "microsoft" for Microsoft's mail servers, else its registrable domain; "" for no name. */
function organisationOf(host: string): string {
  if (!host || host === "localhost" || !host.includes(".")) return "";
  if (parseDomain(host).isIp) return "";
  if (isMicrosoftMailHost(host)) return "microsoft";
  return registrableDomain(host);
}

export interface Trace {
  /** Received fields found at all. */
  known: boolean;
  /** Index (in the field list) of the entry hop's Received field; fields above it were written on arrival. */
  entryIndex: number;
  /** Index of the next Received field below the entry hop (fields.length when none). */
  belowEntryIndex: number;
  /** The organisation that received the message from outside. */
  receiver: string;
  /** Microsoft's servers are in the trusted part of the trace: its verdict headers are its own. */
  microsoftReceived: boolean;
  /** Indices of the trusted Received fields whose `by` is a Microsoft server. */
  microsoftHops: number[];
}

export function readTrace(fields: readonly HeaderField[]): Trace {
  const received = fields.flatMap((field, index) => (field.name === "received" ? [index] : []));
  const trace: Trace = {
    known: received.length > 0,
    entryIndex: fields.length,
    belowEntryIndex: fields.length,
    receiver: "",
    microsoftReceived: false,
    microsoftHops: [],
  };
  const trusted = new Set<string>();
  for (const [position, index] of received.entries()) {
    const hop = parseReceived(fields[index]?.value ?? "");
    const by = organisationOf(hop.by);
    if (by) {
      if (trusted.size === 0) {
        trusted.add(by);
        trace.receiver = by;
      } else if (!trusted.has(by)) {
        // The chain breaks: this field was written before anyone we trust handled the message.
        trace.entryIndex = index;
        trace.belowEntryIndex = index;
        break;
      }
      if (by === "microsoft") trace.microsoftHops.push(index);
    }
    const from = organisationOf(hop.from);
    if (!from || trusted.has(from)) continue;
    if (from === "microsoft") {
      // A hop that left Microsoft for a forwarding server: Microsoft's own hops follow below.
      trusted.add(from);
      continue;
    }
    trace.entryIndex = index;
    trace.belowEntryIndex = received[position + 1] ?? fields.length;
    break;
  }
  trace.microsoftReceived = trace.microsoftHops.length > 0;
  return trace;
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
  if (lower === "softpass") return "neutral";
  return KNOWN_RESULTS.has(lower) ? (lower as AuthResult) : "unknown";
}

export function emptyAuthentication(): Authentication {
  return {
    spf: "unknown",
    spfDomain: "",
    dkim: "unknown",
    dkimDomains: [],
    dmarc: "unknown",
    compauth: "unknown",
    compauthReason: "",
    present: false,
  };
}

function cleanDomain(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9.-]/g, "");
}

/** Parses one Authentication-Results value into `into`, keeping the first result per method. */
export function readResults(value: string, into: Authentication): void {
  for (const segment of stripComments(value).split(";")) {
    const tokens = segment.trim().split(/\s+/);
    const head = tokens[0];
    if (!head) continue;
    const equals = head.indexOf("=");
    if (equals <= 0) continue;
    const method = head.slice(0, equals).toLowerCase();
    const result = toResult(head.slice(equals + 1));
    const property = (name: string): string | undefined =>
      tokens
        .slice(1)
        .find((token) => token.toLowerCase().startsWith(`${name}=`))
        ?.slice(name.length + 1);
    into.present = true;
    if (method === "spf" && into.spf === "unknown") {
      into.spf = result;
      const mailFrom = property("smtp.mailfrom") ?? "";
      const domain = mailFrom.includes("@") ? mailFrom.split("@").pop() : mailFrom;
      into.spfDomain = cleanDomain(domain || property("smtp.helo") || "");
    } else if (method === "dmarc" && into.dmarc === "unknown") into.dmarc = result;
    else if (method === "compauth" && into.compauth === "unknown") {
      // compauth=softpass is Microsoft's "soft pass": kept apart from pass.
      into.compauth = head.slice(equals + 1).toLowerCase() === "softpass" ? "neutral" : result;
      into.compauthReason = (property("reason") ?? "").replace(/[^0-9]/g, "");
    } else if (method === "dkim") {
      if (into.dkim !== "pass") into.dkim = result;
      if (result === "pass") {
        const signer = property("header.d") ?? property("header.i")?.split("@").pop() ?? "";
        if (signer) into.dkimDomains.push(cleanDomain(signer));
      }
    }
  }
}

/** The authserv-id an Authentication-Results value starts with ("mx.google.com"), "" when it has none. */
function authservId(value: string): string {
  const first = stripComments(value).split(";")[0]?.trim() ?? "";
  return first.includes("=") ? "" : (first.split(/\s+/)[0] ?? "").toLowerCase();
}

/** The field index of the Authentication-Results the receiving system wrote, or -1. */
export function trustedResultsIndex(
  fields: readonly HeaderField[],
  trace: Trace,
  name = "authentication-results",
): number {
  for (const [index, field] of fields.entries()) {
    if (field.name !== name) continue;
    if (index < trace.entryIndex) return index;
    // Some receivers (Gmail) write their results just below their entry hop, naming themselves.
    if (index < trace.belowEntryIndex && trace.known) {
      const entry = parseReceived(fields[trace.entryIndex]?.value ?? "");
      const id = authservId(field.value);
      if (id && organisationOf(id) !== "" && organisationOf(id) === organisationOf(entry.by)) return index;
    }
  }
  return -1;
}

/**
 * Authentication results from the receiving system (see the trace above). Without a trusted
 * Authentication-Results, the newest trusted ARC set (highest i=) is read, then Received-SPF.
 */
export function readAuthentication(
  fields: readonly HeaderField[],
  trace = readTrace(fields),
): Authentication {
  const authentication = emptyAuthentication();
  const trusted = trustedResultsIndex(fields, trace);
  if (trusted >= 0) {
    readResults(fields[trusted]?.value ?? "", authentication);
  } else {
    let newest: { instance: number; value: string } | undefined;
    for (const [index, field] of fields.entries()) {
      if (field.name !== "arc-authentication-results" || index >= trace.entryIndex) continue;
      const instance = Number(/^\s*i\s*=\s*(\d{1,3})/.exec(field.value)?.[1] ?? "0");
      if (!newest || instance > newest.instance)
        newest = { instance, value: field.value.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, "") };
    }
    if (newest) readResults(newest.value, authentication);
  }
  if (authentication.spf === "unknown") {
    const index = fields.findIndex(
      (field, position) => field.name === "received-spf" && position < trace.belowEntryIndex,
    );
    const receivedSpf = fields[index]?.value;
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
