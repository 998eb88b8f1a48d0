/** A piece of plain text, or a web address to show as a link. */
export type TextSegment = { text: string; href?: string };

const urlPattern = /https?:\/\/[^\s<>"']+/g;

/**
 * Splits plain mail text into text and http(s) links, so the outbox can make links clickable
 * while rendering everything else as text (never as HTML). A trailing full stop or bracket is
 * left out of the link.
 */
export function splitLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index ?? 0;
    const href = match[0].replace(/[.,;:!?)\]]+$/, "");
    if (start > last) segments.push({ text: text.slice(last, start) });
    segments.push({ text: href, href });
    last = start + href.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
