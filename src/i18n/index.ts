// Picks the reader's language: an explicit setting, else Outlook's display language; ja or en.

import type { Catalogue, Language } from "./catalogue";
import { en } from "./en";
import { ja } from "./ja";

export const CATALOGUES: Record<Language, Catalogue> = { en, ja };

export const LANGUAGES: readonly Language[] = ["en", "ja"];

export function pickLanguage(displayLanguage: string | undefined, override?: Language | "auto"): Language {
  if (override && override !== "auto") return override;
  return (displayLanguage ?? "").toLowerCase().startsWith("ja") ? "ja" : "en";
}

export { format, type Catalogue, type DetailsCatalogue, type HelpContact, type Language } from "./catalogue";
