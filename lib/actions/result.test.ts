import { describe, expect, it } from "vitest";
import { toActionState, type WriteResult } from "./result";

describe("toActionState", () => {
  it("passes the extras of a success through", () => {
    const result: WriteResult<{ id: string }> = { ok: true, id: "x" };
    expect(toActionState(result, { message: "Enregistré.", increment: 1 })).toStrictEqual({
      ok: true,
      message: "Enregistré.",
      increment: 1,
    });
  });

  it("keeps only the typed values of the extras on a failure", () => {
    expect(
      toActionState(
        { ok: false, message: "Refusé." },
        { message: "Enregistré.", values: { a: "1" }, increment: 1 },
      ),
    ).toStrictEqual({
      ok: false,
      message: "Refusé.",
      values: { a: "1" },
    });
  });

  it("puts the message under its field", () => {
    expect(
      toActionState({ ok: false, message: "Date invalide.", field: "startDate" }),
    ).toStrictEqual({
      ok: false,
      message: "Date invalide.",
      errors: { startDate: ["Date invalide."] },
    });
  });

  it("maps several field errors, which win over the single field", () => {
    expect(
      toActionState({
        ok: false,
        message: "Erreurs.",
        field: "year",
        errors: { year: "Année ?", name: "Nom ?" },
      }),
    ).toStrictEqual({
      ok: false,
      message: "Erreurs.",
      errors: { year: ["Année ?"], name: ["Nom ?"] },
    });
  });
});
