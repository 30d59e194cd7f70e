// The message as its reader meets it: sender name, subject, the body Outlook shows (the HTML part
// when there is one, never a text alternative Outlook does not display), its headings, images and
// links, and where the reader's new text ends and quoted history begins. Every question the
// classifier asks is answered on this view, so hidden text never speaks to it.

import type { HeaderField } from "./headers";
import { extractHtml, findTextUrls, type ExtractedImage, type ExtractedLink } from "./html";
import { describeLink, type LinkFacts } from "./links";
import { normalizeText, truncateNormalized, type NormalizedText } from "./normalize";
import type { Message } from "./types";

/** Body characters analysed per part; the rest is reported as skipped. */
export const MAX_BODY_CHARACTERS = 1_000_000;
/** Links analysed per message; the rest is reported as skipped. */
export const MAX_LINKS = 2_000;
/**
 * Images and headings near the top of a message stand for its sender (a logo, a title bar);
 * later ones illustrate or head a section about something else.
 */
const TOP_REGION_CHARACTERS = 400;
const LOGO_IMAGES = 3;
const TOP_HEADINGS = 2;

export interface ViewImage extends ExtractedImage {
  /** Among the first images, near the top of the message: where a sender's logo sits. */
  top: boolean;
}

export interface ReaderView {
  subject: NormalizedText;
  displayName: NormalizedText;
  /** The visible body, new text and quoted history. */
  body: NormalizedText;
  /** Offset in `body.original` where quoted history begins (the body's length when there is none). */
  newTextEnd: number;
  /** The reader's new text only: what a thread-hijack reply adds above the quoted thread. */
  newText: NormalizedText;
  /** The first headings within the top of the new text: where a message says who it is from. */
  topHeadings: string[];
  /** Background colours of the first blocks (see html.ts). */
  topColours: string[];
  images: ViewImage[];
  /** It may show a code to scan: see mayShowCode. */
  mayShowCode: boolean;
  links: LinkFacts[];
  attachmentNames: NormalizedText;
  /** The message has a body at all (HTML or text). */
  hasBody: boolean;
  skippedCharacters: number;
  skippedLinks: number;
}

function limitText(value: string | undefined): { text: string; skipped: number } {
  if (!value) return { text: "", skipped: 0 };
  if (value.length <= MAX_BODY_CHARACTERS) return { text: value, skipped: 0 };
  return { text: value.slice(0, MAX_BODY_CHARACTERS), skipped: value.length - MAX_BODY_CHARACTERS };
}

/**
 * Lines that start quoted history in replies and forwards, as mail clients write them: "> " quoting,
 * Outlook's "-----Original Message-----" and "From: … Sent: …" block, Gmail's "On … wrote:", and
 * their Japanese forms. Linear: each pattern is anchored at a line start and bounded.
 */
const QUOTE_MARKERS: readonly RegExp[] = [
  /^>/,
  /^-{2,}\s*(original message|forwarded message|message d'origine|ursprüngliche nachricht|元のメッセージ|原文|転送メッセージ)/i,
  /^_{10,}\s*$/,
  /^(from|差出人|送信者)\s*[:：].{0,200}$/i,
  /^on .{0,200} wrote:\s*$/i,
  /^.{0,200}(のメッセージ|さんは書きました|wrote)\s*[:：]\s*$/,
];

/** Offset of the first line that starts quoted history, or the text's length. */
export function findQuoteStart(text: string): number {
  let offset = 0;
  let seenText = false;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    // A reply has new text above its quote; a message that opens with a "From:" line is not quoting.
    if (seenText && QUOTE_MARKERS.some((marker) => marker.test(trimmed))) return offset;
    if (trimmed) seenText = true;
    offset += line.length + 1;
  }
  return text.length;
}

/** "RE:", "Fwd:", "AW:", "転送:", "返信:"…: the subject of a reply or a forward. */
const REPLY_SUBJECT =
  /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:re|fw|fwd|aw|wg|tr|rv|sv|vs|res|enc|返信|転送)\s*(?:\[\d{1,3}\])?\s*[:：]/i;

/**
 * Quoted history is cut only from a reply or a forward (its subject or its In-Reply-To/References
 * say so): a message that is neither has no history, and quote marks in it are the sender's own
 * layout, so all of it is read. A scam can still dress as a reply; then its links, attachments
 * and sender are read in full all the same, and only its words are taken from the new text.
 */
export function isReplyOrForward(message: Message, fields: readonly HeaderField[]): boolean {
  return (
    REPLY_SUBJECT.test(message.subject ?? "") ||
    fields.some((field) => field.name === "in-reply-to" || field.name === "references")
  );
}

function collectLinks(
  htmlLinks: readonly ExtractedLink[],
  visibleText: string,
  alreadySkipped: number,
): { links: LinkFacts[]; skipped: number } {
  const written = findTextUrls(visibleText, MAX_LINKS);
  const seen = new Set<string>();
  const all: ExtractedLink[] = [];
  let skipped = alreadySkipped + written.skipped;
  for (const link of [...htmlLinks, ...written.links]) {
    const key = `${link.href}\u0000${link.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (all.length < MAX_LINKS) all.push(link);
    else skipped += 1;
  }
  return { links: all.map(describeLink), skipped };
}

/**
 * Markup that shows a picture or can draw one, wherever it stands: in a comment only classic Outlook
 * reads, a stylesheet, VML, an element the HTML reader takes for hidden or too small; and a style
 * written with character references or CSS escapes, which may spell "url(".
 */
const PICTURE_MARKUP =
  /<(?:img|image|input|picture|video|object|embed|svg|canvas|v:)|url\s*\(|image(?:-set)?\(|\bbackground\s*=|box-shadow|gradient|border-image|style\s*=\s*["'][^"'>]*(?:&#|\\)|<style[^>]*>[^<]*(?:&#|\\)/i;
/** Elements enough for a code drawn as a grid of cells or boxes (a QR code has 21 by 21 modules or more). */
const GRID_ELEMENTS = 120;
/** Filled boxes (a background or border) enough for a code: two a row of the smallest. */
const FILLS = /bgcolor|background|border/gi;
const FILLED = 40;
/** Characters that draw: blocks, shapes, black and white squares, braille, coloured squares. */
const DRAWING_CHARACTERS = /[\u2580-\u25ff\u2b1b\u2b1c\u2800-\u28ff]|\ud83d[\udfe5-\udfeb]/g;
const DRAWN_CHARACTERS = 20;

/** Counts matches of a global pattern, stopping at `enough`. */
function atLeast(pattern: RegExp, text: string, enough: number): boolean {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < enough && pattern.exec(text)) count += 1;
  return count >= enough;
}

/**
 * Whether the message may show a code to scan: any picture markup, enough elements or filled boxes
 * for a grid, or enough drawing characters. Read on the raw HTML and erring towards yes, so words
 * asking to scan a code count as an ask unless the message plainly has nowhere to show one.
 */
function mayShowCode(html: string, text: string): boolean {
  return (
    PICTURE_MARKUP.test(html) ||
    atLeast(/<[a-z]/gi, html, GRID_ELEMENTS) ||
    atLeast(FILLS, html, FILLED) ||
    atLeast(DRAWING_CHARACTERS, text, DRAWN_CHARACTERS)
  );
}

export function buildView(message: Message, fields: readonly HeaderField[] = []): ReaderView {
  const html = limitText(message.html);
  const text = limitText(message.text);
  const extracted = html.text
    ? extractHtml(html.text, MAX_LINKS)
    : {
        text: "",
        looseText: "",
        links: [],
        images: [],
        headings: [],
        quoteStart: -1,
        topColours: [],
        skippedLinks: 0,
      };
  // Outlook shows the HTML part when there is one; the text part is what it shows otherwise.
  const bodyText = html.text ? extracted.text : text.text;
  let newTextEnd = bodyText.length;
  if (isReplyOrForward(message, fields)) {
    const markerStart = findQuoteStart(bodyText);
    const quoteStart = extracted.quoteStart >= 0 ? Math.min(extracted.quoteStart, markerStart) : markerStart;
    // A "reply" with nothing above its quote says all it has to say in the quote.
    if (bodyText.slice(0, quoteStart).trim() !== "") newTextEnd = quoteStart;
  }
  const { links, skipped } = collectLinks(
    extracted.links,
    html.text ? extracted.looseText : text.text,
    extracted.skippedLinks,
  );
  const body = normalizeText(bodyText);
  const topOfBody = bodyText.slice(0, TOP_REGION_CHARACTERS);
  const images = extracted.images.map((image, index) => ({
    ...image,
    top: index < LOGO_IMAGES && (image.alt === "" || topOfBody.includes(image.alt)),
  }));
  return {
    subject: normalizeText(message.subject ?? ""),
    displayName: normalizeText(message.from?.name ?? ""),
    body,
    newTextEnd,
    newText: truncateNormalized(body, newTextEnd),
    topHeadings: extracted.headings
      .filter((heading) => heading.start < Math.min(TOP_REGION_CHARACTERS, newTextEnd))
      .slice(0, TOP_HEADINGS)
      .map((heading) => heading.text),
    topColours: extracted.topColours,
    images,
    // A part beyond what is read may hold the code.
    mayShowCode: html.skipped + text.skipped > 0 || mayShowCode(html.text, bodyText),
    links,
    attachmentNames: normalizeText(
      (message.attachments ?? []).map((attachment) => attachment.name).join("\n"),
    ),
    hasBody: Boolean(html.text || text.text),
    skippedCharacters: html.skipped + text.skipped,
    skippedLinks: skipped,
  };
}
