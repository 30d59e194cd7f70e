// Picks the reader's language: an explicit setting, else Outlook's display language; ja or en.

import type { Language } from "./catalogue";

export function pickLanguage(displayLanguage: string | undefined, override?: Language | "auto"): Language {
  if (override && override !== "auto") return override;
  return (displayLanguage ?? "").toLowerCase().startsWith("ja") ? "ja" : "en";
}
