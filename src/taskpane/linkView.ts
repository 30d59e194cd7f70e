// How the card shows a link's destination: the host with the part that names its owner, the rest
// elided, and places a long address may wrap.

import { getDomain } from "tldts";

/** A link's destination as a reader checks it: the host, with the part that names the owner. */
export interface LinkView {
  /** Host labels before the registrable domain ("accounts."), "" when there are none. */
  subdomain: string;
  /** The registrable domain: who owns the site. */
  registrable: string;
  /** Anything after the host: the card elides it, the full address shows it. */
  hasPath: boolean;
  full: string;
}

/**
 * Splits a link's destination for display. The registrable domain is found with the whole Public
 * Suffix List, private suffixes included, as the classifier finds it (a site on web.app or
 * pages.dev belongs to whoever registered its name there).
 */
export function linkView(destination: string): LinkView | undefined {
  let url: URL;
  try {
    url = new URL(destination);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const registrable = getDomain(host, { allowPrivateDomains: true }) ?? host;
  const subdomain = host.endsWith(registrable) ? host.slice(0, host.length - registrable.length) : "";
  return {
    subdomain,
    registrable,
    hasPath: url.pathname.length > 1 || url.search !== "" || url.hash !== "",
    full: destination,
  };
}

/** Places a long address may wrap: after slashes, dots, @, ?, & and =, never inside a word. */
export function wrapPoints(text: string): string[] {
  return text.split(/(?<=[/.@?&=_-])/);
}
