// Where each link really goes, compared with what the reader is shown.

import { LINK_SHORTENERS, SAFE_LINKS_HOST_SUFFIX } from "./data/senders";
import {
  findLookalikeDomain,
  hostOfUrl,
  isIpAddress,
  isMicrosoftHostedCustomerDomain,
  isMicrosoftLinkDomain,
  parseDomain,
  registrableDomain,
  type Lookalike,
} from "./domains";
import type { ExtractedLink } from "./html";
import { trimWhere } from "./trim";

export interface LinkFacts {
  /** As written in the message. */
  href: string;
  text: string;
  /** The destination after unwrapping Outlook Safe Links. */
  destination: string;
  scheme: string;
  host: string;
  registrable: string;
  microsoft: boolean;
  microsoftHostedCustomerContent: boolean;
  shortener: boolean;
  ipLiteral: boolean;
  /** The visible text names another site than the one the link opens. */
  textShowsOtherDomain: string | undefined;
  lookalike: Lookalike | undefined;
}

/** Outlook rewrites links as https://…safelinks.protection.outlook.com/?url=<real>&…; the real one is what counts. */
export function unwrapSafeLinks(href: string): string {
  const host = hostOfUrl(href);
  if (!host.endsWith(SAFE_LINKS_HOST_SUFFIX)) return href;
  try {
    const inner = new URL(href).searchParams.get("url");
    return inner ?? href;
  } catch {
    return href;
  }
}

/** A percent-encoded part of an address, decoded; as written when it is not valid encoding. */
export function decodeUrlPart(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The address a mailto: link writes to, decoded and lower-cased ("" for another scheme). */
export function mailtoAddress(link: LinkFacts): string {
  if (link.scheme !== "mailto") return "";
  return decodeUrlPart(link.destination.slice("mailto:".length).split("?")[0] ?? "")
    .trim()
    .toLowerCase();
}

function schemeOf(url: string): string {
  const match = /^\s*([a-z][a-z0-9+.-]{0,20}):/i.exec(url);
  return match?.[1]?.toLowerCase() ?? "";
}

/**
 * A domain written as visible link text ("account.microsoft.com", "https://login.live.com/…"):
 * the first word that tldts reads as a host under a real public suffix.
 */
function domainShownInText(text: string): string | undefined {
  for (const word of text.slice(0, 300).split(/\s+/)) {
    const candidate = trimWhere(word, (character) => !/[a-z0-9/]/i.test(character));
    if (!candidate.includes(".")) continue;
    const parsed = parseDomain(
      /^[a-z][a-z0-9+.-]*:\/\//i.test(candidate) ? candidate : `http://${candidate}`,
    );
    if (parsed.hostname && parsed.domain && (parsed.isIcann || parsed.isPrivate) && !parsed.isIp)
      return parsed.hostname.toLowerCase();
  }
  return undefined;
}

export function describeLink(link: ExtractedLink): LinkFacts {
  const destination = unwrapSafeLinks(link.href.trim());
  const scheme = schemeOf(destination) || (destination.toLowerCase().startsWith("www.") ? "http" : "");
  const webLink = scheme === "http" || scheme === "https";
  const host = webLink
    ? hostOfUrl(scheme === "http" && !/^http/i.test(destination) ? `http://${destination}` : destination)
    : "";
  const registrable = host ? registrableDomain(host) : "";
  const shownHost = domainShownInText(link.text);
  const textShowsOtherDomain =
    shownHost && host && registrableDomain(shownHost) !== registrable ? shownHost : undefined;
  return {
    href: link.href,
    text: link.text,
    destination,
    scheme,
    host,
    registrable,
    microsoft: host !== "" && isMicrosoftLinkDomain(host),
    microsoftHostedCustomerContent: host !== "" && isMicrosoftHostedCustomerDomain(host),
    shortener: host !== "" && (LINK_SHORTENERS.has(host) || LINK_SHORTENERS.has(registrable)),
    ipLiteral: host !== "" && isIpAddress(host.replace(/^\[|\]$/g, "")),
    textShowsOtherDomain,
    lookalike: host ? findLookalikeDomain(host) : undefined,
  };
}
