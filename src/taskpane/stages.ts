// Named moments on the way to the first card, as User Timing marks ("impostor-guard:<stage>"), so
// `npm run bench` (and a developer in the browser's performance panel) can see where the time goes.
// Marks carry no message content.

/** In the order the first card passes them (Office.js and the classifier load side by side). */
export const STAGES = [
  "entry",
  "office-ready",
  "classifier-loaded",
  "tables-built",
  "message-read",
  "first-card",
] as const;

export type Stage = (typeof STAGES)[number];

export const STAGE_PREFIX = "impostor-guard:";

/** Records a stage once; never throws (a webview without User Timing just has no marks). */
export function markStage(stage: Stage): void {
  try {
    if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
    if (performance.getEntriesByName(STAGE_PREFIX + stage, "mark").length > 0) return;
    performance.mark(STAGE_PREFIX + stage);
  } catch {
    // Timing is for measuring; the pane works without it.
  }
}
