// Reads an HTML body as a mail client shows it: the visible text and each link with its text,
// with htmlparser2 (a tolerant, streaming, linear-time tokenizer). Nothing is executed or rendered.

import { Parser } from "htmlparser2";
import { trimWhere } from "./trim";

export interface ExtractedLink {
  /** The destination as written in the message. */
  href: string;
  /** What the reader sees in place of the link (text, or an image's alt text). */
  text: string;
}

export interface ExtractedHtml {
  text: string;
  links: ExtractedLink[];
  /** Links not collected because the message has more than the limit. */
  skippedLinks: number;
}

/** Elements whose content a reader never sees as text. */
const SKIPPED_ELEMENTS = new Set([
  "script",
  "style",
  "head",
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
  "title",
  "tr",
  "ul",
  "button",
]);
const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

function isHiddenStyle(style: string | undefined): boolean {
  if (!style) return false;
  const compact = style.toLowerCase().replace(/\s+/g, "");
  return (
    compact.includes("display:none") ||
    compact.includes("visibility:hidden") ||
    /(^|;)font-size:0(px|pt|em)?(;|$)/.test(compact)
  );
}

export function extractHtml(html: string, maxLinks: number): ExtractedHtml {
  const textParts: string[] = [];
  const links: ExtractedLink[] = [];
  let skippedLinks = 0;
  /** Depth counters rather than a stack of names: broken HTML closes what it never opened. */
  let skippedDepth = 0;
  const hiddenStack: string[] = [];
  const openLinks: Array<{ href: string; parts: string[] }> = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED_ELEMENTS.has(name)) skippedDepth += 1;
        if (!VOID_ELEMENTS.has(name) && isHiddenStyle(attributes["style"])) hiddenStack.push(name);
        if (BLOCK_ELEMENTS.has(name)) textParts.push("\n");
        const href = name === "a" || name === "area" ? attributes["href"] : undefined;
        if (name === "a") openLinks.push({ href: href ?? "", parts: [] });
        else if (name === "area" && href) {
          if (links.length < maxLinks) links.push({ href, text: attributes["alt"] ?? "" });
          else skippedLinks += 1;
        }
        if (name === "img" && openLinks.length > 0) {
          const alt = attributes["alt"];
          if (alt) openLinks[openLinks.length - 1]?.parts.push(alt);
        }
      },
      ontext(data) {
        if (skippedDepth > 0 || hiddenStack.length > 0) return;
        textParts.push(data);
        const link = openLinks[openLinks.length - 1];
        if (link) link.parts.push(data);
      },
      onclosetag(name) {
        if (SKIPPED_ELEMENTS.has(name) && skippedDepth > 0) skippedDepth -= 1;
        if (hiddenStack.length > 0 && hiddenStack[hiddenStack.length - 1] === name) hiddenStack.pop();
        if (BLOCK_ELEMENTS.has(name)) textParts.push("\n");
        if (name === "a") {
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
  return { text: textParts.join(""), links, skippedLinks };
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
