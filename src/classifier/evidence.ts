// Evidence lists: one entry per fact, so the card never shows the same link, number or address twice.

import type { Evidence } from "./types";

/** Evidence kept per list, so the card stays readable; the first are the strongest. */
export const MAX_EVIDENCE_PER_LIST = 12;

/** The fact an evidence item shows: the same destination, number or address is one fact. */
export function factKey(evidence: Evidence): string {
  const value = evidence.detail && evidence.location !== "from-name" ? evidence.detail : evidence.text;
  return `${evidence.signal}|${value.toLowerCase()}`;
}

/** Adds `evidence` unless the list already holds the same fact or is full. */
export function pushEvidence(list: Evidence[], evidence: Evidence, limit = MAX_EVIDENCE_PER_LIST): void {
  if (list.length >= limit) return;
  const key = factKey(evidence);
  if (!list.some((existing) => factKey(existing) === key)) list.push(evidence);
}
