// The classifier's public surface: one pure function, its types and its default rule tables.

export { classify } from "./classify";
export { MAX_BODY_CHARACTERS, MAX_LINKS } from "./view";
export { DEFAULT_RULES, type ClassifierRules } from "./rules";
export { OFFICIAL_GUIDANCE_URL } from "./data/microsoft";
export { PATTERNS, GENERAL_REPORT_REASON } from "./data/patterns";
export * from "./types";
