// The words of the card's "more" sections, in their own chunk: they load after the first card.

import type { DetailsCatalogue, Language } from "./catalogue";
import { detailsEn } from "./detailsEn";
import { detailsJa } from "./detailsJa";

export const DETAILS: Record<Language, DetailsCatalogue> = { en: detailsEn, ja: detailsJa };
