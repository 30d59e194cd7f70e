// classify(Message) -> Verdict: three questions, each answered with its own evidence, then the
// level from the three answers. Does the message speak as Microsoft (claim.ts)? Did Microsoft send
// it, and write it (origin.ts)? What does it ask the reader to do (asks.ts)? The story that fits
// names the scam (stories.ts); decide.ts holds the rule; explain.ts picks what the card says first.

import { findAsks, type PhraseFinding } from "./asks";
import { assessClaim, settleClaim } from "./claim";
import { decide } from "./decide";
import { pushEvidence } from "./evidence";
import { explain } from "./explain";
import { parseHeaderBlock } from "./headers";
import { quoteOriginal, type NormalizedText } from "./normalize";
import { carriedBy, isEncryptionWrapper, readOrigin } from "./origin";
import {
  compileRules,
  DEFAULT_RULES,
  PAIR_GAP,
  type ClassifierRules,
  type CompiledRules,
  type PhraseMeaning,
} from "./rules";
import { matchStories } from "./stories";
import { givesNumber, namesMicrosoftBeyondTemplate } from "./wrapperTemplate";
import type { Analysed, EvidenceLocation, Message, Verdict } from "./types";
import { buildView } from "./view";

/** Where a sentence ends, in the message's own text: a full stop before a space or the end, not in "Microsoft.com". */
const SENTENCE_END = /[。．！？!?\n]|\.(?!\w)/;

/** Phrase findings kept per message: enough for every story and ask, bounded on hostile input. */
const MAX_PHRASE_FINDINGS = 400;
/** Hits kept per phrase group (or second part of two-part phrases): padding with one phrase hides nothing. */
const MAX_HITS_PER_MEANING = 16;

/**
 * Where the two-part phrase whose second part starts at `at` begins: the nearest of its first parts
 * before it, at most PAIR_GAP characters away and in the same sentence; -1 for none.
 */
function pairStart(normalized: NormalizedText, at: number, firsts: readonly string[]): number {
  let start = -1;
  for (const first of firsts) {
    const from = Math.max(0, at - PAIR_GAP - first.length);
    const found = normalized.text.slice(from, at).lastIndexOf(first);
    const begins = found < 0 ? -1 : from + found;
    if (begins > start && !SENTENCE_END.test(quoteOriginal(normalized, begins + first.length, at)))
      start = begins;
  }
  return start;
}

function findPhrases(
  sections: ReadonlyArray<readonly [NormalizedText, EvidenceLocation]>,
  rules: CompiledRules,
): PhraseFinding[] {
  const findings: PhraseFinding[] = [];
  for (const [normalized, location] of sections) {
    /** Single phrases found, so a pair over one ("お支払いが確認できませんでした") is not said twice. */
    const singles: Array<{ start: number; end: number; group: unknown }> = [];
    // A second part with no first part before it is no hit, so a flood of them hides nothing.
    const paired = (at: number, meaning: PhraseMeaning) =>
      !meaning.after || pairStart(normalized, at, meaning.after) >= 0;
    for (const hit of rules.phrases.findAll(
      normalized.text,
      MAX_PHRASE_FINDINGS,
      MAX_HITS_PER_MEANING,
      paired,
    )) {
      const { group, after } = hit.value;
      const start = after ? pairStart(normalized, hit.start, after) : hit.start;
      if (after) {
        if (singles.some((single) => single.group === group && single.start < hit.end && single.end > start))
          continue;
      } else singles.push({ start, end: hit.end, group });
      findings.push({
        meaning: hit.value,
        evidence: { signal: group.signal, text: quoteOriginal(normalized, start, hit.end), location },
      });
      if (findings.length >= MAX_PHRASE_FINDINGS) return findings;
    }
  }
  return findings;
}

/**
 * Classifies one message. Pure and synchronous: the same message always gives the same verdict.
 * `rules` defaults to the bundled tables; tests may pass their own.
 */
export function classify(message: Message, rules: ClassifierRules = DEFAULT_RULES): Verdict {
  const compiled = compileRules(rules);
  const fields = parseHeaderBlock(message.headers ?? "");
  const view = buildView(message, fields);
  const read = readOrigin(message, fields);
  const recipients = (message.to ?? []).map((mailbox) => mailbox.address);
  const phrases = findPhrases(
    [
      [view.subject, "subject"],
      [view.displayName, "from-name"],
      [view.newText, "body"],
      [view.attachmentNames, "attachment"],
    ],
    compiled,
  );
  const ownAddresses = new Set(
    [...recipients, read.sender.fromAddress].map((address) => address.trim().toLowerCase()),
  );
  const attachments = message.attachments ?? [];
  const asks = findAsks(view, phrases, attachments, compiled, ownAddresses);
  const wrapper = isEncryptionWrapper(read, {
    links: view.links,
    skippedLinks: view.skippedLinks,
    attachments,
    asks: asks.kinds,
    namesMicrosoftBeyondTemplate: () => namesMicrosoftBeyondTemplate(view, read, compiled),
    givesNumber: () => givesNumber(view),
  });
  const origin = wrapper ? carriedBy(read, "encryption") : read;
  const assessed = assessClaim(view, origin, compiled);
  const stories = matchStories(phrases, asks, compiled);
  const claim = settleClaim(assessed, view, stories, origin, compiled);
  const decision = decide(claim, origin, asks, stories);
  if (origin.fromMicrosoft && decision.level !== "none") {
    const program = asks.evidence.find((item) => item.signal === "risky-attachment");
    if (program) pushEvidence(origin.evidence, { ...program, signal: "microsoft-never-attaches-programs" });
  }
  const patterns = decision.impersonatesMicrosoft ? stories : [];
  const explanation = explain(
    decision.level,
    decision.impersonatesMicrosoft,
    claim,
    origin,
    asks,
    patterns,
    compiled,
  );

  const analysed: Analysed = {
    headers: fields.length > 0,
    authentication: origin.sender.authentication.present,
    sender: origin.sender.fromAddress !== "",
    subject: message.subject !== undefined,
    body: message.html !== undefined || message.text !== undefined,
    attachments: message.attachments !== undefined,
    skippedCharacters: view.skippedCharacters,
    skippedLinks: view.skippedLinks,
  };
  return {
    level: decision.level,
    impersonatesMicrosoft: decision.impersonatesMicrosoft,
    claim: { ...claim, speaksAsMicrosoft: decision.speaksAsMicrosoft },
    origin,
    asks,
    patterns,
    generalRule: decision.impersonatesMicrosoft && patterns.length === 0,
    reasons: explanation.reasons,
    advice: explanation.advice,
    afterActing: explanation.afterActing,
    analysed,
  };
}
