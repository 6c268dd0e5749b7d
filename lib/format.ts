// Dates as French users read them, in metropolitan French time whatever the server's zone.
const TIME_ZONE = "Europe/Paris";

const dateFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const timeFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
});
// Calendar dates (échelon dates, birth dates) are stored at UTC midnight: never shift them.
const calendarFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "UTC",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

/** "1 erreur", "12 345 erreurs", "0 erreur" (French: the plural from 2). */
export function formatCount(n: number, one: string, many: string): string {
  return `${n.toLocaleString("fr-FR")} ${n >= 2 ? many : one}`;
}

/** "21/04/2019" for an instant (login, submission). */
export function formatDate(at: Date): string {
  return dateFormat.format(at);
}

/** "Dernière connexion le 21/04/2019 à 19:17" style. */
export function formatDateTime(at: Date): string {
  return `le ${dateFormat.format(at)} à ${timeFormat.format(at)}`;
}

/** "01/09/2014" for a calendar date stored at UTC midnight. */
export function formatCalendarDate(date: Date | null | undefined): string {
  return date ? calendarFormat.format(date) : "";
}

/** "2014-09-01", for <input type="date"> and the rules engine. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses "YYYY-MM-DD" into a UTC-midnight Date, or null. */
export function parseIsoDate(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || toIsoDate(date) !== text ? null : date;
}

export function ordinalEchelon(echelon: number): string {
  return echelon === 1 ? "1er" : `${echelon}e`;
}

export { GRADE_LABELS } from "@/lib/rules/grades";
