import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import {
  advance,
  as,
  buildVisitWorld,
  completePreparation,
  expectStatus,
  readVisit,
  type VisitTestRole,
  type VisitWorld,
} from "../../../../test/peer-visit-fixtures";
import { decodePng, measureInkShare } from "../../../../test/png-pixels";

const strengths = ["Crews keep the route map current", "Förarna känner sina rutter väl"];
const weaknesses = [
  "The market is missed on Fridays",
  "Återvinningsstationen saknar skyltar på swahili",
];

describe.each(dialects)("the peer visit report as PDF and HTML on %s", (dialect) => {
  let t: TestApp;
  let w: VisitWorld;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    w = await buildVisitWorld(t);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kollega-report-"));
    await completePreparation(w);
    await advance(w, "host");
    await advance(w, "moderator");
    await as(w, "moderator", "PUT", `${w.url}/common-understanding`, {
      agreedStrengths: strengths,
      agreedWeaknesses: weaknesses,
      note: "Agreed <b>with</b> the host",
      version: (await readVisit(w)).version,
    }).then(expectStatus(200));
    await advance(w, "moderator");
    await as(w, "host", "POST", `${w.url}/improvement-actions`, {
      title: "Add a Friday market round",
      ownerName: "Amina Otieno",
      dueOn: "2027-03-01",
      status: "in_progress",
    }).then(expectStatus(201));
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function fetchPdf(role: VisitTestRole, query: string): Promise<string> {
    const res = await t.app.inject({
      method: "GET",
      url: `${w.url}/report.pdf${query}`,
      headers: { cookie: w.cookies[role] ?? "" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const file = path.join(dir, `${role}-${query.replace(/\W/g, "") || "own"}.pdf`);
    fs.writeFileSync(file, res.rawPayload);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    return file;
  }

  function renderFirstPage(file: string): number {
    const prefix = file.replace(/\.pdf$/, "");
    execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", file, prefix]);
    const png = fs
      .readdirSync(dir)
      .find((f) => f.startsWith(path.basename(prefix)) && f.endsWith(".png"));
    expect(png, "pdftoppm wrote a PNG page").toBeDefined();
    const image = decodePng(fs.readFileSync(path.join(dir, png ?? "")));
    expect(image.width).toBeGreaterThan(300);
    return measureInkShare(image);
  }

  const textOf = (file: string) =>
    execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8");
  const flat = (text: string) => text.replace(/\s+/g, " ");

  it("renders an English PDF with the agreed strengths and weaknesses under English headings", async () => {
    const file = await fetchPdf("host", "?lang=en");
    expect(renderFirstPage(file)).toBeGreaterThan(0.005);
    const text = flat(textOf(file));
    for (const heading of ["Peer visit report", "Strengths", "Weaknesses", "Improvement actions"]) {
      expect(text).toContain(heading);
    }
    for (const point of [...strengths, ...weaknesses]) expect(text).toContain(point);
    expect(text).toContain("Add a Friday market round");
    expect(text).toContain("under way");
    expect(text).not.toContain("Styrkor");
  });

  it("renders in Swedish for a Swedish reader, with Swedish headings and letters intact", async () => {
    const file = await fetchPdf("moderator", "");
    expect(renderFirstPage(file)).toBeGreaterThan(0.005);
    const text = flat(textOf(file));
    for (const heading of [
      "Rapport från kollegabesöket",
      "Styrkor",
      "Svagheter",
      "Förbättringsåtgärder",
    ]) {
      expect(text).toContain(heading);
    }
    for (const point of [...strengths, ...weaknesses]) expect(text).toContain(point);
    expect(text).toContain("pågår");
    expect(text).not.toContain("Strengths");
  });

  it("writes French and Spanish too", async () => {
    expect(flat(textOf(await fetchPdf("host", "?lang=fr")))).toContain("Points forts");
    expect(flat(textOf(await fetchPdf("host", "?lang=es")))).toContain("Fortalezas");
  });

  it("serves the HTML report in the reader's language with people's text escaped", async () => {
    const res = await as(w, "moderator", "GET", `${w.url}/report.html`);
    expect(res.status).toBe(200);
    expect(String(res.headers["content-type"])).toContain("text/html");
    const html = String(res.body);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("<h3>Styrkor</h3>");
    expect(html).toContain("<li>Förarna känner sina rutter väl</li>");
    expect(html).toContain("Agreed &lt;b&gt;with&lt;/b&gt; the host");
    expect(html).not.toContain("<b>with</b>");
  });
});
