// The reader's language choice: the one setting the pane's first script needs. The rest
// (settings.ts: the report address and its checks) loads with the full pane.

import type { LanguageSetting } from "./settings";

/** Where the settings are kept in Outlook's roaming settings. */
export const SETTINGS_KEY = "impostorGuardSettings";

/** A stored language choice; anything else is "auto" (Outlook's display language). */
export function parseLanguage(value: unknown): LanguageSetting {
  return value === "en" || value === "ja" ? value : "auto";
}

export function loadLanguageSetting(roaming: Office.RoamingSettings | undefined): LanguageSetting {
  try {
    return parseLanguage((roaming?.get(SETTINGS_KEY) as { language?: unknown } | undefined)?.language);
  } catch {
    return "auto";
  }
}
