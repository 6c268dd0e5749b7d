import { describe, expect, it, vi } from "vitest";
import { keepTypedOnError, UNEXPECTED_MESSAGE } from "./keep-typed";

const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const TYPED = {
  entry: "fonction",
  kind: "DIRECTEUR_ECOLE",
  label: "École Jules-Ferry",
  startDate: "2019-09-01",
};

describe("forms carrying a pièce justificative never lose what was typed", () => {
  it("refuses a 20 MB proof in the browser, without calling the server, keeping the typed values", async () => {
    const server = vi.fn();
    const result = await keepTypedOnError(server)(
      undefined,
      form({ ...TYPED, proof: new File([new Uint8Array(20 * 1024 * 1024)], "arrete.pdf") }),
    );
    expect(server).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      message: "La pièce justificative dépasse 5 Mo.",
      errors: { proof: ["La pièce justificative dépasse 5 Mo."] },
      values: TYPED,
    });
  });

  it("sends a proof of 5 Mo at most", async () => {
    const server = vi.fn(async () => ({ ok: true, message: "Fonction ajoutée" }));
    const result = await keepTypedOnError(server)(
      undefined,
      form({ ...TYPED, proof: new File([new Uint8Array(5 * 1024 * 1024)], "arrete.pdf") }),
    );
    expect(server).toHaveBeenCalledOnce();
    expect(result).toEqual({ ok: true, message: "Fonction ajoutée" });
  });

  it("turns a failed request into a refusal with the typed values, in French, instead of the error page", async () => {
    const failing = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await keepTypedOnError(failing)(undefined, form(TYPED))).toEqual({
      ok: false,
      message: UNEXPECTED_MESSAGE,
      values: TYPED,
    });
    // The server's early refusal of a too-big body (lib/http/guard.ts) keeps its words.
    const refused = async () => {
      throw new Error("La pièce justificative dépasse 5 Mo.");
    };
    expect(await keepTypedOnError(refused)(undefined, form(TYPED))).toMatchObject({
      ok: false,
      message: "La pièce justificative dépasse 5 Mo.",
      values: TYPED,
    });
  });

  it("lets Next.js redirects through", async () => {
    const redirecting = async () => {
      throw Object.assign(new Error("NEXT_REDIRECT"), {
        digest: "NEXT_REDIRECT;replace;/dossier/fonctions-et-missions?enregistre=1;307;",
      });
    };
    await expect(keepTypedOnError(redirecting)(undefined, form(TYPED))).rejects.toThrow(
      "NEXT_REDIRECT",
    );
  });
});
