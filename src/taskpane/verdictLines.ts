// Microsoft's own verdict in plain sentences, for the card's sender section (VerdictDetails): one
// line per documented header value, threats first. The first screen names only the kind of threat
// (cardText.ts threatKind), so these words load with the details.

import {
  CATEGORIES,
  compauthReasonGroup,
  FILTER_VERDICTS,
  SAFETY_TIPS,
  THREAT_KINDS,
  bclBand,
  sclBand,
  type VerdictKind,
} from "../classifier/data/microsoftVerdict";
import type { MicrosoftVerdict } from "../classifier/types";
import type { MicrosoftVerdictWords } from "../i18n/catalogue";

/** One plain sentence about Microsoft's own verdict; threats first. */
export interface VerdictLine {
  /** Which header field it explains ("category", "compauth"…), for tests and styling. */
  field: "category" | "filterVerdict" | "safetyTip" | "compauth" | "scl" | "bcl";
  threat: boolean;
  text: string;
}

function lookup<K extends string>(table: Record<K, unknown>, code: string): K | undefined {
  return Object.prototype.hasOwnProperty.call(table, code) ? (code as K) : undefined;
}

/** compauth failures Microsoft documents as spoofing: explicit, implicit, or of the reader's own domain. */
const SPOOF_GROUPS = new Set(["explicit-fail", "implicit-fail", "own-domain-spoofed"]);

/**
 * Microsoft's verdict as sentences a reader understands, threats first. Values Microsoft does not
 * document are left out (their raw form belongs in Diagnostics), and a filter verdict that only
 * repeats the category's kind ("spam" twice) is said once.
 */
export function explainMicrosoftVerdict(
  verdict: MicrosoftVerdict,
  words: MicrosoftVerdictWords,
): VerdictLine[] {
  const lines: VerdictLine[] = [];
  const category = lookup(CATEGORIES, verdict.category);
  const categoryKind: VerdictKind | undefined = category ? CATEGORIES[category] : undefined;
  if (category)
    lines.push({
      field: "category",
      threat: THREAT_KINDS.has(CATEGORIES[category]),
      text: words.category[category],
    });
  const filter = lookup(FILTER_VERDICTS, verdict.filterVerdict);
  if (filter && FILTER_VERDICTS[filter] !== categoryKind)
    lines.push({
      field: "filterVerdict",
      threat: THREAT_KINDS.has(FILTER_VERDICTS[filter]),
      text: words.filterVerdict[filter],
    });
  const tip = lookup(SAFETY_TIPS, verdict.safetyTip);
  if (tip)
    lines.push({
      field: "safetyTip",
      threat: THREAT_KINDS.has(SAFETY_TIPS[tip]),
      text: words.safetyTip[tip],
    });
  const group = compauthReasonGroup(verdict.compauthReason);
  if (group && verdict.compauth !== "unknown")
    lines.push({
      field: "compauth",
      threat: verdict.compauth === "fail" && SPOOF_GROUPS.has(group),
      text: words.compauth[group],
    });
  const scl = verdict.scl === undefined ? undefined : sclBand(verdict.scl);
  if (scl && !category && !filter) lines.push({ field: "scl", threat: false, text: words.scl[scl] });
  const bcl = verdict.bcl === undefined ? undefined : bclBand(verdict.bcl);
  if (bcl && bcl !== "not-bulk") lines.push({ field: "bcl", threat: false, text: words.bcl[bcl] });
  return [...lines.filter((line) => line.threat), ...lines.filter((line) => !line.threat)];
}
