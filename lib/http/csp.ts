// The Content-Security-Policy of every page. Scripts run only with the request's nonce
// (Next.js reads it from the request's CSP header and puts it on its own scripts; see
// proxy.ts); 'strict-dynamic' lets those scripts load the page's chunks. Styles keep
// 'unsafe-inline': React and the QR code write style attributes, which nonces cannot cover,
// and a style cannot run code.
export function contentSecurityPolicy(nonce: string | null): string {
  return [
    "default-src 'self'",
    nonce
      ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`
      : "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
