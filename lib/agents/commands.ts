import "server-only";
import { withDb } from "@/lib/bound";
import * as careerImport from "./career-import";
import * as agentImport from "./import";
import * as status from "./status";

// The agents' writes (and the imports' dry runs), on the application's client, for server
// actions (docs/decisions/0009-read-boundary.md).
export const deactivateAgent = withDb(status.deactivateAgent);
export const reactivateAgent = withDb(status.reactivateAgent);
export const dryRun = withDb(agentImport.dryRun);
export const applyImport = withDb(agentImport.applyImport);
export const dryRunCareer = withDb(careerImport.dryRunCareer);
export const applyCareer = withDb(careerImport.applyCareer);
