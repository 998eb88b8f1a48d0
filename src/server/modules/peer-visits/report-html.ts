import type { ReportBlock, ReportDocument } from "./report-document";

/** Escapes text for HTML: people's text is always shown as text, never as markup. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case "heading":
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case "subheading":
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "small":
      return `<p class="small">${escapeHtml(block.text)}</p>`;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
  }
}

const style = [
  "body{font-family:Helvetica,Arial,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}",
  "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.6rem;border-bottom:1px solid #ccc}",
  "h3{font-size:1rem;margin-bottom:.2rem}.small{font-size:.85rem;color:#555}",
  "@media print{body{margin:0}}",
].join("");

/** The report as a complete, printable HTML page in its language. */
export function renderReportHtml(doc: ReportDocument): string {
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(doc.lang)}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${style}</style></head>`,
    `<body><main><h1>${escapeHtml(doc.title)}</h1>`,
    ...doc.blocks.map(renderBlock),
    "</main></body></html>",
  ].join("\n");
}
