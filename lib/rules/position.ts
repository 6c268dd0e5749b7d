// Position administrative at the observation date. Only agents in activity, detached or mis à
// disposition are promouvables (LDG of 5 November 2020, BO spécial n° 9: "en position
// d'activité, de détachement ou mis à disposition"), and, since the arrêté of 14 June 2019, an
// agent in disponibilité to exercise a professional activity (décret 85-986, art. 48-1 and
// 48-2) keeps the rights to advancement.
//
// Congé parental and disponibilité pour élever un enfant: loi 2019-828 of 6 August 2019, art. 85
// (loi 84-16, art. 51 and 54 as amended) and décret 2020-529 of 5 May 2020: the agent "conserve
// l'intégralité de ses droits à avancement, dans la limite d'une durée de cinq ans pour
// l'ensemble de sa carrière". Hence the default by campaign year: before 2020 both are not
// promouvable; from the 2020 campaign on they are. The five-year limit cannot be checked: the
// dossier holds the position's label, not its start date nor the earlier periods (see
// docs/decisions/0004), so those agents stay promouvable and the gestionnaire checks the limit.
import { z } from "zod";
import { formatDateFr } from "./dates";
import { refusal, situationInGrade } from "./eligibility";
import type { AgentSnapshot, GradeCode, IsoDate } from "./types";

export const positionRuleSchema = z.object({
  /** A position starting with one of these labels is not promouvable. */
  excluded: z.array(z.string().trim().min(1).max(120)),
  /** Exceptions to `excluded`, same matching. */
  allowed: z.array(z.string().trim().min(1).max(120)),
});
export type PositionRule = z.infer<typeof positionRuleSchema>;

/** First campaign under loi 2019-828 art. 85 and décret 2020-529 (congé parental, disponibilité pour élever un enfant). */
export const PARENTAL_RIGHTS_FROM_YEAR = 2020;
const DISPONIBILITE_ACTIVITE = "Disponibilité pour exercer une activité professionnelle";
const DISPONIBILITE_ENFANT = "Disponibilité pour élever un enfant";

export function defaultPositionRule(campaignYear: number): PositionRule {
  return campaignYear < PARENTAL_RIGHTS_FROM_YEAR
    ? { excluded: ["Disponibilité", "Congé parental"], allowed: [DISPONIBILITE_ACTIVITE] }
    : { excluded: ["Disponibilité"], allowed: [DISPONIBILITE_ACTIVITE, DISPONIBILITE_ENFANT] };
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
export function positionReason(
  agent: Pick<AgentSnapshot, "position">,
  rule: PositionRule,
  observationDate: IsoDate,
): string | null {
  const position = agent.position?.trim() || "Activité";
  if (!matches(position, rule.excluded) || matches(position, rule.allowed)) return null;
  const also = rule.allowed.length
    ? ` (ainsi que ${rule.allowed
        .map((l) => `« ${l} »`)
        .join(", ")
        .replace(/, (?=[^,]*$)/, " et ")})`
    : "";
  return `Au ${formatDateFr(observationDate)}, vous êtes en position « ${position} » : pour cette campagne, seuls les agents en activité, en détachement ou mis à disposition sont promouvables${also}. Vous le redeviendrez à votre retour en activité.`;
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
  if (reason)
    return {
      ok: false,
      refusal: refusal([reason], { ...start.facts, position: agent.position ?? "Activité" }),
    };
  return start;
}
