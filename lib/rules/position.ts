// Position administrative at the observation date. Only agents in activity, detached or mis à
// disposition are promouvables (LDG of 5 November 2020, BO spécial n° 9: "en position
// d'activité, de détachement ou mis à disposition"), and, since the arrêté of 14 June 2019, an
// agent in disponibilité to exercise a professional activity (décret 85-986, art. 48-1 and
// 48-2) keeps the rights to advancement. An agent in another disponibilité or in congé
// parental is not promouvable.
import { z } from "zod";
import { formatDateFr, refusal, situationInGrade } from "./dates";
import type { AgentSnapshot, GradeCode, IsoDate } from "./types";

export const positionRuleSchema = z.object({
  /** A position starting with one of these labels is not promouvable. */
  excluded: z.array(z.string().trim().min(1).max(120)),
  /** Exceptions to `excluded`, same matching. */
  allowed: z.array(z.string().trim().min(1).max(120)),
});
export type PositionRule = z.infer<typeof positionRuleSchema>;

export function defaultPositionRule(): PositionRule {
  return { excluded: ["Disponibilité", "Congé parental"], allowed: ["Disponibilité pour exercer une activité professionnelle"] };
}

/** Lower case, no accents, single spaces: "Congé  Parental" matches "conge parental". */
function normalize(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

function matches(position: string, labels: readonly string[]): boolean {
  const p = normalize(position);
  return labels.some((l) => p.startsWith(normalize(l)));
}

/** The reason an agent is not promouvable because of the position, or null. */
export function positionReason(agent: Pick<AgentSnapshot, "position">, rule: PositionRule, observationDate: IsoDate): string | null {
  const position = agent.position?.trim() || "Activité";
  if (!matches(position, rule.excluded) || matches(position, rule.allowed)) return null;
  return `Au ${formatDateFr(observationDate)}, vous êtes en position « ${position} » : seuls les agents en activité, en détachement ou mis à disposition sont promouvables (ainsi que la disponibilité pour exercer une activité professionnelle). Vous le redeviendrez à votre retour en activité.`;
}

/**
 * Every rule set starts alike: the agent's situation at the observation date, in the grade
 * the promotion starts from, and in a promouvable position. Returns that situation, or the refusal.
 */
export function promouvableStart(
  agent: AgentSnapshot,
  observationDate: IsoDate,
  grade: GradeCode,
  promotion: string,
  rule: PositionRule,
): ReturnType<typeof situationInGrade> {
  const start = situationInGrade(agent, observationDate, grade, promotion);
  if (!start.ok) return start;
  const reason = positionReason(agent, rule, observationDate);
  if (reason) return { ok: false, refusal: refusal([reason], { ...start.facts, position: agent.position ?? "Activité" }) };
  return start;
}
