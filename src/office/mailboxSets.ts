// The Mailbox sets the pane asks about, in order. Only the Diagnostics section lists them, so this
// stays out of the pane's first script (compatibility.ts, which feature detection needs, is in it).

import { FEATURE_REQUIREMENTS, type MailboxSet } from "./compatibility";

/** Orders Mailbox set versions ("1.9" before "1.14"). */
export function compareSets(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The Mailbox sets the pane asks about, lowest first (the Diagnostics section lists them). */
export function requirementSetsUsed(): MailboxSet[] {
  return [...new Set(Object.values(FEATURE_REQUIREMENTS))].sort(compareSets);
}
