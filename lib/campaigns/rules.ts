import type { Campaign } from "@/generated/prisma/client";
import { toAgentSnapshot, type AgentRow } from "@/lib/agents/snapshot";
import { toIsoDate } from "@/lib/format";
import { getRuleSet, isRuleSetId, parseParameters } from "@/lib/rules";
import type { Eligibility, EvaluationContext, RuleSet } from "@/lib/rules/types";

type CampaignRules = Pick<Campaign, "ruleSet" | "parameters" | "year" | "observationDate">;

/** A campaign's rule set with its parsed parameters, ready to evaluate agents. */
export function campaignRules(campaign: CampaignRules): {
  ruleSet: RuleSet<unknown>;
  context: EvaluationContext<unknown>;
} {
  if (!isRuleSetId(campaign.ruleSet))
    throw new Error(`Règle de gestion inconnue : ${campaign.ruleSet}`);
  const ruleSet = getRuleSet(campaign.ruleSet) as RuleSet<unknown>;
  return {
    ruleSet,
    context: {
      year: campaign.year,
      observationDate: toIsoDate(campaign.observationDate),
      parameters: parseParameters(campaign.ruleSet, campaign.parameters, campaign.year),
    },
  };
}

export function evaluateAgent(campaign: CampaignRules, agent: AgentRow): Eligibility {
  const { ruleSet, context } = campaignRules(campaign);
  return ruleSet.evaluate(toAgentSnapshot(agent), context);
}

/**
 * The options of the échelon filter of a campaign's lists (IEN avis, candidatures): the
 * échelons its rule set examines (hors classe: classe normale 9th–11th by default), not
 * every échelon of every grade.
 */
export function campaignEchelons(campaign: CampaignRules): number[] {
  const { ruleSet, context } = campaignRules(campaign);
  return ruleSet.examinedEchelons(context.parameters);
}

/** Whether the campaign asks for an acte de candidature (CE 2017–2023, campaigns 2017–2020 by default). */
export function campaignAsksCandidature(campaign: CampaignRules): boolean {
  const { ruleSet, context } = campaignRules(campaign);
  return ruleSet.requiresCandidature(context.parameters);
}

/** Vivier 1 of the classe exceptionnelle 2017–2023: the agents who must apply. */
export function mustApply(eligibility: Eligibility): boolean {
  return (
    eligibility.promouvable && eligibility.candidatureRequired && eligibility.viviers.includes(1)
  );
}
