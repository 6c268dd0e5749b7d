import "server-only";
import { withDb } from "@/lib/bound";
import * as appreciations from "./appreciations";
import * as opinions from "./opinions";

// Avis and appréciations, on the application's client, for server actions
// (docs/decisions/0009-read-boundary.md).
export const saveOpinion = withDb(opinions.saveOpinion);
export const saveAppreciation = withDb(appreciations.saveAppreciation);
export const confirmProposedAppreciations = withDb(appreciations.confirmProposedAppreciations);
export const importAppreciationsCsv = withDb(appreciations.importAppreciationsCsv);
