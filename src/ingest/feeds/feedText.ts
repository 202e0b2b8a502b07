// A feed's title or author as plain text: feeds often carry escaped HTML (entities, <b>, CDATA) in
// them, and an RSS author is an e-mail address with the name in brackets.
import { parseDocument } from "../html/dom.ts";

export function feedText(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const text = /[<&]/u.test(value) ? (parseDocument(`<p>${value}</p>`).body.textContent ?? "") : value;
  return text.replace(/\s+/gu, " ").trim() || undefined;
}

/** "jane@example.com (Jane Doe)" → "Jane Doe"; a bare address is no name. */
export function authorName(value: string | undefined): string | undefined {
  const text = feedText(value);
  if (!text) return undefined;
  const bracketed = /^\S+@\S+\s*\((.+)\)$/u.exec(text)?.[1];
  if (bracketed) return bracketed.trim();
  return /^\S+@\S+$/u.test(text) ? undefined : text;
}
