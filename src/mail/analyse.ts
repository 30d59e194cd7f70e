// analyseEml: raw .eml bytes to a Verdict, parse then classify, timed. The one path the CLI, the
// demo page and the scripts share; the pane reads Outlook's item into a Message and classifies it.

import { classify, DEFAULT_RULES, type ClassifierRules, type Message, type Verdict } from "../classifier";
import { parseEml } from "./parseEml";

export interface Analysis {
  message: Message;
  verdict: Verdict;
  /** Milliseconds spent parsing the MIME structure. */
  parseMs: number;
  /** Milliseconds spent classifying. */
  ms: number;
}

const now = (): number => (typeof performance === "undefined" ? Date.now() : performance.now());

/** Parses and classifies one message; throws MailParseError for input that is not an email. */
export async function analyseEml(
  raw: Uint8Array | ArrayBuffer | string,
  rules: ClassifierRules = DEFAULT_RULES,
): Promise<Analysis> {
  const started = now();
  const message = await parseEml(raw);
  const parsed = now();
  const verdict = classify(message, rules);
  return { message, verdict, parseMs: parsed - started, ms: now() - parsed };
}
