// Domain facts: registrable domains (tldts, with the whole Public Suffix List: a sender on a
// user-content host such as web.app, github.io or jp.net is judged by its own name), Microsoft's
// own domains, internationalised names (punycode) and domains dressed up to look like Microsoft's.

import { getDomain, getHostname, parse as tldtsParse } from "tldts";
import { toUnicode } from "punycode/";
import { CONFUSABLE_TO_LATIN, LEET_TO_LETTER } from "./data/confusables";
import {
  MICROSOFT_DOMAIN_LABELS,
  MICROSOFT_HOSTED_CUSTOMER_DOMAINS,
  MICROSOFT_LINK_DOMAINS,
  MICROSOFT_SENDING_DOMAINS,
  type DomainEntry,
} from "./data/microsoft";

/** Private suffixes count: "foo.web.app" is foo's, not Google's. */
const SUFFIX_OPTIONS = { allowPrivateDomains: true } as const;

export function registrableDomain(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, "");
  return getDomain(lower, SUFFIX_OPTIONS) ?? lower;
}

export function parseDomain(host: string): ReturnType<typeof tldtsParse> {
  return tldtsParse(host, SUFFIX_OPTIONS);
}

export function hostOfUrl(url: string): string {
  return (getHostname(url) ?? "").toLowerCase();
}

export function isIpAddress(host: string): boolean {
  return parseDomain(host).isIp === true;
}

function inList(host: string, list: readonly DomainEntry[]): boolean {
  const lower = host.toLowerCase().replace(/\.$/, "");
  return list.some(
    (entry) => lower === entry.domain || (entry.subdomains && lower.endsWith("." + entry.domain)),
  );
}

export function isMicrosoftSendingDomain(host: string): boolean {
  return inList(host, MICROSOFT_SENDING_DOMAINS);
}

/** A site Microsoft runs itself; customer-controlled Microsoft hosting does not count. */
export function isMicrosoftLinkDomain(host: string): boolean {
  return !inList(host, MICROSOFT_HOSTED_CUSTOMER_DOMAINS) && inList(host, MICROSOFT_LINK_DOMAINS);
}

export function isMicrosoftHostedCustomerDomain(host: string): boolean {
  return inList(host, MICROSOFT_HOSTED_CUSTOMER_DOMAINS);
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("Microsfot"), as
 * misspelt brands usually are (optimal string alignment). Bounded: returns `limit + 1` as soon
 * as it is exceeded.
 */
export function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    let rowMinimum = row;
    for (let column = 1; column <= right.length; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      if (
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1]
      ) {
        value = Math.min(value, (beforePrevious[column - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[right.length] ?? limit + 1;
}

/** A brand word's "skeleton": look-alike letters and digits read as the letters they imitate. */
export function brandSkeleton(word: string): string {
  let out = "";
  for (const character of word.normalize("NFKC").toLowerCase()) {
    out += CONFUSABLE_TO_LATIN.get(character) ?? LEET_TO_LETTER.get(character) ?? character;
  }
  return out.replace(/rn/g, "m").replace(/vv/g, "w");
}

/** Brand labels in skeleton form, so "office365" is compared with what "0ffice365" folds to. */
const BRAND_LABEL_SKELETONS: ReadonlyArray<readonly [string, string]> = MICROSOFT_DOMAIN_LABELS.map(
  (brand) => [brand, brandSkeleton(brand)] as const,
);

export type LookalikeReason = "confusable-characters" | "punycode" | "misspelt-brand" | "brand-in-domain";

export interface Lookalike {
  domain: string;
  /** The domain as a reader sees it (punycode decoded). */
  displayed: string;
  brand: string;
  reason: LookalikeReason;
}

/**
 * Whether `host` is dressed up as a Microsoft domain without being one: Microsoft's name inside
 * a foreign domain ("microsoft-support.help", "microsoft.com.evil.example"), written with look-alike
 * letters or digits ("micros0ft.com", "rnicrosoft.com", "xn--mcrosoft-…"), or misspelt in the
 * name the owner registered ("microsfot.com"). A near-miss in a subdomain ("hotmail1.mailer.example")
 * is the owner's naming, not a disguise a reader is shown.
 */
const lookalikeCache = new Map<string, Lookalike | undefined>();
const LOOKALIKE_CACHE_SIZE = 4096;

/** findLookalikeDomain, remembered: a message repeats its hosts, and mail repeats senders. */
export function findLookalikeDomain(host: string): Lookalike | undefined {
  const lower = host.toLowerCase();
  if (lookalikeCache.has(lower)) return lookalikeCache.get(lower);
  const found = lookalikeOf(lower);
  if (lookalikeCache.size >= LOOKALIKE_CACHE_SIZE) lookalikeCache.clear();
  lookalikeCache.set(lower, found);
  return found;
}

function lookalikeOf(lower: string): Lookalike | undefined {
  // Customer domains under Microsoft's own (tenant.onmicrosoft.com) are Microsoft's naming, not a disguise.
  if (
    !lower ||
    inList(lower, MICROSOFT_LINK_DOMAINS) ||
    inList(lower, MICROSOFT_HOSTED_CUSTOMER_DOMAINS) ||
    isIpAddress(lower)
  ) {
    return undefined;
  }
  // Every label left of the public suffix counts: "microsoft.com.evil.example" and
  // "microsoft-support.jp.net" dress up a subdomain, not only the registrable name.
  const suffix = parseDomain(lower).publicSuffix ?? "";
  const name = suffix && lower.endsWith(`.${suffix}`) ? lower.slice(0, -(suffix.length + 1)) : lower;
  const displayed = toUnicodeSafe(lower) ?? lower;
  for (const [brand, brandShape] of BRAND_LABEL_SKELETONS) {
    const labels = name.split(".");
    for (const [position, label] of labels.entries()) {
      const shown = toUnicodeSafe(label) ?? label;
      const shape = brandSkeleton(shown);
      if (shape === brandShape) {
        if (label.startsWith("xn--")) return { domain: lower, displayed, brand, reason: "punycode" };
        if (shown !== brand) return { domain: lower, displayed, brand, reason: "confusable-characters" };
        // The brand itself under another suffix (hotmail.co.jp, outlook.fr) is Microsoft's own;
        // only as someone else's subdomain is it a disguise.
        if (position === labels.length - 1) continue;
        return { domain: lower, displayed, brand, reason: "brand-in-domain" };
      }
      const words = shape.split(/[-_]/);
      const registeredLabel = position === labels.length - 1;
      if (
        registeredLabel &&
        brand.length >= 7 &&
        words.some((word) => word.length >= 6 && editDistance(word, brandShape, 1) === 1)
      ) {
        return { domain: lower, displayed, brand, reason: "misspelt-brand" };
      }
      const strongBrand = brand !== "outlook" && brand !== "hotmail";
      if (strongBrand ? shape.includes(brandShape) : words.includes(brandShape)) {
        return { domain: lower, displayed, brand, reason: "brand-in-domain" };
      }
    }
  }
  return undefined;
}

function toUnicodeSafe(label: string): string | undefined {
  try {
    return toUnicode(label);
  } catch {
    return undefined;
  }
}
