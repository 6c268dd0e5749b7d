// The HTML part of a mail, made from its French text: paragraphs, line breaks and links,
// everything else escaped. One source of truth for the wording: the text part.
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)»]/g;

function linkify(line: string): string {
  let out = "";
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    out +=
      escape(line.slice(last, match.index)) +
      `<a href="${escape(match[0])}">${escape(match[0])}</a>`;
    last = match.index! + match[0].length;
  }
  return out + escape(line.slice(last));
}

export function mailHtml(subject: string, text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split("\n").map(linkify).join("<br>")}</p>`);
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">',
    `<title>${escape(subject)}</title></head>`,
    '<body style="font-family: Marianne, Arial, sans-serif; color: #161616; line-height: 1.5;">',
    ...paragraphs,
    "</body></html>",
  ].join("\n");
}
