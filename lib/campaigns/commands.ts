import "server-only";
import { withDb } from "@/lib/bound";
import * as admin from "./admin";
import * as candidature from "./candidature";

// The campaigns' writes, on the application's client, for server actions
// (docs/decisions/0009-read-boundary.md).
export const submitCandidature = withDb(candidature.submitCandidature);
export const cancelCandidature = withDb(candidature.cancelCandidature);
export const createCampaignFromForm = withDb(admin.createCampaignFromForm);
export const updateCampaignFromForm = withDb(admin.updateCampaignFromForm);
export const transitionCampaign = withDb(admin.transitionCampaign);
export const deleteDraftCampaign = withDb(admin.deleteDraftCampaign);
export const setNotifiedContingent = withDb(admin.setNotifiedContingent);
