// Progress of the imports running in this server process, polled by the import page while
// its server action works (GET /gestion/import/progression?id=…).
//
// Kept in memory on purpose: the schema has no job table, and an import runs inside the
// request that sent the file, so its progress only matters while that process lives. With
// several server processes behind a load balancer, a poll that lands on another process
// finds nothing and the page shows an indeterminate bar until the action answers.
import type { ImportProgress } from "./import-labels";

export interface ProgressEntry extends ImportProgress {
  ownerId: string;
  startedAt: number;
  updatedAt: number;
  finished: boolean;
}

const KEEP_MS = 60 * 60 * 1000;
// On globalThis so that the action and the route handler share it even when the bundler
// gives them separate module instances, and so that hot reload keeps it.
const registry = ((
  globalThis as { __avancementImportProgress?: Map<string, ProgressEntry> }
).__avancementImportProgress ??= new Map());

function prune(now: number): void {
  for (const [id, entry] of registry) if (now - entry.updatedAt > KEEP_MS) registry.delete(id);
}

/** Registers an import under an id chosen by the page; returns the callback to feed it. */
export function trackImport(id: string, ownerId: string): (progress: ImportProgress) => void {
  const now = Date.now();
  prune(now);
  const entry: ProgressEntry = {
    ownerId,
    phase: "lecture",
    done: 0,
    total: 0,
    startedAt: now,
    updatedAt: now,
    finished: false,
  };
  // An id is the page's random choice; one already taken by someone else is left to them.
  const existing = registry.get(id);
  if (existing && existing.ownerId !== ownerId) return () => undefined;
  registry.set(id, entry);
  return (progress) => {
    entry.phase = progress.phase;
    entry.done = progress.done;
    entry.total = progress.total;
    entry.updatedAt = Date.now();
  };
}

export function finishImport(id: string, ownerId: string): void {
  const entry = registry.get(id);
  if (entry && entry.ownerId === ownerId) {
    entry.finished = true;
    entry.updatedAt = Date.now();
  }
}

/** The progress of an import, for its owner only (null otherwise, as if it did not exist). */
export function readImportProgress(
  id: string,
  userId: string,
): (ImportProgress & { finished: boolean }) | null {
  const entry = registry.get(id);
  if (!entry || entry.ownerId !== userId) return null;
  return { phase: entry.phase, done: entry.done, total: entry.total, finished: entry.finished };
}
