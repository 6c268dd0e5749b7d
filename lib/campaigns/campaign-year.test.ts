import { describe, expect, it } from "vitest";
import { currentCampaignYear } from "./campaign-year";

describe("currentCampaignYear", () => {
  it("is this year until 31 August, next year from 1 September", () => {
    expect(currentCampaignYear(new Date("2026-03-15T12:00:00Z"))).toBe(2026);
    expect(currentCampaignYear(new Date("2026-08-31T12:00:00Z"))).toBe(2026);
    expect(currentCampaignYear(new Date("2026-09-01T12:00:00Z"))).toBe(2027);
    expect(currentCampaignYear(new Date("2026-12-31T12:00:00Z"))).toBe(2027);
  });

  it("turns on 1 September in Paris, two hours before it does in UTC (summer time)", () => {
    // 31 August 22:30 UTC is 1 September 00:30 in Paris.
    expect(currentCampaignYear(new Date("2026-08-31T21:59:00Z"))).toBe(2026);
    expect(currentCampaignYear(new Date("2026-08-31T22:30:00Z"))).toBe(2027);
  });

  it("reads New Year's Eve in Paris: 31 December 23:30 UTC is already 1 January there", () => {
    // In UTC still 2026 (campaign 2027); in Paris 1 January 2027, still campaign 2027.
    expect(currentCampaignYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    // 1 January 2027 00:30 in Paris is 31 December 23:30 UTC: the same campaign year on both sides.
    expect(currentCampaignYear(new Date("2027-01-01T00:30:00+01:00"))).toBe(2027);
    // Into the new year in Paris, up to 31 August: campaign 2027.
    expect(currentCampaignYear(new Date("2027-01-01T12:00:00Z"))).toBe(2027);
  });

  it("defaults to now", () => {
    expect(currentCampaignYear()).toBe(currentCampaignYear(new Date()));
  });
});
