import { durationBetween, formatDuration } from "@/lib/rules/dates";
import { toIsoDate } from "@/lib/format";

/** "4 ans 5 mois 30 jours" between a calendar date and the observation date. */
export function seniority(since: Date, at: Date): string {
  const from = toIsoDate(since);
  const to = toIsoDate(at);
  return from > to ? "—" : formatDuration(durationBetween(from, to));
}
