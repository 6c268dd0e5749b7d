import { isRuleSetId, RULE_SETS } from "./index";

/** The label of an avis or appréciation code in its campaign's rule set ("Très satisfaisant"). */
export function levelLabel(ruleSet: string, value: string): string {
  if (!isRuleSetId(ruleSet)) return value;
  const rules = RULE_SETS[ruleSet];
  return (
    [...rules.opinionLevels, ...rules.appreciationLevels].find((l) => l.value === value)?.label ??
    value
  );
}
