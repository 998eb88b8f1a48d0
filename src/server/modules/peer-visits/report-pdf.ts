import PDFDocument from "pdfkit";
import type { ReportBlock, ReportDocument } from "./report-document";

type Pdf = InstanceType<typeof PDFDocument>;

function drawBlock(pdf: Pdf, block: ReportBlock): void {
  switch (block.kind) {
    case "heading":
      pdf.moveDown(0.8).font("Helvetica-Bold").fontSize(14).fillColor("#1a1a1a").text(block.text);
      pdf.moveDown(0.2);
      return;
    case "subheading":
      pdf.moveDown(0.4).font("Helvetica-Bold").fontSize(11).fillColor("#1a1a1a").text(block.text);
      return;
    case "paragraph":
      pdf.font("Helvetica").fontSize(11).fillColor("#1a1a1a").text(block.text);
      return;
    case "small":
      pdf.font("Helvetica-Oblique").fontSize(9).fillColor("#555555").text(block.text);
      return;
    case "list":
      pdf
        .font("Helvetica")
        .fontSize(11)
        .fillColor("#1a1a1a")
        .list(block.items, { bulletRadius: 2 });
      return;
  }
}

/**
 * The report as a PDF in its language. Uses pdfkit's built-in Helvetica, which covers the
 * letters of English, Swedish, French and Spanish (not non-Latin scripts).
 */
export function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: 56,
    lang: doc.lang,
    info: { Title: doc.title, Creator: "Kollega" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf.font("Helvetica-Bold").fontSize(20).text(doc.title);
  pdf.moveDown(0.5);
  for (const block of doc.blocks) drawBlock(pdf, block);
  pdf.end();
  return done;
}
