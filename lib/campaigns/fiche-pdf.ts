import path from "node:path";
import PDFDocument from "pdfkit";
import { formatDate } from "@/lib/format";
import type { Fiche } from "./fiche";

// pdfkit's built-in Helvetica is WinAnsi only: «Łódź», «Nguyễn» or «Ștefan» came out as
// garbage. The fiche embeds Marianne, the État's typeface, from the pinned DSFR package
// (its WOFF files, which pdfkit reads; not the WOFF2 ones): it covers Latin Extended and
// Vietnamese, and it is there after `npm ci` alone (decision 0005).
const FONTS_DIR = path.join(process.cwd(), "node_modules", "@gouvfr", "dsfr", "dist", "fonts");
const FONTS = {
  Regular: "Marianne-Regular.woff",
  Bold: "Marianne-Bold.woff",
  Italic: "Marianne-Regular_Italic.woff",
} as const;

export function renderFichePdf(fiche: Fiche, now = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: `Fiche de candidature — ${fiche.campaign.title}`, Author: "Avancement" },
  });
  for (const [name, file] of Object.entries(FONTS))
    doc.registerFont(name, path.join(FONTS_DIR, file));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );

  const heading = (text: string) =>
    doc
      .moveDown(0.8)
      .font("Bold")
      .fontSize(12)
      .fillColor("#000091")
      .text(text)
      .fillColor("black")
      .moveDown(0.3);
  const line = (label: string, value: string) =>
    doc
      .font("Bold")
      .fontSize(10)
      .text(`${label} : `, { continued: true })
      .font("Regular")
      .text(value);

  doc.font("Bold").fontSize(9).text("RÉPUBLIQUE FRANÇAISE — Ministère de l'Éducation nationale");
  doc.moveDown(1).fontSize(16).text("Fiche de candidature");
  doc.font("Regular").fontSize(11).text(fiche.campaign.title);

  heading("Agent");
  line("Nom", fiche.agent.name);
  line("Situation", fiche.agent.situation);
  line("Affectation", fiche.agent.affectation);
  line("Circonscription", fiche.agent.circonscription);

  heading("Examen de la candidature");
  line("Date d'observation", fiche.campaign.observationDate);
  line("Vivier", fiche.vivier);
  for (const reason of fiche.eligibility.reasons)
    doc.font("Regular").fontSize(10).text(`• ${reason}`);

  heading("Fonctions et missions retenues");
  if (fiche.functions.length === 0)
    doc.font("Regular").fontSize(10).text("Aucune fonction retenue.");
  for (const f of fiche.functions)
    doc.font("Regular").fontSize(10).text(`• ${f.label}, ${f.period}`);
  if (fiche.schoolYears.length)
    doc
      .moveDown(0.3)
      .text(
        `Années scolaires retenues (${fiche.schoolYears.length}) : ${fiche.schoolYears.join(", ")}.`,
      );

  heading("Candidature");
  if (fiche.candidature?.status === "ENREGISTREE") {
    line("État", `enregistrée le ${formatDate(fiche.candidature.submittedAt)}`);
    line(
      "Accusé de réception",
      fiche.candidature.receiptNumber ?? "émis à la date de fermeture du dépôt des candidatures",
    );
  } else {
    line("État", "non validée");
  }
  doc
    .moveDown(2)
    .font("Italic")
    .fontSize(8)
    .fillColor("#3a3a3a")
    .text(`Document édité le ${formatDate(now)} par le portail Avancement.`);
  doc.end();
  return done;
}
