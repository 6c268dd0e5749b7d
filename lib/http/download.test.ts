import { describe, expect, it } from "vitest";
import { contentDisposition, downloadHeaders } from "./download";

describe("Content-Disposition (RFC 6266)", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("fiche-Hélène.pdf")).toBe(
      `attachment; filename="fiche-Helene.pdf"; filename*=UTF-8''fiche-H%C3%A9l%C3%A8ne.pdf`,
    );
  });

  it("cannot be broken by a quote, a line break or a semicolon in the name", () => {
    const header = contentDisposition('candidatures-a"b\r\nSet-Cookie: x=1;.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(
      `attachment; filename="candidatures-a_bSet-Cookie: x=1_.csv"; filename*=UTF-8''candidatures-a%22bSet-Cookie%3A%20x%3D1%3B.csv`,
    );
    // A header value Headers accepts (a line break made the old route answer 500).
    expect(() => new Headers(downloadHeaders('a"\nb.csv', "text/csv"))).not.toThrow();
  });
});
