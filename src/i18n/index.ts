// Every language's words, and how the reader's language is picked.

import type { Catalogue, Language } from "./catalogue";
import { en } from "./en";
import { ja } from "./ja";

export const CATALOGUES: Record<Language, Catalogue> = { en, ja };

export const LANGUAGES: readonly Language[] = ["en", "ja"];

export { pickLanguage } from "./pick";

export { format, type Catalogue, type DetailsCatalogue, type HelpContact, type Language } from "./catalogue";
