// Inside Outlook: the first card as soon as the message is read, then the full pane. This module
// carries no React: it reads the message, classifies it and paints the first screen (firstCard.ts)
// while React, Fluent UI and the pane (OutlookApp) load, which then take over with the same verdict.

import { classify, DEFAULT_RULES } from "../classifier/index.js";
import { compileRules } from "../classifier/rules";
import { readMessage } from "../office/readMessage";
import { loadSettings } from "../office/settings";
import { loadCatalogue } from "../i18n/load";
import { pickLanguage } from "../i18n/pick";
import { paintFirstCard, paintStatus } from "./firstCard";
import { isDark, systemPrefers } from "./luminance";
import type { FirstCheck } from "./OutlookApp";

/** Reads and checks the open message, paints its first screen, then mounts the full pane. */
export async function startOutlook(container: HTMLElement, office: typeof Office): Promise<void> {
  let first: FirstCheck | undefined;
  try {
    const item = (office.context.mailbox.item ?? null) as Office.MessageRead | null;
    if (item) {
      const settings = loadSettings(office.context.roamingSettings);
      const words = loadCatalogue(pickLanguage(office.context.displayLanguage, settings.language));
      const reading = readMessage(item, office);
      // While Outlook answers the reads, build the rule tables: the check that follows is then quick.
      compileRules(DEFAULT_RULES);
      const catalogue = await words;
      const dark = isDark(
        office.context.officeTheme?.bodyBackgroundColor,
        systemPrefers("(prefers-color-scheme: dark)"),
      );
      paintStatus(container, catalogue.status.loading, dark);
      const read = await reading;
      const verdict = classify(read.message);
      paintFirstCard(container, verdict, catalogue, read.problems, dark);
      first = { item, read, verdict };
    }
  } catch {
    // The full pane reads the message again and says what failed.
    first = undefined;
  }
  const { mountOutlookApp } = await import(/* webpackChunkName: "outlook" */ "./OutlookApp.js");
  mountOutlookApp(container, office, first);
}
