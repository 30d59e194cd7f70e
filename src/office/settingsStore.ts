// Saving to Outlook's roaming settings: the reader's settings and which note on how the pane runs
// was shown. Apart from settings.ts, which the pane's first script reads at start, so saving
// loads with the full pane.

import { callOffice, OfficeCallError } from "./officeCall";
import { parseSettings, SETTINGS_KEY, type Settings } from "./settings";

/** Office.js's code for an internal error in roaming settings, which often passes on a second try. */
export const INTERNAL_SETTINGS_ERROR = 9019;

/**
 * Saves the settings, trying once more after an internal error (9019): Microsoft's issue tracker
 * reports it as intermittent and gone "upon retrying with the same data"
 * (https://github.com/OfficeDev/office-js/issues/3983). Any other failure, or a second 9019,
 * rejects with OfficeCallError so the pane can tell the reader.
 */
export async function saveSettings(roaming: Office.RoamingSettings, settings: Settings): Promise<void> {
  roaming.set(SETTINGS_KEY, parseSettings(settings));
  await saveRoaming(roaming);
}

async function saveRoaming(roaming: Office.RoamingSettings): Promise<void> {
  const save = () => callOffice<void>("roamingSettings.saveAsync", (callback) => roaming.saveAsync(callback));
  try {
    await save();
  } catch (error) {
    if (!(error instanceof OfficeCallError) || error.code !== INTERNAL_SETTINGS_ERROR) throw error;
    await save();
  }
}

/** Which of the two notes on how the pane runs in this Outlook (client.ts) the reader has been shown. */
export type ClientNote = "pin-hint" | "checks-when-asked";

const CLIENT_NOTE_KEY = "impostorGuardClientNote";

export function loadClientNote(roaming: Office.RoamingSettings | undefined): ClientNote | undefined {
  try {
    const stored: unknown = roaming?.get(CLIENT_NOTE_KEY);
    return stored === "pin-hint" || stored === "checks-when-asked" ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers that the note was shown, so it is said once per mailbox; rejects as saveSettings does. */
export async function rememberClientNote(roaming: Office.RoamingSettings, note: ClientNote): Promise<void> {
  roaming.set(CLIENT_NOTE_KEY, note);
  await saveRoaming(roaming);
}
