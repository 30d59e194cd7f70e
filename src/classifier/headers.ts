// Reads an internet-header block offline: unfolds it, finds fields, follows the Received trace to
// tell the header fields the receiving servers wrote from those the sender wrote, and parses the
// trusted Authentication-Results (RFC 8601) into SPF, DKIM, DMARC and Microsoft's compauth.
//
// Why the trace: a sender can write any header into its own message, Authentication-Results and
// Microsoft's verdict headers included. Each receiving server adds its Received field (and, usually,
// its Authentication-Results) above what it received. Walking the Received fields from the top,
// the servers of the receiving organisation follow each other; the first hop that came *from*
// outside is where the message arrived (the entry hop). What lies above it was written on arrival.
// A hop that came from Microsoft into a forwarding server continues the walk into Microsoft's hops
// (when the forwarder looked Microsoft's name up itself), so mail Microsoft received and then
// forwarded keeps Microsoft's stamps. Without any Received field nothing is trusted.

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

export interface ReceivedHop {
  /** The name the connecting server gave itself (HELO), lower case; "" without a from clause. */
  from: string;
  /**
   * The connecting server's name as the receiving server looked it up ("host [ip]" in the
   * comment): the receiver wrote it, the sender could not choose it. "" when not given.
   */
  fromVerified: string;
  /** The receiving server. */
  by: string;
  /** The field has a from clause at all ("Received: by …" hops inside one server have none). */
  hasFrom: boolean;
  /** The receiver wrote the connecting address ("[ip]") beside the from clause: it looked. */
  fromLookedUp: boolean;
}

const HOST_NAME = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** "mail.example. [192.0.2.1]" → "mail.example"; "unknown [192.0.2.1]" or no address → "". */
function lookedUpName(comment: string): string {
  const bracket = comment.indexOf("[");
  if (bracket <= 0) return "";
  const name = comment.slice(0, bracket).trim().split(/\s+/).pop()?.toLowerCase().replace(/\.$/, "") ?? "";
  return HOST_NAME.test(name) ? name : "";
}
const LOOPBACK = new Set(["localhost", "localhost.localdomain", "127.0.0.1", "::1"]);

/** The hosts a Received field names after `from` and after `by`, lower case; "" when absent. */
export function parseReceived(value: string): ReceivedHop {
  const tokens = stripComments(value).split(";")[0]?.trim().split(/\s+/) ?? [];
  let from = "";
  let by = "";
  let hasFrom = false;
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const word = tokens[index]?.toLowerCase();
    const next = (tokens[index + 1] ?? "").toLowerCase().replace(/^\[|\]$/g, "");
    if (word === "from" && !hasFrom) {
      from = next;
      hasFrom = true;
    } else if (word === "by" && !by) by = next;
  }
  // The comment right after the from clause: "from helo (rdns [ip])".
  const comment = /^\s*from\s+\S+\s*\(([^()]{0,300})\)/i.exec(value)?.[1] ?? "";
  const fromVerified = lookedUpName(comment);
  const fromLookedUp = /\[[0-9a-f:.]{2,45}\]/i.test(comment);
  return { from, fromVerified, by, hasFrom, fromLookedUp };
}

/** Microsoft's mail servers (Exchange Online, Outlook.com) are one organisation, whatever their names. */
export function isMicrosoftMailHost(host: string): boolean {
  return MICROSOFT_MAIL_HOST_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Which organisation runs a host: "microsoft" for Microsoft's mail servers, else its registrable domain; "" for no name. */
function organisationOf(host: string): string {
  if (!host || !host.includes(".")) return "";
  if (parseDomain(host).isIp) return "";
  if (isMicrosoftMailHost(host)) return "microsoft";
  return registrableDomain(host);
}

/**
 * Receivers that write their Authentication-Results just below the Received field of their entry
 * hop rather than above it, naming themselves, and remove copies that name them (RFC 8601 §5):
 * Gmail. Source: Gmail's own trace fields (kind "standard").
 */
const RESULTS_BELOW_ENTRY: ReadonlySet<string> = new Set(["google.com"]);

export interface Trace {
  /** Received fields found at all. */
  known: boolean;
  /** Index (in the field list) of the entry hop's Received field; fields above it were written on arrival. */
  entryIndex: number;
  /** Index of the next Received field below the entry hop (fields.length when none). */
  belowEntryIndex: number;
  /** The organisation of the top-most receiving server: "microsoft" for Exchange Online and Outlook.com. */
  receiver: string;
  /** Microsoft's servers received the message: its verdict headers are its own. */
  microsoftReceived: boolean;
  /** Index of the first Received field Microsoft's servers wrote (where its own results start). */
  microsoftStart: number;
}

/**
 * Walks the Received fields from the top while each was written by a server the one above it
 * trusts. A hop from an unnamed server, an address, or a name of another organisation is where
 * the message arrived from outside. A hop from Microsoft into a forwarding server continues into
 * Microsoft's own hops only when the forwarding server looked the name up itself ("host [ip]"):
 * any sender can call itself *.outlook.com. Inside a receiver that is not Microsoft, a hop from its
 * own organisation continues when the looked-up name is its own too, or when the receiver wrote no
 * looked-up address at all (internal relays often do not); a hop whose looked-up address has
 * another name, or none, is an outsider using the receiver's name. Exchange Online writes no
 * looked-up names; its own results and verdict sit where a sender cannot put them (see origin.ts).
 */
export function readTrace(fields: readonly HeaderField[]): Trace {
  const received = fields.flatMap((field, index) => (field.name === "received" ? [index] : []));
  const trace: Trace = {
    known: received.length > 0,
    entryIndex: fields.length,
    belowEntryIndex: fields.length,
    receiver: "",
    microsoftReceived: false,
    microsoftStart: fields.length,
  };
  const trusted = new Set<string>();
  const arrived = (position: number, index: number): void => {
    trace.entryIndex = index;
    trace.belowEntryIndex = received[position + 1] ?? fields.length;
  };
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
      if (by === "microsoft" && trace.microsoftStart === fields.length) trace.microsoftStart = index;
    }
    if (!hop.hasFrom || LOOPBACK.has(hop.from)) continue;
    const from = organisationOf(hop.from);
    const verified = organisationOf(hop.fromVerified);
    if (from === "") {
      arrived(position, index);
      break;
    }
    // Inside one organisation: a receiver that writes the looked-up name must show its own; one
    // that writes no address for its internal hops (many relays) is taken at its word, as an
    // outsider cannot reach a relay behind the entry server.
    if (trusted.has(from) && (from === "microsoft" || verified === from || !hop.fromLookedUp)) continue;
    if (from === "microsoft" && verified === "microsoft") {
      // A hop that left Microsoft for a forwarding server: Microsoft's own hops follow below.
      trusted.add(from);
      continue;
    }
    arrived(position, index);
    break;
  }
  trace.microsoftReceived = trace.microsoftStart < fields.length;
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

/**
 * Whether a results field (Authentication-Results, ARC-Authentication-Results, Received-SPF) at
 * `index` was written by the receiving system: above the entry hop, or just below it for a
 * receiver known to write there, naming itself. Without a Received trace nothing is trusted: any
 * sender can write such a field.
 */
function writtenOnArrival(fields: readonly HeaderField[], trace: Trace, index: number): boolean {
  if (!trace.known) return false;
  if (index < trace.entryIndex) return true;
  if (index >= trace.belowEntryIndex || !RESULTS_BELOW_ENTRY.has(trace.receiver)) return false;
  return organisationOf(authservId(fields[index]?.value ?? "")) === trace.receiver;
}

/** The field index of the Authentication-Results the receiving system wrote, or -1. */
export function trustedResultsIndex(fields: readonly HeaderField[], trace: Trace): number {
  return fields.findIndex(
    (field, index) => field.name === "authentication-results" && writtenOnArrival(fields, trace, index),
  );
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
      if (field.name !== "arc-authentication-results" || !writtenOnArrival(fields, trace, index)) continue;
      const instance = Number(/^\s*i\s*=\s*(\d{1,3})/.exec(field.value)?.[1] ?? "0");
      if (!newest || instance > newest.instance)
        newest = { instance, value: field.value.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, "") };
    }
    if (newest) readResults(newest.value, authentication);
  }
  if (authentication.spf === "unknown") {
    const index = fields.findIndex(
      (field, position) => field.name === "received-spf" && writtenOnArrival(fields, trace, position),
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
