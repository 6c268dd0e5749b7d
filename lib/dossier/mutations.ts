import type { WriteResult } from "@/lib/actions/result";
import type { Db, DbTx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { AGENT_REF, canAccessAgent, type Actor } from "@/lib/auth/permissions";
import { functionKindLabel } from "@/lib/rules/function-kinds";
import { deleteIfUnused, fitsQuota, QUOTA_MESSAGE, type CheckedDocument } from "./documents";
import type { EntryInput } from "./entries";
import { ENTRY_KIND_DEFS, type EntryKind } from "./entry-kinds";
import { findOverlap } from "./periods";

export type MutationResult = WriteResult<{ id: string }>;

export const NOT_ALLOWED = "Vous n'avez pas accès à ce dossier.";
const NOT_FOUND = "Cette entrée n'existe plus : rechargez la page.";

async function agentInScope(db: DbTx, actor: Actor, agentId: string): Promise<boolean> {
  const agent = await db.agent.findUnique({ where: { id: agentId }, select: AGENT_REF });
  return agent !== null && canAccessAgent(actor, agent, "edit");
}

/** Stores an uploaded pièce justificative for an agent. */
export async function storeDocument(
  db: DbTx,
  actor: Actor,
  agentId: string,
  doc: Extract<CheckedDocument, { ok: true }>,
) {
  const { ok: _ok, ...data } = doc;
  return db.document.create({
    data: { ...data, agentId, uploadedById: actor.id },
    select: { id: true },
  });
}

/** What the functions below use of an entry kind's table. */
interface EntryTable {
  findFirst(args: {
    where: { id: string; agentId: string };
  }): Promise<Record<string, unknown> | null>;
  create(args: { data: Record<string, unknown> }): Promise<{ id: string }>;
  update(args: { where: { id: string }; data: Record<string, unknown> }): Promise<{ id: string }>;
  delete(args: { where: { id: string } }): Promise<unknown>;
}

// Each entry kind maps to its table (the registry's delegate); the functions below share every other step.
function tableOf(db: DbTx, kind: EntryKind): EntryTable {
  return db[ENTRY_KIND_DEFS[kind].delegate] as unknown as EntryTable;
}

async function findOwnedEntry(db: DbTx, kind: EntryKind, agentId: string, id: string) {
  // findFirst with agentId: an id from another dossier is "not found", never touched.
  return tableOf(db, kind).findFirst({ where: { id, agentId } });
}

async function checkFunction(
  db: DbTx,
  actor: Actor,
  agentId: string,
  id: string | null,
  input: EntryInput<"fonction">,
  existing: { source: string; status: string } | null,
  proof: CheckedDocument | null,
): Promise<WriteResult<{ value: null }>> {
  if (existing && existing.source === "ADMINISTRATION" && actor.role !== "GESTIONNAIRE") {
    return {
      ok: false,
      message:
        "Cette fonction provient de votre dossier administratif : utilisez « Signaler une erreur ».",
    };
  }
  if (!existing && !proof?.ok) {
    return {
      ok: false,
      field: "proof",
      message: proof && !proof.ok ? proof.message : "La pièce justificative est obligatoire.",
    };
  }
  if (proof && !proof.ok) return { ok: false, field: "proof", message: proof.message };
  const sameKind = await db.functionMission.findMany({
    where: { agentId, kind: input.kind, status: { not: "REFUSEE" } },
    select: { id: true, startDate: true, endDate: true },
  });
  const clash = findOverlap(sameKind, {
    id: id ?? undefined,
    startDate: input.startDate,
    endDate: input.endDate,
  });
  if (clash) {
    return {
      ok: false,
      field: "startDate",
      message: "Cette période chevauche une autre période déclarée pour la même fonction.",
    };
  }
  return { ok: true, value: null };
}

/** Adds (id null) or edits an entry of the agent's dossier, with its audit record. */
export async function saveEntry<K extends EntryKind>(
  db: Db,
  actor: Actor,
  agentId: string,
  kind: K,
  id: string | null,
  input: EntryInput<K>,
  proof: CheckedDocument | null = null,
): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    if (!(await agentInScope(tx, actor, agentId))) return { ok: false, message: NOT_ALLOWED };
    const before = id ? await findOwnedEntry(tx, kind, agentId, id) : null;
    if (id && !before) return { ok: false, message: NOT_FOUND };

    let data: Record<string, unknown> = { ...input };
    if (kind === "fonction") {
      const fn = input as EntryInput<"fonction">;
      const check = await checkFunction(
        tx,
        actor,
        agentId,
        id,
        fn,
        before as { source: string; status: string } | null,
        proof,
      );
      if (!check.ok) return check;
      const replaced = proof?.ok
        ? ((before as { proofId?: string | null } | null)?.proofId ?? null)
        : null;
      if (proof?.ok) {
        const freed = replaced
          ? ((await tx.document.findUnique({ where: { id: replaced }, select: { size: true } }))
              ?.size ?? 0)
          : 0;
        if (!(await fitsQuota(tx, agentId, proof.size, freed)))
          return { ok: false, field: "proof", message: QUOTA_MESSAGE };
      }
      const proofId = proof?.ok ? (await storeDocument(tx, actor, agentId, proof)).id : undefined;
      // Any change by the teacher sends the entry back to the administration for checking.
      data = {
        ...data,
        label: fn.label ?? functionKindLabel(fn.kind),
        status: "A_VERIFIER",
        reviewedAt: null,
        reviewedById: null,
        reviewNote: null,
        ...(proofId ? { proofId } : {}),
      };
    }

    const table = tableOf(tx, kind);
    const saved = id
      ? await table.update({ where: { id }, data })
      : await table.create({ data: { ...data, agentId } });
    // The replaced proof goes: no orphan document stays downloadable.
    const oldProof = (before as { proofId?: string | null } | null)?.proofId;
    if (data.proofId && oldProof && oldProof !== data.proofId) await deleteIfUnused(tx, oldProof);
    await writeAudit(tx, {
      actorId: actor.id,
      action: `dossier.${kind}.${id ? "update" : "create"}`,
      entity: kind,
      entityId: saved.id,
      before: before ?? undefined,
      after: data,
    });
    return { ok: true, id: saved.id };
  });
}

export async function deleteEntry(
  db: Db,
  actor: Actor,
  agentId: string,
  kind: EntryKind,
  id: string,
): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    if (!(await agentInScope(tx, actor, agentId))) return { ok: false, message: NOT_ALLOWED };
    const before = await findOwnedEntry(tx, kind, agentId, id);
    if (!before) return { ok: false, message: NOT_FOUND };
    if (
      kind === "fonction" &&
      (before as { source: string }).source === "ADMINISTRATION" &&
      actor.role !== "GESTIONNAIRE"
    ) {
      return {
        ok: false,
        message:
          "Cette fonction provient de votre dossier administratif : utilisez « Signaler une erreur ».",
      };
    }
    await tableOf(tx, kind).delete({ where: { id } });
    await deleteIfUnused(tx, (before as { proofId?: string | null }).proofId);
    await writeAudit(tx, {
      actorId: actor.id,
      action: `dossier.${kind}.delete`,
      entity: kind,
      entityId: id,
      before,
    });
    return { ok: true, id };
  });
}
