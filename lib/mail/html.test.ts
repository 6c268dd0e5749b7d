import { describe, expect, it } from "vitest";
import { mailHtml } from "./html";

describe("mailHtml", () => {
  it("keeps the paragraphs and line breaks, links the addresses and escapes the rest", () => {
    const html = mailHtml(
      "Objet <test>",
      "Bonjour Zoé & Léa,\n\nCliquez : https://portail.fr/reinitialisation/abc-123.\nMerci.\n\n<script>alert(1)</script>",
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<title>Objet &lt;test&gt;</title>");
    expect(html).toContain("<p>Bonjour Zoé &amp; Léa,</p>");
    expect(html).toContain(
      '<p>Cliquez : <a href="https://portail.fr/reinitialisation/abc-123">https://portail.fr/reinitialisation/abc-123</a>.<br>Merci.</p>',
    );
    expect(html).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(html).not.toContain("<script>");
  });
});
