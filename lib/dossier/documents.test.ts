import { describe, expect, it } from "vitest";
import { checkDocument, MAX_DOCUMENT_BYTES, safeFilename, sniffMimeType } from "./documents";

const PDF = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

describe("pièces justificatives", () => {
  it.each([
    [PDF, "application/pdf"],
    [PNG, "image/png"],
    [JPEG, "image/jpeg"],
    [new TextEncoder().encode("MZ\x90\x00"), null],
    [new TextEncoder().encode("<html>"), null],
  ])("recognises the content, not the name", (bytes, expected) => {
    expect(sniffMimeType(bytes)).toBe(expected);
  });

  it("accepts a PDF and fingerprints it", async () => {
    const result = await checkDocument(new File([PDF], "Arrêté de nomination.PDF"));
    expect(result).toMatchObject({
      ok: true,
      mimeType: "application/pdf",
      filename: "Arrete-de-nomination.pdf",
      size: PDF.byteLength,
    });
    expect(result.ok && result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a renamed executable, an empty file and a missing file", async () => {
    expect(await checkDocument(new File([new TextEncoder().encode("MZ")], "preuve.pdf"))).toEqual({
      ok: false,
      message: "La pièce justificative doit être un fichier PDF, JPEG ou PNG.",
    });
    expect(await checkDocument(new File([], "vide.pdf"))).toMatchObject({
      ok: false,
      message: "La pièce justificative est obligatoire.",
    });
    expect(await checkDocument(null)).toMatchObject({ ok: false });
  });

  it("refuses more than 5 MB, accepts exactly 5 MB", async () => {
    const exact = new Uint8Array(MAX_DOCUMENT_BYTES);
    exact.set(PDF);
    expect((await checkDocument(new File([exact], "a.pdf"))).ok).toBe(true);
    const over = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    over.set(PDF);
    expect(await checkDocument(new File([over], "a.pdf"))).toMatchObject({
      ok: false,
      message: "La pièce justificative dépasse 5 Mo.",
    });
  });

  it("makes file names safe for headers", () => {
    expect(safeFilename('../../etc/"passwd".exe', "image/png")).toBe("etc-passwd.png");
    expect(safeFilename("", "application/pdf")).toBe("piece-justificative.pdf");
  });
});
