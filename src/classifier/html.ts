// Reads an HTML body as a mail client shows it: the visible text, each link with what the reader
// sees in its place, the images with their alt text, the headings, and where quoted history
// begins. htmlparser2 is a tolerant, streaming, linear-time tokenizer; nothing is executed or
// rendered. Text no Outlook shows (comments, <head>, hidden blocks, zero-size fonts) is left out:
// only what the reader sees can speak to them. Styles only some Outlooks honour count as visible,
// as the reader of another Outlook sees the text: mso-hide:all hides only in classic Outlook's Word
// renderer, and classic Outlook ignores opacity.

import { Parser } from "htmlparser2";
import { trimWhere } from "./trim";

export interface ExtractedLink {
  /** The destination as written in the message. */
  href: string;
  /** What the reader sees in place of the link (text, or an image's alt text). */
  text: string;
}

export interface ExtractedImage {
  alt: string;
  src: string;
  /** The image is (inside) a link. */
  linked: boolean;
}

export interface ExtractedHtml {
  text: string;
  /** Visible text outside links: where a written-out address is a link of its own. */
  looseText: string;
  links: ExtractedLink[];
  images: ExtractedImage[];
  /** Text of h1-h3 elements, in order. */
  /** Visible headings (h1–h3…), each with the offset in `text` where it starts. */
  headings: Array<{ text: string; start: number }>;
  /** Offset in `text` where quoted history (a <blockquote>) begins; -1 when there is none. */
  quoteStart: number;
  /**
   * Background colours of the first visible blocks, upper case ("#F25022"): fake notices draw
   * Microsoft's four-square logo from coloured table cells, which no alt text names.
   */
  topColours: string[];
  /** Links not collected because the message has more than the limit. */
  skippedLinks: number;
}

/** Elements whose content a reader never sees as text. */
const SKIPPED_ELEMENTS = new Set([
  "script",
  "style",
  "head",
  "title",
  "template",
  "noscript",
  "svg",
  "math",
  "xml",
  "object",
]);
/** Elements that start a new line, so words on either side are not glued together. */
const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "button",
]);
const HEADINGS = new Set(["h1", "h2", "h3"]);
/** Elements whose background colour is read, and how many of them at the top of the message. */
const COLOURED = new Set(["td", "th", "div", "span", "table", "tr", "p"]);
const TOP_COLOURED_ELEMENTS = 40;
const COLOUR = /#[0-9a-f]{6}\b/i;

function backgroundOf(attributes: Record<string, string>): string | undefined {
  const colour =
    attributes["bgcolor"] ??
    /background(?:-color)?\s*:\s*(#[0-9a-f]{6})/i.exec(attributes["style"] ?? "")?.[1];
  return colour && COLOUR.test(colour) ? colour.toUpperCase() : undefined;
}
const MAX_HEADINGS = 10;
const MAX_IMAGES = 200;

/** Font sizes below this many pixels (or points) are unreadable filler. */
const TINY_FONT = 3;

/**
 * How an element shows, from its inline style and its parent's. Some hiding cannot be undone below
 * (display:none, the hidden attribute, a box clipped to nothing): `removed`. Visibility and font
 * size are inherited, and a child may set its own: a link of 16 px inside a cell of font-size 0, or
 * visibility:visible inside visibility:hidden, is on screen.
 */
interface Showing {
  removed: boolean;
  invisible: boolean;
  tiny: boolean;
}

const SHOWN: Showing = { removed: false, invisible: false, tiny: false };

function compactStyle(style: string | undefined): string {
  return (style ?? "").toLowerCase().replace(/\s+/g, "");
}

/**
 * The value an inline style gives `property`, as the browser takes it: the last declaration wins,
 * except that an !important one wins over any without it.
 */
function declared(compact: string, property: string): string | undefined {
  let value: string | undefined;
  let important = false;
  for (const declaration of compact.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon <= 0 || declaration.slice(0, colon) !== property) continue;
    const raw = declaration.slice(colon + 1);
    const isImportant = raw.endsWith("!important");
    if (important && !isImportant) continue;
    value = isImportant ? raw.slice(0, -"!important".length) : raw;
    important = isImportant;
  }
  return value;
}

/** Values that take the parent's (the properties read here are inherited). */
const INHERITING = new Set(["inherit", "unset", "revert", "revert-layer"]);

function isClippedToNothing(compact: string): boolean {
  return (
    (/(^|;)(max-)?height:0(px)?(!important)?(;|$)/.test(compact) ||
      /(^|;)(max-)?width:0(px)?(!important)?(;|$)/.test(compact)) &&
    compact.includes("overflow:hidden")
  );
}

/**
 * Whether a declared font size is unreadable filler; relative sizes follow the parent's. A keyword
 * ("medium", "small", "initial") or a size not read here (calc()) shows the text.
 */
function isTinyFont(value: string | undefined, parentTiny: boolean): boolean {
  if (value === undefined || INHERITING.has(value)) return parentTiny;
  const size = /^(\d+(?:\.\d+)?|\.\d+)(px|pt|em|rem|%)?$/.exec(value);
  if (!size) return false;
  const number = Number(size[1]);
  switch (size[2]) {
    case "em":
      return parentTiny || number < 0.2;
    case "%":
      return parentTiny || number < 20;
    case "rem":
      return number < 0.2;
    default:
      return number < TINY_FONT;
  }
}

function showingOf(parent: Showing, attributes: Record<string, string>): Showing {
  const compact = compactStyle(attributes["style"]);
  const display = declared(compact, "display");
  const hiddenAttribute = "hidden" in attributes && (display === undefined || display === "none");
  const visibility = declared(compact, "visibility");
  return {
    removed: parent.removed || display === "none" || hiddenAttribute || isClippedToNothing(compact),
    invisible:
      visibility === "hidden" || visibility === "collapse"
        ? true
        : visibility === "visible" || visibility === "initial"
          ? false
          : parent.invisible,
    tiny: isTinyFont(declared(compact, "font-size"), parent.tiny),
  };
}

function isShown(showing: Showing): boolean {
  return !showing.removed && !showing.invisible && !showing.tiny;
}

export function extractHtml(html: string, maxLinks: number): ExtractedHtml {
  const textParts: string[] = [];
  const looseParts: string[] = [];
  let textLength = 0;
  const links: ExtractedLink[] = [];
  const images: ExtractedImage[] = [];
  const headings: Array<{ text: string; start: number }> = [];
  let skippedLinks = 0;
  let quoteStart = -1;
  /** Depth counters rather than a stack of names: broken HTML closes what it never opened. */
  let skippedDepth = 0;
  /** How each open element shows; htmlparser2 closes every element it opens, implied ones included. */
  const showing: Showing[] = [];
  const openLinks: Array<{ href: string; parts: string[] }> = [];
  let heading: { name: string; parts: string[]; start: number } | undefined;
  const topColours: string[] = [];
  let colouredSeen = 0;

  const push = (text: string): void => {
    textParts.push(text);
    textLength += text.length;
  };
  const visible = (): boolean => skippedDepth === 0 && isShown(showing[showing.length - 1] ?? SHOWN);

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED_ELEMENTS.has(name)) skippedDepth += 1;
        showing.push(showingOf(showing[showing.length - 1] ?? SHOWN, attributes));
        if (BLOCK_ELEMENTS.has(name)) push("\n");
        if (name === "blockquote" && quoteStart < 0 && visible()) quoteStart = textLength;
        if (HEADINGS.has(name) && !heading) heading = { name, parts: [], start: textLength };
        if (COLOURED.has(name) && colouredSeen < TOP_COLOURED_ELEMENTS && visible()) {
          colouredSeen += 1;
          const colour = backgroundOf(attributes);
          if (colour) topColours.push(colour);
        }
        const href = name === "a" || name === "area" ? attributes["href"] : undefined;
        if (name === "a") {
          openLinks.push({ href: visible() ? (href ?? "") : "", parts: [] });
          looseParts.push("\n");
        } else if (name === "area" && href && visible()) {
          if (links.length < maxLinks) links.push({ href, text: attributes["alt"] ?? "" });
          else skippedLinks += 1;
        }
        // Font size does not shrink a picture: one in a font-size:0 cell (the usual fix for gaps under
        // images) shows, though alt text there would not.
        const own = showing[showing.length - 1] as Showing;
        if (name === "img" && skippedDepth === 0 && !own.removed && !own.invisible) {
          const alt = (attributes["alt"] ?? attributes["title"] ?? "").trim();
          if (images.length < MAX_IMAGES)
            images.push({ alt, src: attributes["src"] ?? "", linked: openLinks.length > 0 });
          if (alt && !own.tiny) {
            openLinks[openLinks.length - 1]?.parts.push(alt);
            // A mail client shows alt text where an image is not loaded, as Outlook does by default.
            push(`\n${alt}\n`);
          }
        }
      },
      ontext(data) {
        if (!visible()) return;
        push(data);
        if (openLinks.length === 0) looseParts.push(data);
        openLinks[openLinks.length - 1]?.parts.push(data);
        heading?.parts.push(data);
      },
      onclosetag(name) {
        if (SKIPPED_ELEMENTS.has(name) && skippedDepth > 0) skippedDepth -= 1;
        showing.pop();
        if (BLOCK_ELEMENTS.has(name)) push("\n");
        if (heading && heading.name === name) {
          const text = heading.parts.join("").replace(/\s+/g, " ").trim();
          if (text && headings.length < MAX_HEADINGS) headings.push({ text, start: heading.start });
          heading = undefined;
        }
        if (name === "a") {
          looseParts.push("\n");
          const link = openLinks.pop();
          if (link && link.href) {
            if (links.length < maxLinks)
              links.push({ href: link.href.trim(), text: link.parts.join("").replace(/\s+/g, " ").trim() });
            else skippedLinks += 1;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return {
    text: textParts.join(""),
    looseText: looseParts.join(""),
    links,
    images,
    headings,
    quoteStart,
    topColours,
    skippedLinks,
  };
}

/**
 * Web addresses written out in plain text. One linear pattern: a scheme or "www." followed by
 * characters that cannot end a URL in prose.
 */
export function findTextUrls(text: string, maxLinks: number): { links: ExtractedLink[]; skipped: number } {
  const links: ExtractedLink[] = [];
  let skipped = 0;
  for (const match of text.matchAll(/(?:https?:\/\/|www\.)[^\s<>"'`()[\]{}\u3000-\u303f\uff08\uff09]+/gi)) {
    // Sentence punctuation after a written-out URL is not part of it.
    const raw = trimWhere(match[0], (character) => ".,;:!?".includes(character), "end");
    if (links.length < maxLinks) links.push({ href: raw, text: raw });
    else skipped += 1;
  }
  return { links, skipped };
}
