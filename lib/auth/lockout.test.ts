import { describe, expect, it } from "vitest";
import { afterFailure, afterSuccess, isLocked, LOCKOUT_POLICY, remainingAttempts, type LockState } from "./lockout";

const now = new Date("2026-11-29T10:00:00Z");
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);

function fail(times: number, start: LockState = afterSuccess(), at = now): LockState {
  let state = start;
  for (let i = 0; i < times; i++) state = afterFailure(state, at);
  return state;
}

describe("lockout", () => {
  it("stays open below the limit", () => {
    const state = fail(LOCKOUT_POLICY.maxFailures - 1);
    expect(isLocked(state, now)).toBe(false);
    expect(remainingAttempts(state)).toBe(1);
  });

  it("locks at the limit for the policy's duration", () => {
    const state = fail(LOCKOUT_POLICY.maxFailures);
    expect(isLocked(state, now)).toBe(true);
    expect(isLocked(state, minutes(LOCKOUT_POLICY.lockMinutes - 1))).toBe(true);
    expect(isLocked(state, minutes(LOCKOUT_POLICY.lockMinutes))).toBe(false);
  });

  it("starts a fresh count once the lock has expired", () => {
    const locked = fail(LOCKOUT_POLICY.maxFailures);
    const later = afterFailure(locked, minutes(LOCKOUT_POLICY.lockMinutes + 1));
    expect(later.failedLoginCount).toBe(1);
    expect(isLocked(later, minutes(LOCKOUT_POLICY.lockMinutes + 1))).toBe(false);
  });

  it("resets after a success", () => {
    expect(afterSuccess()).toEqual({ failedLoginCount: 0, lockedUntil: null });
  });
});
