"use client";

import { useEffect, useState } from "react";

// A count shown by a server page («12 / 40 avis saisis») that must move as rows are saved
// one by one, without reloading the page (which would reorder or refilter the list): a
// saved row announces its increment, the counter adds it. Remounted with a new `initial`
// (key) whenever the server renders the page again.
const EVENT = "avancement:compteur";

export function announceIncrement(by: number): void {
  window.dispatchEvent(new CustomEvent<number>(EVENT, { detail: by }));
}

export function LiveCounter({
  initial,
  total,
  unit,
  progressLabel,
  className,
}: {
  initial: number;
  total: number;
  unit: string;
  progressLabel: string;
  className?: string;
}) {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    const listener = (event: Event) =>
      setCount((c) => Math.min(total, c + (event as CustomEvent<number>).detail));
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [total]);
  return (
    <>
      <p className={className} data-testid="progression" aria-live="polite">
        {count} / {total} {unit}
      </p>
      <progress
        value={count}
        max={Math.max(total, 1)}
        className="mb-6 h-3 w-full max-w-md"
        aria-label={progressLabel}
      />
    </>
  );
}
