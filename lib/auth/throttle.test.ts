import { describe, expect, it } from "vitest";
import { LOGIN_THROTTLE, retryAfterSeconds, waitMessage } from "./throttle";

const now = new Date("2026-11-29T10:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe("login throttling", () => {
  it("lets the first failures through at once", () => {
    for (let f = 0; f < LOGIN_THROTTLE.free; f++)
      expect(retryAfterSeconds(f, now, now, LOGIN_THROTTLE)).toBe(0);
  });

  it("doubles the delay at each failure past the free ones, up to the maximum", () => {
    const delays = [5, 6, 7, 8, 12, 20].map((f) => retryAfterSeconds(f, now, now, LOGIN_THROTTLE));
    expect(delays).toEqual([60, 120, 240, 480, 3600, 3600]);
  });

  it("counts the delay from the last failure, so that it never ends for good and never for ever", () => {
    expect(retryAfterSeconds(6, ago(100), now, LOGIN_THROTTLE)).toBe(20);
    expect(retryAfterSeconds(6, ago(120), now, LOGIN_THROTTLE)).toBe(0);
    // Unlike the old lock, a delay that has passed does not restart the count: the next
    // failure (7th) waits longer still.
    expect(retryAfterSeconds(7, now, now, LOGIN_THROTTLE)).toBe(240);
  });

  it("speaks in whole minutes", () => {
    expect(waitMessage(20)).toBe("1 minute");
    expect(waitMessage(240)).toBe("4 minutes");
  });
});
