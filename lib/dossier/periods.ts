// Periods [start, end] with an open end meaning "still going on"; dates at UTC midnight.
export interface Period {
  id?: string;
  startDate: Date;
  endDate: Date | null;
}

export function overlaps(a: Period, b: Period): boolean {
  const aEnd = a.endDate?.getTime() ?? Number.POSITIVE_INFINITY;
  const bEnd = b.endDate?.getTime() ?? Number.POSITIVE_INFINITY;
  return a.startDate.getTime() <= bEnd && b.startDate.getTime() <= aEnd;
}

/** The first existing period (other than the one edited) that overlaps the candidate. */
export function findOverlap<P extends Period>(existing: readonly P[], candidate: Period): P | null {
  return existing.find((p) => p.id !== candidate.id && overlaps(p, candidate)) ?? null;
}
