import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";

// Server actions read the signed-in user through lib/auth/session; integration tests
// choose that user here, and everything after it (role checks, scope checks, zod, the
// database) runs for real.
let current: CurrentUser | null = null;

// The real module imports next-auth, which needs a Next.js request; actions only call
// getCurrentUser.
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => current,
  getActiveUser: async () => (current && !current.passwordChangeRequired ? current : null),
}));

// Rate limits key on the caller's address, read from the request headers in Next.js.
let ip = "203.0.113.1";
vi.mock("@/lib/auth/client-ip", () => ({ clientIp: async () => ip }));

export function fromAddress(address: string): void {
  ip = address;
}

export function actAs(user: CurrentUser | null): void {
  current = user;
}

export function form(values: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}
