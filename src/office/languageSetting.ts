// The reader's language choice: the one setting the pane's first script needs. The rest
// (settings.ts: the report address and its checks) loads with the full pane.

import type { LanguageSetting } from "./settings";

/** Where the settings are kept in Outlook's roaming settings. */
export const SETTINGS_KEY = "impostorGuardSettings";

/** A stored language choice; anything else is "auto" (Outlook's display language). */
export function parseLanguage(value: unknown): LanguageSetting {
  return value === "en" || value === "ja" ? value : "auto";
}

/** The stored choice; Outlook's context is read inside, so a throwing getter gives "auto" too. */
export function loadLanguageSetting(
  context: { roamingSettings?: Office.RoamingSettings } | undefined,
): LanguageSetting {
  try {
    const stored = context?.roamingSettings?.get(SETTINGS_KEY) as { language?: unknown } | undefined;
    return parseLanguage(stored?.language);
  } catch {
    return "auto";
  }
}
