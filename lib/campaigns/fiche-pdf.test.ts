import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { renderFichePdf } from "./fiche-pdf";
import type { Fiche } from "./fiche";

const NAME = "Łódź Nguyễn Ștefan Dvořák — « CPC » ’apostrophe’";

function fiche(): Fiche {
  return {
    campaign: { id: "c1", title: "Hors classe 2027 — « CPC »", observationDate: "31 août 2027" },
    agent: {
      name: NAME,
      situation: "Professeur des écoles, 9e échelon",
      affectation: "École Œillets (Saint-Étienne)",
      circonscription: "Circonscription Ștefan",
    },
    eligibility: { reasons: ["Conseiller pédagogique — « CPC »"], viviers: [1] },
    vivier: "1er vivier",
    functions: [
      {
        label: "Conseiller pédagogique — Dvořák",
        period: "du 1er septembre 2020 à ce jour",
        retained: true,
      },
    ],
    schoolYears: ["2020-2021"],
    candidature: null,
  } as unknown as Fiche;
}

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const lines: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    lines.push(
      content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
        .join(""),
    );
  }
  await doc.destroy();
  return lines.join("\n");
}

describe("renderFichePdf", () => {
  it("embeds a Unicode font: names outside Latin-1 come out intact", async () => {
    const pdf = await renderFichePdf(fiche(), new Date("2027-01-15T10:00:00Z"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/FontFile[23]?/);
    const text = (await pdfText(pdf)).normalize("NFC");
    expect(text).toContain(NAME);
    expect(text).toContain("Circonscription Ștefan");
    expect(text).toContain("Conseiller pédagogique — Dvořák");
    expect(text).toContain("RÉPUBLIQUE FRANÇAISE");
  });
});
