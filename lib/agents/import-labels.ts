// Words of the agent import shared by the server and the browser (no Node module here).

/** Steps of an import, in order; "rapprochement" checks the NUMEN of known agents. */
export type ImportPhase = "lecture" | "rapprochement" | "ecriture" | "termine";

export interface ImportProgress {
  phase: ImportPhase;
  /** Units done and to do in this phase (rows, agents or hashes). */
  done: number;
  total: number;
}

export const PHASE_LABELS: Record<ImportPhase, string> = {
  lecture: "Lecture et contrôle des lignes",
  rapprochement: "Rapprochement avec les agents déjà enregistrés",
  ecriture: "Enregistrement dans la base",
  termine: "Terminé",
};

/** Largest file the page accepts (next.config.js: serverActions.bodySizeLimit is 6 Mo). */
export const MAX_UPLOAD_BYTES = 5.5 * 1024 * 1024;
