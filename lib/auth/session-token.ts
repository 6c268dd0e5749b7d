// The session cookie's names (next-auth's defaults over HTTPS and HTTP), as sent unchunked.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];
const TOKEN_CACHE_MS = 5 * 60_000;
export const TOKEN_CACHE_SIZE = 10_000;
const sidByToken = new Map<string, { sid: string; until: number }>();

export interface CookieJar {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string }[];
}

/**
 * The LoginSession id the request's cookie carries. Decrypting the cookie (next-auth's
 * auth(): key derivation, JWE, its request machinery) was an eighth of a signed-in page's
 * CPU (BENCHMARKS.md, issue 13), so a cookie `decode` accepted is remembered for a few
 * minutes, keyed by the whole cookie. The session row is still read on every request
 * (lib/auth/login loadSession), so a revocation or an expiry applies at once.
 */
export async function sessionIdOf(
  jar: CookieJar,
  decode: () => Promise<string | null>,
  now = Date.now(),
): Promise<string | null> {
  const names = jar
    .getAll()
    .map((c) => c.name)
    .filter((n) => SESSION_COOKIES.some((prefix) => n.startsWith(prefix)));
  if (names.length === 0) return null;
  // Only a lone, unchunked session cookie is a key: with two (both names, or chunks), which
  // one next-auth reads depends on its settings, and a planted cookie beside a victim's
  // must never be remembered as the victim's session.
  const token =
    names.length === 1 && SESSION_COOKIES.includes(names[0]!) ? jar.get(names[0]!)?.value : null;
  const known = token ? sidByToken.get(token) : undefined;
  if (known && known.until > now) return known.sid;
  // Unknown, stale, chunked or ambiguous: next-auth decides.
  const sid = await decode();
  if (token) sidByToken.delete(token);
  if (sid && token) {
    if (sidByToken.size >= TOKEN_CACHE_SIZE) {
      const oldest = sidByToken.keys().next().value;
      if (oldest !== undefined) sidByToken.delete(oldest);
    }
    sidByToken.set(token, { sid, until: now + TOKEN_CACHE_MS });
  }
  return sid;
}
