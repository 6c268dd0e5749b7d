"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formatCount } from "@/lib/format";
import { authedAction, formDataToObject, typedValues } from "@/lib/actions/safe-action";
import { toActionState } from "@/lib/actions/result";
import { parameterEntries } from "@/lib/campaigns/parameters-form";
import { appreciationSchema } from "@/lib/opinions/appreciations";
import {
  confirmProposedAppreciations,
  importAppreciationsCsv,
  saveAppreciation,
} from "@/lib/opinions/commands";
import { storeTableau } from "@/lib/results/commands";
import { campaignFormSchema } from "@/lib/campaigns/admin";
import {
  createCampaignFromForm,
  deleteDraftCampaign,
  setNotifiedContingent,
  transitionCampaign,
  updateCampaignFromForm,
} from "@/lib/campaigns/commands";

export const createCampaignAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: campaignFormSchema },
  async (input, user, formData) => {
    const departementIds = formData
      .getAll("departementIds")
      .filter((v): v is string => typeof v === "string" && v.length <= 40);
    const result = await createCampaignFromForm(user, input, departementIds);
    if (!result.ok) return toActionState(result, { values: typedValues(formData) });
    revalidatePath("/gestion/campagnes");
    // Several départements: back to the list, where each new campaign is shown.
    redirect(
      result.ids
        ? `/gestion/campagnes?creees=${result.ids.length}`
        : `/gestion/campagnes/${result.id}?cree=1`,
    );
  },
);

export const updateCampaignAction = authedAction(
  {
    roles: ["GESTIONNAIRE"],
    schema: campaignFormSchema.and(z.object({ id: z.string().min(1).max(40) })),
  },
  async (input, user, formData) => {
    const result = await updateCampaignFromForm(
      user,
      input.id,
      input,
      parameterEntries(formDataToObject(formData)),
    );
    // Refused: everything typed comes back, parameter fields included.
    if (!result.ok) return toActionState(result, { values: typedValues(formData) });
    revalidatePath(`/gestion/campagnes/${input.id}`);
    return {
      ok: true,
      message: `Campagne enregistrée.${result.warnings?.length ? ` Attention : ${result.warnings.join(" ")}` : ""}`,
    };
  },
);

export const transitionCampaignAction = authedAction(
  {
    roles: ["GESTIONNAIRE"],
    schema: z.object({
      id: z.string().min(1).max(40),
      transition: z.enum(["ouvrir", "clore", "publier"]),
      confirmEarly: z.literal("on").optional(),
      capsReason: z.string().trim().max(2000, "Le motif : 2000 caractères au maximum.").optional(),
    }),
  },
  async (input, user, formData) => {
    const result = await transitionCampaign(user, input.id, input.transition, new Date(), {
      confirmEarly: input.confirmEarly === "on",
      capsReason: input.capsReason ?? null,
    });
    if (!result.ok) return toActionState(result, { values: typedValues(formData) });
    revalidatePath("/gestion/campagnes", "layout");
    // The page's buttons change with the new state: say what happened through the URL.
    redirect(`/gestion/campagnes/${input.id}?fait=${input.transition}`);
  },
);

export const saveAppreciationAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: appreciationSchema },
  async (input, user, formData) => {
    // The values go back in both cases: the row form shows what was typed, saved or refused.
    const values = typedValues(formData);
    const result = await saveAppreciation(user, input);
    // The list stays as it is while the administrator goes on row by row.
    return toActionState(result, {
      message:
        result.ok && result.warning
          ? `Appréciation enregistrée. ${result.warning}`
          : "Appréciation enregistrée.",
      values,
    });
  },
);

export const confirmProposedAppreciationsAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: z.object({ campaignId: z.string().min(1).max(40) }) },
  async ({ campaignId }, user) => {
    const result = await confirmProposedAppreciations(user, campaignId);
    if (!result.ok) return toActionState(result);
    revalidatePath(`/gestion/campagnes/${campaignId}`, "layout");
    return {
      ok: true,
      message: `${result.confirmed} appréciation(s) proposée(s) arrêtée(s).${result.left ? ` ${result.left} agent(s) sans proposition restent à apprécier un par un.` : ""}`,
    };
  },
);

const MAX_CSV_BYTES = 2 * 1024 * 1024;

export const importAppreciationsAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: z.object({ campaignId: z.string().min(1).max(40) }) },
  async ({ campaignId }, user, formData) => {
    const file = formData.get("fichier");
    if (!(file instanceof Blob) || file.size === 0)
      return {
        ok: false,
        message: "Choisissez un fichier CSV.",
        errors: { fichier: ["Choisissez un fichier CSV."] },
      };
    if (file.size > MAX_CSV_BYTES)
      return {
        ok: false,
        message: "Le fichier dépasse 2 Mo.",
        errors: { fichier: ["Le fichier dépasse 2 Mo."] },
      };
    const report = await importAppreciationsCsv(
      user,
      campaignId,
      new Uint8Array(await file.arrayBuffer()),
    );
    revalidatePath(`/gestion/campagnes/${campaignId}/appreciations`);
    const rejected = report.rejected.slice(0, 50).map((r) => `ligne ${r.line} : ${r.message}`);
    return {
      ok: report.rejected.length === 0,
      message: `${report.saved} appréciation(s) enregistrée(s), ${report.rejected.length} ligne(s) rejetée(s).${rejected.length ? ` ${rejected.join(" ; ")}${report.rejected.length > 50 ? " ; …" : ""}` : ""}`,
    };
  },
);

export const computeTableauAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: z.object({ campaignId: z.string().min(1).max(40) }) },
  async ({ campaignId }, user) => {
    const result = await storeTableau(user, campaignId);
    if (!result.ok) return toActionState(result);
    revalidatePath(`/gestion/campagnes/${campaignId}`, "layout");
    return {
      ok: true,
      message: `Tableau d'avancement calculé : ${result.rows} agent(s) classé(s). Vérifiez-le avant de publier.`,
    };
  },
);

export const setNotifiedContingentAction = authedAction(
  {
    roles: ["GESTIONNAIRE"],
    schema: z.object({
      campaignId: z.string().min(1).max(40),
      notified: z
        .string()
        .trim()
        .regex(/^\d{0,6}$/, "Saisissez un nombre entier de promotions, ou laissez vide."),
    }),
  },
  async ({ campaignId, notified }, user) => {
    const value = notified === "" ? null : Number(notified);
    const result = await setNotifiedContingent(user, campaignId, value);
    if (!result.ok) return toActionState(result, { values: { notified } });
    revalidatePath(`/gestion/campagnes/${campaignId}`, "layout");
    return {
      ok: true,
      message:
        value === null
          ? "Contingent notifié effacé : le contingent calculé s'applique au calcul du tableau."
          : `Contingent notifié enregistré : ${formatCount(value, "promotion", "promotions")}. Il s'applique au calcul du tableau.`,
    };
  },
);

export const deleteCampaignAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: z.object({ id: z.string().min(1).max(40) }) },
  async ({ id }, user) => {
    const result = await deleteDraftCampaign(user, id);
    if (!result.ok) return toActionState(result);
    revalidatePath("/gestion/campagnes");
    redirect("/gestion/campagnes?supprimee=1");
  },
);
