import "server-only";
import { headers } from "next/headers";

/** The caller's address as the reverse proxy reports it (first hop), or "local". */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}
