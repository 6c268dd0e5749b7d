import { describe, expect, it } from "vitest";
import { checkBody, MAX_BODY_BYTES, MAX_FORM_BYTES, refusalMessage } from "./guard";

const length = (n: number, extra: Record<string, string> = {}) => ({
  "content-length": String(n),
  ...extra,
});

describe("request body guard", () => {
  it("refuses a declared body over the limit on /api/auth and route handlers", () => {
    expect(checkBody("/api/auth/callback/credentials", length(100 * 1024 * 1024))).toEqual({
      ok: false,
      status: 413,
    });
    expect(checkBody("/api/auth/signout", length(MAX_BODY_BYTES + 1))).toEqual({
      ok: false,
      status: 413,
    });
    expect(checkBody("/api/auth/signout", length(MAX_BODY_BYTES))).toEqual({ ok: true });
    // Even claiming to be a server action or a form.
    expect(
      checkBody(
        "/api/auth/signout",
        length(MAX_BODY_BYTES + 1, {
          "next-action": "x",
          "content-type": "multipart/form-data; boundary=x",
        }),
      ),
    ).toEqual({ ok: false, status: 413 });
  });

  it("refuses a body of unknown length, lets bodiless requests through", () => {
    expect(checkBody("/api/auth/signout", { "transfer-encoding": "chunked" })).toEqual({
      ok: false,
      status: 411,
    });
    expect(checkBody("/connexion", { "transfer-encoding": "chunked" })).toEqual({
      ok: false,
      status: 411,
    });
    expect(checkBody("/accueil", {})).toEqual({ ok: true });
  });

  it("lets server actions and forms posted without JavaScript carry an upload", () => {
    expect(
      checkBody(
        "/dossier/fonctions-et-missions",
        length(5 * 1024 * 1024, { "next-action": "abc" }),
      ),
    ).toEqual({ ok: true });
    // Next.js counts the bytes of a server action of unknown length itself.
    expect(
      checkBody("/dossier/fonctions-et-missions", {
        "next-action": "abc",
        "transfer-encoding": "chunked",
      }),
    ).toEqual({ ok: true });
    expect(
      checkBody(
        "/dossier/fonctions-et-missions",
        length(5 * 1024 * 1024, { "content-type": "multipart/form-data; boundary=x" }),
      ),
    ).toEqual({ ok: true });
    expect(
      checkBody(
        "/dossier/fonctions-et-missions",
        length(MAX_FORM_BYTES + 1, { "content-type": "multipart/form-data; boundary=x" }),
      ),
    ).toEqual({ ok: false, status: 413 });
    expect(
      checkBody(
        "/connexion",
        length(1024 * 1024, { "content-type": "application/x-www-form-urlencoded" }),
      ),
    ).toEqual({ ok: false, status: 413 });
  });

  it("refuses a server action declaring more than the form limit before reading it, with the proof's message", () => {
    // A 20 MB pièce justificative sent by « Ajouter » or « Envoyer le signalement ».
    const twentyMb = length(20 * 1024 * 1024, {
      "next-action": "abc",
      "content-type": "multipart/form-data; boundary=x",
    });
    expect(checkBody("/dossier/fonctions-et-missions", twentyMb)).toEqual({
      ok: false,
      status: 413,
    });
    expect(
      checkBody(
        "/dossier/situation-de-carriere",
        length(MAX_FORM_BYTES + 1, { "next-action": "abc" }),
      ),
    ).toEqual({ ok: false, status: 413 });
    expect(
      checkBody("/dossier/situation-de-carriere", length(MAX_FORM_BYTES, { "next-action": "abc" })),
    ).toEqual({ ok: true });
    expect(refusalMessage("/dossier/fonctions-et-missions", 413)).toBe(
      "La pièce justificative dépasse 5 Mo.",
    );
    expect(refusalMessage("/api/auth/signout", 413)).toBe("Requête trop volumineuse.");
    expect(refusalMessage("/connexion", 411)).toBe("Longueur de la requête requise.");
  });
});
