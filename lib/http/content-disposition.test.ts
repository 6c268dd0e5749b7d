import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("tableau-hors-classe-2027 (publié).csv")).toBe(`attachment; filename="tableau-hors-classe-2027 (publie).csv"; filename*=UTF-8''tableau-hors-classe-2027%20%28publi%C3%A9%29.csv`);
  });
  it("cannot be broken out of by quotes", () => {
    expect(contentDisposition('a"b\\c.csv')).toBe(`attachment; filename="a_b_c.csv"; filename*=UTF-8''a%22b%5Cc.csv`);
  });
});
