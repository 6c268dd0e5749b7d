// Content-Disposition for downloads, per RFC 6266 / RFC 8187: an ASCII fallback in
// `filename` (quotes, backslashes and control characters removed) and the exact name,
// percent-encoded UTF-8, in `filename*`. Never put a raw URL segment in a header.
export function contentDisposition(
  filename: string,
  disposition: "attachment" | "inline" = "attachment",
): string {
  const clean = filename.replace(/[\u0000-\u001f\u007f/\\]/g, "").trim() || "fichier";
  const ascii = clean
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["%;]/g, "_");
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Headers of a private download (never cached, never sniffed). */
export function downloadHeaders(
  filename: string,
  contentType: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(filename),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    ...extra,
  };
}
