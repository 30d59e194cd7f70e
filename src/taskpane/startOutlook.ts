// Inside Outlook: the first card as soon as the message is read, then the full pane. This module
// carries no React: it classifies the message the entry is reading and paints the first screen
// (firstCard.ts) while React, Fluent UI and the pane (OutlookApp) load, which then take over with
// the same verdict.

import { classify, DEFAULT_RULES } from "../classifier/index.js";
import { compileRules } from "../classifier/rules";
import type { Catalogue } from "../i18n";
import type { ReadResult } from "../office/readMessage";
import { paintFirstCard, paintStatus } from "./firstCard";
import { isDark, systemPrefers } from "./luminance";
import { markStage } from "./stages";
import type { FirstCheck } from "./OutlookApp";

/** The open message as the entry found it, with the reads and the words it started when Office.js was ready. */
export interface OpenMessage {
  item: Office.MessageRead;
  reading: Promise<ReadResult>;
  words: Promise<Catalogue>;
}

/** Builds the rule tables the check runs with (once; later calls return at once). */
export function prepareCheck(): void {
  compileRules(DEFAULT_RULES);
  markStage("tables-built");
}

/**
 * Checks the open message, paints its first screen, then mounts the full pane. Without `open` (no
 * message, or its reads could not start) the full pane reads and reports on its own.
 */
export async function startOutlook(
  container: HTMLElement,
  office: typeof Office,
  open?: OpenMessage,
): Promise<void> {
  let first: FirstCheck | undefined;
  try {
    if (open) {
      const { item, reading, words } = open;
      // Built already where Office.js started after the classifier loaded; else while Outlook answers the reads.
      prepareCheck();
      const catalogue = await words;
      const dark = isDark(
        office.context.officeTheme?.bodyBackgroundColor,
        systemPrefers("(prefers-color-scheme: dark)"),
      );
      paintStatus(container, catalogue.status.loading, dark);
      const read = await reading;
      const verdict = classify(read.message);
      paintFirstCard(container, verdict, catalogue, read.problems, dark);
      markStage("first-card");
      first = { item, read, verdict };
    }
  } catch {
    // The full pane reads the message again and says what failed.
    first = undefined;
  }
  const { mountOutlookApp } = await import(/* webpackChunkName: "outlook" */ "./OutlookApp.js");
  mountOutlookApp(container, office, first);
}
