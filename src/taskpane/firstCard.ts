// The card's first screen without React or Fluent UI, so the reader has the answer while the full
// pane (about 120 KB of React and Fluent) is still loading: the headline, the reasons, the first
// steps. It looks like the React card's first screen (the same words, Fluent's colours and sizes)
// and is replaced by it. Message content goes in as text only (textContent), never as markup.

import type { Verdict } from "../classifier/types";
import type { ReadProblem } from "../office/readMessage";
import type { Catalogue } from "../i18n";
import {
  FACT_KEYS,
  headlineOf,
  reasonValues,
  senderNote,
  splitHidden,
  stepsOf,
  subtitleOf,
  templateParts,
} from "./cardText";

const STYLE_ID = "impostor-guard-first-card";

/** Fluent UI's web light and dark tokens the first screen uses (webLightTheme, webDarkTheme). */
const PALETTE = {
  light: {
    text: "#242424",
    muted: "#424242",
    page: "#ffffff",
    danger: ["#fdf3f4", "#c50f1f"],
    caution: ["#fff9f5", "#bc4b09"],
    none: ["#f5f5f5", "#d1d1d1"],
  },
  dark: {
    text: "#ffffff",
    muted: "#d6d6d6",
    page: "#292929",
    danger: ["#3b0509", "#dc626d"],
    caution: ["#4a1e04", "#f98845"],
    none: ["#141414", "#666666"],
  },
} as const;

function stylesheet(dark: boolean): string {
  const colours = dark ? PALETTE.dark : PALETTE.light;
  const font =
    "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";
  return `
.ig-first{display:flex;flex-direction:column;row-gap:12px;padding:12px;font-family:${font};font-size:14px;line-height:20px;color:${colours.text};background:${colours.page};overflow-wrap:anywhere}
.ig-first h2{margin:0;font-size:16px;line-height:22px;font-weight:700}
.ig-first h3{margin:0;font-size:14px;line-height:20px;font-weight:600}
.ig-first p{margin:0}
.ig-first ul,.ig-first ol{margin:0;padding-left:20px;display:grid;row-gap:4px}
.ig-first .ig-headline{padding:8px 12px;border-radius:4px;border-left:4px solid}
.ig-first .ig-subtitle{margin-top:2px}
.ig-first .ig-danger{background:${colours.danger[0]};border-left-color:${colours.danger[1]}}
.ig-first .ig-caution{background:${colours.caution[0]};border-left-color:${colours.caution[1]}}
.ig-first .ig-none{background:${colours.none[0]};border-left-color:${colours.none[1]}}
.ig-first section{display:flex;flex-direction:column;row-gap:4px}
.ig-first .ig-fact{font-weight:600}
.ig-first .ig-hidden{display:inline-block;min-width:.7em;margin:0 1px;outline:1px dashed ${colours.danger[1]};text-align:center;line-height:1}
.ig-first .ig-muted{color:${colours.muted}}
`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A catalogue template filled in: facts emphasised, quoted text with hidden characters made visible. */
function filled(
  parent: HTMLElement,
  template: string,
  values: Record<string, string>,
  catalogue: Catalogue,
): void {
  for (const part of templateParts(template)) {
    if ("text" in part) {
      parent.append(part.text);
      continue;
    }
    const value = values[part.key] ?? "";
    if (FACT_KEYS.has(part.key)) {
      const fact = element("span", "ig-fact", value);
      fact.dataset["fact"] = value;
      parent.append(fact);
      continue;
    }
    for (const run of splitHidden(value)) {
      if (!run.hidden) parent.append(run.text);
      else {
        const mark = element("span", "ig-hidden", "·");
        mark.setAttribute("role", "img");
        mark.setAttribute("aria-label", catalogue.hiddenCharacter);
        parent.append(mark);
      }
    }
  }
}

function applyStylesheet(dark: boolean): void {
  let style = document.getElementById(STYLE_ID);
  if (!style) {
    style = element("style");
    style.id = STYLE_ID;
    document.head.append(style);
  }
  style.textContent = stylesheet(dark);
}

/** A one-line status while the message is read ("Checking this message…"). */
export function paintStatus(container: HTMLElement, text: string, dark: boolean): void {
  applyStylesheet(dark);
  const status = element("p", "ig-first ig-muted", text);
  status.setAttribute("role", "status");
  container.replaceChildren(status);
}

/** Paints the first screen of `verdict` into `container`, replacing what it held. */
export function paintFirstCard(
  container: HTMLElement,
  verdict: Verdict,
  catalogue: Catalogue,
  problems: readonly ReadProblem[],
  dark: boolean,
): HTMLElement {
  applyStylesheet(dark);
  const level = verdict.level;
  const card = element("article", "ig-first");
  card.lang = catalogue.language;
  card.dataset["verdict"] = level;
  card.dataset["patterns"] = verdict.patterns.map((match) => match.id).join(" ");
  card.dataset["firstCard"] = "";
  card.setAttribute("aria-labelledby", "ig-first-title");

  const headline = element("div", `ig-headline ig-${level}`);
  headline.setAttribute("aria-live", "polite");
  const title = element("h2", undefined, headlineOf(verdict, catalogue));
  title.id = "ig-first-title";
  headline.append(title);
  const subtitle = subtitleOf(verdict, catalogue);
  if (subtitle) headline.append(element("p", "ig-subtitle", subtitle));
  card.append(headline);

  if (problems.length > 0) card.append(element("p", undefined, catalogue.status.officeFailed));
  const note = senderNote(verdict);
  if (note) {
    const line = element("p");
    line.dataset["note"] = note.template;
    filled(line, catalogue[note.template], { domain: note.domain }, catalogue);
    card.append(line);
  }

  if (verdict.reasons.length > 0) {
    const why = element("section");
    why.dataset["testid"] = "reasons";
    why.append(element("h3", undefined, catalogue.sections.why));
    const list = element("ul");
    for (const reason of verdict.reasons) {
      const item = element("li");
      item.dataset["reason"] = reason.id;
      filled(
        item,
        catalogue.reason[reason.id],
        reasonValues(reason, catalogue, verdict.origin.microsoftVerdict),
        catalogue,
      );
      list.append(item);
    }
    why.append(list);
    card.append(why);
  } else {
    card.append(element("p", undefined, catalogue.summary[level]));
  }

  const steps = stepsOf(verdict).first;
  if (steps.length > 0) {
    const todo = element("section");
    todo.dataset["testid"] = "steps";
    todo.append(element("h3", undefined, catalogue.sections.whatToDo));
    const list = element("ol");
    for (const id of steps) {
      const item = element("li", undefined, catalogue.advice[id]);
      item.dataset["advice"] = id;
      list.append(item);
    }
    todo.append(list);
    card.append(todo);
  }
  card.append(element("p", "ig-muted", catalogue.status.loadingPane));
  container.replaceChildren(card);
  return card;
}
