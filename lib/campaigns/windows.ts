// Campaign windows are calendar dates (stored at UTC midnight) read in metropolitan French
// time: a window "du 2 au 23 mars" opens on 2 March at 00:00 in Paris and closes at the
// end of 23 March in Paris, whatever the server's time zone.
const DAY_MS = 86_400_000;

const parisHour = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The instant at which the calendar day `date` starts in Paris. */
export function parisDayStart(date: Date): Date {
  const utcMidnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  // Paris is UTC+1 or UTC+2: the Paris hour at UTC midnight is that offset.
  const offsetHours = Number(parisHour.format(new Date(utcMidnight)));
  return new Date(utcMidnight - offsetHours * 3_600_000);
}

export function parisDayEnd(date: Date): Date {
  return parisDayStart(new Date(date.getTime() + DAY_MS));
}

export type WindowState = "avant" | "ouverte" | "fermee" | "aucune";

export function windowState(start: Date | null, end: Date | null, now: Date): WindowState {
  if (!start || !end) return "aucune";
  if (now < parisDayStart(start)) return "avant";
  if (now >= parisDayEnd(end)) return "fermee";
  return "ouverte";
}

/** Today's calendar date in Paris, at UTC midnight (the storage convention). */
export function parisToday(now: Date): Date {
  const [day, month, year] = new Intl.DateTimeFormat("fr-FR", {
    timeZone: "Europe/Paris",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  })
    .format(now)
    .split("/")
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}
