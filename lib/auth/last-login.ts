import { formatDateTime } from "@/lib/format";

// "Dernière connexion" is the login before the current one (User.previousLoginAt, set at
// each login from the former lastLoginAt): lastLoginAt is the session being used.

/** "le 21/04/2019 à 19:17", or null before any earlier login. */
export function previousLoginText(user: {
  previousLoginAt: Date | null | undefined;
}): string | null {
  return user.previousLoginAt ? formatDateTime(user.previousLoginAt) : null;
}

/** The portal's line: "Dernière connexion le 21/04/2019 à 19:17". */
export function lastLoginLine(user: { previousLoginAt: Date | null | undefined }): string {
  const previous = previousLoginText(user);
  return previous ? `Dernière connexion ${previous}` : "Première connexion à ce portail.";
}
