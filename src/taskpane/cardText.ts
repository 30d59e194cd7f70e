// Presentation helpers for the card's first screen: the kind of threat Microsoft's own filter
// found, the values a reason sentence shows, and characters a reader cannot see made visible. Pure: they
// turn a Verdict into words and never judge the message.

import { threatOfCodes, type ThreatKind } from "../classifier/data/microsoftVerdict";
import type { AdviceId, MicrosoftVerdict, Reason, Verdict } from "../classifier/types";
import type { Catalogue } from "../i18n/catalogue";

/**
 * The kind of threat Microsoft's own filter found, for the first screen's line: the one its codes
 * name (the same the classifier's `threat` flag reads); else a failed sender check, which is spoofing.
 */
export function threatKind(verdict: MicrosoftVerdict): ThreatKind {
  return threatOfCodes(verdict.category, verdict.safetyTip, verdict.filterVerdict) ?? "spoof";
}

/** Longest link text a reason quotes; longer text is cut with an ellipsis. */
const MAX_LABEL = 60;

/** What a link's visible text looks like in a sentence: a written address as its host, words cut short. */
export function linkLabel(label: string): string {
  const trimmed = label.trim();
  if (/^(https?:\/\/|www\.)\S+$/i.test(trimmed)) {
    try {
      return new URL(/^www\./i.test(trimmed) ? `http://${trimmed}` : trimmed).hostname;
    } catch {
      // Not a parsable address after all: shown as words.
    }
  }
  return trimmed.length > MAX_LABEL ? `${trimmed.slice(0, MAX_LABEL - 1).trimEnd()}…` : trimmed;
}

/** The values a reason sentence shows, ready to display. */
export function reasonValues(
  reason: Reason,
  catalogue: Catalogue,
  microsoftVerdict: MicrosoftVerdict | undefined,
) {
  const values: Record<string, string> = { ...reason.values };
  if (reason.id === "filter-verdict") {
    values["verdict"] = microsoftVerdict ? catalogue.filterThreat[threatKind(microsoftVerdict)] : "";
  }
  if (reason.id === "link-goes-to") values["label"] = linkLabel(reason.values["label"] ?? "");
  if (reason.id === "carried-by-service") {
    const service = reason.values["service"] ?? "";
    values["service"] = Object.prototype.hasOwnProperty.call(catalogue.carrier, service)
      ? catalogue.carrier[service as keyof Catalogue["carrier"]]
      : service;
  }
  return values;
}

/**
 * Characters a reader cannot see but a filter does: zero-width and other format characters after a
 * letter or digit, and variation selectors after a Latin letter or digit ("Micr\u200Bosoft",
 * "M\u{E0101}icrosoft"). Emoji joiners and selectors after symbols are left alone.
 */
const HIDDEN =
  /(?<=[\p{L}\p{N}])[\p{Cf}\u3164\u115F\u1160]+|(?<=[A-Za-z0-9])[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]+/gu;

/** Splits text into visible runs and runs of hidden characters (each run shown as one mark). */
export function splitHidden(text: string): Array<{ text: string; hidden: boolean }> {
  const parts: Array<{ text: string; hidden: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(HIDDEN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hidden: false });
    parts.push({ text: match[0], hidden: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hidden: false });
  return parts;
}

/** Placeholders that name a fact a reader can check: emphasised on both cards, marked for tests. */
export const FACT_KEYS: ReadonlySet<string> = new Set(["domain", "address", "host", "number", "name"]);

/** A template split into text and the placeholders it names, in order. */
export function templateParts(template: string): Array<{ text: string } | { key: string }> {
  const parts: Array<{ text: string } | { key: string }> = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ key: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** Steps shown on the first screen, before "More steps". */
export const FIRST_STEPS = 2;

/** Steps that only repeat a reason already on the screen ("there is no Microsoft lottery"). */
const SAID_BY_REASON: Partial<Record<Reason["id"], AdviceId>> = { "no-lottery": "no-lottery" };

/** The steps to take, split into the first screen's and the rest. */
export function stepsOf(verdict: Verdict): { first: AdviceId[]; more: AdviceId[] } {
  const said = new Set(verdict.reasons.map((reason) => SAID_BY_REASON[reason.id]));
  const steps = verdict.advice.filter((id) => !said.has(id));
  return { first: steps.slice(0, FIRST_STEPS), more: steps.slice(FIRST_STEPS) };
}

/** The line under the headline: the story's title, or the general rule's. */
export function subtitleOf(verdict: Verdict, catalogue: Catalogue): string | undefined {
  const pattern = verdict.patterns[0];
  if (pattern) return catalogue.patternTitle[pattern.id];
  return verdict.generalRule ? catalogue.generalRuleTitle : undefined;
}

/** The headline: the level's, or Microsoft's filter's when only its verdict flags the message. */
export function headlineOf(verdict: Verdict, catalogue: Catalogue): string {
  return verdict.level !== "none" && !verdict.impersonatesMicrosoft
    ? catalogue.filterHeadline
    : catalogue.headline[verdict.level];
}

/**
 * The line under a "none" headline about who sent the message: Microsoft itself (verified), or a
 * sender whose content Microsoft's message encryption keeps behind its portal, where the check
 * cannot read it. Undefined for flagged messages and for everything else.
 */
export function senderNote(
  verdict: Verdict,
): { template: "genuineMicrosoft" | "protectedContent"; domain: string } | undefined {
  if (verdict.level !== "none") return undefined;
  const { sender } = verdict.origin;
  const domain = sender.verifiedDomain || sender.fromDomain;
  if (verdict.origin.fromMicrosoft) return { template: "genuineMicrosoft", domain };
  if (verdict.origin.carrier === "encryption") return { template: "protectedContent", domain };
  return undefined;
}
