// Download headers (RFC 6266): an ASCII fallback name for old clients, and the real name in
// UTF-8 (RFC 5987) so that « Hors classe — campagne 2027 » keeps its accents.

/** `attachment; filename="…"; filename*=UTF-8''…` for a file name as the user should see it. */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
