// Environment read in one place. The embedded SQLite file lives under data/ by default.
export const DEFAULT_DATABASE_URL = "file:./data/avancement.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** postgres:// and postgresql:// URLs select PostgreSQL; anything else is a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Secret that signs session cookies. Production refuses to start without one; elsewhere a
 * fixed development value keeps `next dev` and the tests working out of the box.
 */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret && secret.length >= 32) return secret;
  if (
    process.env.NODE_ENV === "production" &&
    process.env.NEXT_PHASE !== "phase-production-build"
  ) {
    throw new Error("AUTH_SECRET (32 caractères au moins) doit être défini en production.");
  }
  return "avancement-development-secret-not-for-production-use";
}

/** Public address of the portal, used in links sent by mail. */
export function appUrl(): string {
  return (process.env.AUTH_URL || process.env.APP_URL || "http://localhost:3000").replace(
    /\/$/,
    "",
  );
}
