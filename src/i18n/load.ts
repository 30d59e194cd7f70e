// One language's words, loaded on their own: the first card needs the reader's language only.

import type { Catalogue, Language } from "./catalogue";

export async function loadCatalogue(language: Language): Promise<Catalogue> {
  return language === "ja"
    ? (await import(/* webpackChunkName: "words-ja" */ "./ja.js")).ja
    : (await import(/* webpackChunkName: "words-en" */ "./en.js")).en;
}
