import { headers } from "next/headers";
import { PEER_HEADER } from "@/lib/http/guard";

// Next.js gives route handlers and actions no socket address, and its own server fills
// X-Forwarded-For from the socket only when the client sent none: a client-chosen value
// would pass for the address. instrumentation.ts therefore stamps every request with the
// socket's address in PEER_HEADER (overwriting anything the client sent), and forwarded
// headers count only for the TRUST_PROXY_HOPS reverse proxies that we run ourselves.

export { PEER_HEADER };

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * The client's address: each trusted proxy appends the address it received the request
 * from to X-Forwarded-For, and the last proxy is our socket peer; so the client is the entry
 * `hops` places before the peer. Entries further left were written by the client itself.
 */
export function resolveClientIp(
  forwardedFor: string | null,
  peer: string | null,
  hops: number,
): string {
  if (!peer) return "inconnue";
  if (hops === 0) return normalizeIp(peer);
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    peer,
  ];
  return normalizeIp(chain[Math.max(0, chain.length - 1 - hops)]!);
}

function normalizeIp(ip: string): string {
  // IPv4 seen through an IPv6 socket: one address, one key.
  return ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").slice(0, 64);
}

export function ipFromHeaders(h: Headers): string {
  return resolveClientIp(h.get("x-forwarded-for"), h.get(PEER_HEADER), trustedProxyHops());
}

/** The caller's address in the current request; throws outside a request. */
export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
