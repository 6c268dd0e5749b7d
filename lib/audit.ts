import type { DbTx } from "@/lib/db";
import { clientIp } from "@/lib/auth/client-ip";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity?: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** The caller's address; read from the current request when left out. */
  ip?: string | null;
  /** The département the change belongs to, where the caller knows it. */
  departementId?: string | null;
}

/** The address of the request being served, or null outside one (jobs, scripts, tests). */
async function requestIp(): Promise<string | null> {
  try {
    return await clientIp();
  } catch {
    return null;
  }
}

/**
 * Appends to the audit log; pass the transaction of the change so both land together.
 * Never put a typed secret (password, NUMEN, PIN, code, token) in `before` or `after`.
 */
export async function writeAudit(db: DbTx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      ip: entry.ip === undefined ? await requestIp() : entry.ip,
      departementId: entry.departementId ?? null,
    },
  });
}
