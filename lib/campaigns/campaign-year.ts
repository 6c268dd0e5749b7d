import { parisToday } from "./windows";

/**
 * The year of the campaign that today belongs to: the year of the next 31 August on or
 * after today, today read in Paris (promotions take effect on 1 September). From 1 September
 * at 00:00 in Paris the next year's campaigns begin, whatever the server's time zone.
 * The one place that says it: pages, the demo seed and the tests all call it.
 */
export function currentCampaignYear(now: Date = new Date()): number {
  const today = parisToday(now);
  return today.getUTCMonth() >= 8 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
}
