// The classifier's public surface: one pure function, its types and its default rule tables.

export { classify, MAX_BODY_CHARACTERS, MAX_LINKS } from "./classify";
export { DEFAULT_RULES, type ClassifierRules } from "./rules";
export { OFFICIAL_GUIDANCE_URL } from "./data/microsoft";
export * from "./types";
