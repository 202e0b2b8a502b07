// Photo captions and credits: taken out of the article content (figures, figcaptions,
// caption/credit spans, gallery and embedded-media boxes, "Photo: …" lines) and kept apart, deduplicated.
import type { ParsedSection } from "../parsedPage.ts";
import { wordCount } from "../words.ts";
import { classAndId, tagOf } from "./dom.ts";
import { cleanText, hasLetters } from "./text.ts";

const CAPTION_CLASS = /caption|credit|wp-caption-text/u;
const CAPTION_CONTROL = /control|toggle|button/u;
const CAPTION_CONTROL_TEXT = /^((hide|show|view|expand|close|toggle)\b.*\bcaption|loading\b.*\b(gallery|photos?|video))\b/iu;
const MEDIA_CLASS = /gallery|slideshow|carousel|lightbox|embed|video|photo|image|media|graphic|picture|thumbnail|(^|[-_])(pics?|picbox|imgs?)($|[-_])/u;
/** A list or its box named like a run of slides. */
const GALLERY_CLASS = /gallery|slide|carousel/u;
/** A media box holding this much prose is a content wrapper that happens to have a media class. */
const MEDIA_MAX_TEXT = 1500;
/** A media box without caption markup gives its text as caption only when it reads like one. */
const MIN_BOX_CAPTION_WORDS = 5;
const CAPTION_SELECTOR = "figcaption, cite, [class*=caption], [class*=Caption], [class*=credit], [class*=Credit]";

function isCaptionElement(element: Element): boolean {
  const name = classAndId(element);
  if (CAPTION_CONTROL.test(name)) return false;
  return tagOf(element) === "figcaption" || CAPTION_CLASS.test(name);
}

/** Class names that say what a container has or how a post is laid out ("has-post-thumbnail", "format-image"), not that it is a photo box. */
const MODIFIER_CLASS = /(^|[-_])has[-_]|format[-_]/u;

function namesMedia(element: Element): boolean {
  return classAndId(element)
    .split(/\s+/u)
    .some((name) => !MODIFIER_CLASS.test(name) && MEDIA_CLASS.test(name));
}

/**
 * A gallery of slides inside the story: a list named like one (or held in a box named so) whose
 * every item holds a picture. Its captions may run to paragraphs, so its size says nothing.
 */
function isGalleryList(element: Element): boolean {
  const tag = tagOf(element);
  if (tag !== "ul" && tag !== "ol") return false;
  const items = [...element.children].filter((child) => tagOf(child) === "li");
  if (items.length < 2 || !items.every((item) => item.querySelector("img, picture"))) return false;
  return [element, element.parentElement].some((box) => box !== null && GALLERY_CLASS.test(classAndId(box)));
}

/**
 * A photo, video or gallery box, whose text is its caption. Quoted text (an embedded tweet or
 * post, a pull quote: a blockquote, even inside an "embed" box or a figure) is never a
 * caption, nor is an <article>.
 */
function isMediaBox(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === "article" || tag === "blockquote" || element.querySelector("blockquote")) return false;
  if (tag === "figure" || isGalleryList(element)) return true;
  if (!namesMedia(element)) return false;
  const text = cleanText(element.textContent ?? "");
  if (text.length > MEDIA_MAX_TEXT) return false;
  const longParagraphs = [...element.querySelectorAll("p")].filter((p) => cleanText(p.textContent ?? "").length > 150);
  return longParagraphs.length < 2;
}

function captionText(element: Element): string {
  return cleanText((element.textContent ?? "").replace(/^\s*Photo\b/u, ""));
}

function keep(captions: string[], text: string): void {
  if (!hasLetters(text) || CAPTION_CONTROL_TEXT.test(text)) return;
  if (captions.some((c) => c === text || c.includes(text))) return;
  const covered = captions.findIndex((c) => text.includes(c));
  if (covered >= 0) captions.splice(covered, 1, text);
  else captions.push(text);
}

/** Captions written as plain paragraphs: "Photo: … Credit …", "Credit: Reuters/…", "1 of 4. …", "In this photo … (AP Photo)", "…, photos © Jo Doe, 2018". */
const CAPTION_LINE = [
  /^(photo|image|picture|graphic|video)s?(\s+\d+\s+of\s+\d+)?\s*[:|—–]\s*\S/iu,
  /^(photo\s+|image\s+)?credits?\s*[:—–]\s*\S/iu,
  /^\d+\s+of\s+\d+\.\s+\S/u,
  /\((photo|image|picture)s?(\s+by|\s*:|\s+credit)[^)]*\)$/iu,
  /\b(photo|image|picture)s?\s*(©|\(c\))\s*\S[^.]*$/iu,
];
/** Longer paragraphs are prose, whatever they start with. */
const CAPTION_LINE_MAX = 400;
/** A wire photo's caption opens and closes like one ("In this photo taken … (AP Photo/Jo Doe)") and may run to a few sentences. */
const WIRE_CAPTION = /^in this (file |undated |handout )?(photo|image|picture)\b.*\([^()]*\b(photo|image|picture)s?\b[^()]*\)$/isu;
const WIRE_CAPTION_MAX = 1000;

export function isCaptionLine(text: string): boolean {
  if (text.length <= WIRE_CAPTION_MAX && WIRE_CAPTION.test(text)) return true;
  return text.length <= CAPTION_LINE_MAX && CAPTION_LINE.some((pattern) => pattern.test(text));
}

/** Moves paragraphs that are captions (by their text) out of `sections` into `captions`. */
export function takeCaptionLines(sections: readonly ParsedSection[], captions: readonly string[]): { sections: ParsedSection[]; captions: string[] } {
  const kept = [...captions];
  const body = sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.filter((text) => {
      if (!isCaptionLine(text)) return true;
      keep(kept, text);
      return false;
    }),
  }));
  return { sections: body.filter((s) => s.paragraphs.length > 0 || s.heading), captions: kept };
}

/** Removes captions and media boxes from `root`; returns the caption texts in page order, one a slide for a gallery. */
export function takeCaptions(root: Element): string[] {
  const captions: string[] = [];
  const boxes = [...root.querySelectorAll("*")].filter(isMediaBox).filter((box, _, all) => !all.some((other) => other !== box && other.contains(box)));
  for (const box of boxes) {
    for (const part of isGalleryList(box) ? [...box.children] : [box]) {
      const inner = [...part.querySelectorAll(CAPTION_SELECTOR)].filter((el) => tagOf(el) === "cite" || isCaptionElement(el));
      const outermost = inner.filter((el) => !inner.some((other) => other !== el && other.contains(el)));
      if (outermost.length > 0) for (const el of outermost) keep(captions, captionText(el));
      else if (wordCount(captionText(part)) >= MIN_BOX_CAPTION_WORDS) keep(captions, captionText(part));
    }
    box.remove();
  }
  const loose = [...root.querySelectorAll(CAPTION_SELECTOR)].filter(isCaptionElement);
  for (const el of loose.filter((el) => !loose.some((other) => other !== el && other.contains(el)))) {
    keep(captions, captionText(el));
    el.remove();
  }
  return captions;
}
