import type { DbTx } from "@/lib/db";
import { departementIdOf, departementName } from "./known";

/** The département of this code, created with its known name when it does not exist yet. */
export async function ensureDepartement(db: DbTx, code: string) {
  const { name, dsden, academie } = departementName(code);
  return db.departement.upsert({
    where: { code },
    update: {},
    create: { id: departementIdOf(code), code, name, dsden, academie },
  });
}
