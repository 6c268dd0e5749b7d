import type { WriteResult } from "@/lib/actions/result";
import { createHash } from "node:crypto";
import { MAX_DOCUMENT_BYTES } from "./proof-size";

// Pièces justificatives: PDF, JPEG or PNG up to 5 MB, recognised by their first bytes
// (a renamed executable stays refused whatever its extension says).
export { MAX_DOCUMENT_BYTES };

const SIGNATURES: { mimeType: string; extension: string; bytes: number[] }[] = [
  { mimeType: "application/pdf", extension: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  {
    mimeType: "image/png",
    extension: "png",
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { mimeType: "image/jpeg", extension: "jpg", bytes: [0xff, 0xd8, 0xff] },
];

export function sniffMimeType(content: Uint8Array): string | null {
  const match = SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b));
  return match?.mimeType ?? null;
}

export type CheckedDocument = WriteResult<{
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  content: Uint8Array<ArrayBuffer>;
}>;

/** Keeps a file name safe to show and to send back in Content-Disposition. */
export function safeFilename(name: string, mimeType: string): string {
  const extension = SIGNATURES.find((s) => s.mimeType === mimeType)?.extension ?? "bin";
  const base = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\.[^.]*$/, "")
    .replace(/[^a-zA-Z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || "piece-justificative"}.${extension}`;
}

export async function checkDocument(
  file: unknown,
  label = "La pièce justificative",
): Promise<CheckedDocument> {
  if (!(file instanceof Blob) || file.size === 0)
    return { ok: false, message: `${label} est obligatoire.` };
  if (file.size > MAX_DOCUMENT_BYTES) return { ok: false, message: `${label} dépasse 5 Mo.` };
  const content = new Uint8Array(await file.arrayBuffer());
  const mimeType = sniffMimeType(content);
  if (!mimeType) return { ok: false, message: `${label} doit être un fichier PDF, JPEG ou PNG.` };
  const name = "name" in file && typeof file.name === "string" ? file.name : "piece";
  return {
    ok: true,
    filename: safeFilename(name, mimeType),
    mimeType,
    size: content.byteLength,
    sha256: createHash("sha256").update(content).digest("hex"),
    content,
  };
}

// Retention: a pièce justificative lives as long as an entry or a signalement refers to it.
// A replaced or deleted proof is deleted with the change (no history is kept: the audit log
// records the change), and each agent's documents together stay under a quota.
export const DOCUMENT_QUOTA_BYTES = 50 * 1024 * 1024;
export const QUOTA_MESSAGE = `Vos pièces justificatives dépassent ensemble ${DOCUMENT_QUOTA_BYTES / 1024 / 1024} Mo : supprimez ou remplacez une pièce devenue inutile avant d'en ajouter une.`;

type DocumentDb = Pick<
  import("@/lib/db").DbTx,
  "document" | "functionMission" | "correctionRequest"
>;

/** Whether `size` more bytes fit in the agent's quota, `freed` bytes being replaced. */
export async function fitsQuota(
  db: DocumentDb,
  agentId: string,
  size: number,
  freed = 0,
): Promise<boolean> {
  const { _sum } = await db.document.aggregate({ where: { agentId }, _sum: { size: true } });
  return (_sum.size ?? 0) - freed + size <= DOCUMENT_QUOTA_BYTES;
}

/** Deletes a document that nothing refers to any more; true when deleted. */
export async function deleteIfUnused(
  db: DocumentDb,
  documentId: string | null | undefined,
): Promise<boolean> {
  if (!documentId) return false;
  const [functions, corrections] = await Promise.all([
    db.functionMission.count({ where: { proofId: documentId } }),
    db.correctionRequest.count({ where: { documentId } }),
  ]);
  if (functions + corrections > 0) return false;
  const { count } = await db.document.deleteMany({ where: { id: documentId } });
  return count > 0;
}
