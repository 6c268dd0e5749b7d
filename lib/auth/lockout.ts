// Lockout after repeated failed logins: a plain rule on the account's counters, so that the
// same policy serves login, passcode and tests.
export const LOCKOUT_POLICY = { maxFailures: 5, lockMinutes: 15 } as const;

export interface LockState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The counters after one more failure; reaching the limit locks the account. */
export function afterFailure(state: LockState, now: Date, policy = LOCKOUT_POLICY): LockState {
  // A lock that has expired starts a fresh count.
  const previous = state.lockedUntil && !isLocked(state, now) ? 0 : state.failedLoginCount;
  const failedLoginCount = previous + 1;
  const lockedUntil =
    failedLoginCount >= policy.maxFailures ? new Date(now.getTime() + policy.lockMinutes * 60_000) : state.lockedUntil;
  return { failedLoginCount, lockedUntil };
}

export function afterSuccess(): LockState {
  return { failedLoginCount: 0, lockedUntil: null };
}

export function remainingAttempts(state: LockState, policy = LOCKOUT_POLICY): number {
  return Math.max(0, policy.maxFailures - state.failedLoginCount);
}
