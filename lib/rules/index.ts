// Entry point of the rules engine: the rule sets of domain.md and their parameters.
import { ce20172023 } from "./ce-2017-2023";
import { ceDepuis2024 } from "./ce-depuis-2024";
import { observationDateFor } from "./dates";
import { esJusqu2023 } from "./es-jusqu-2023";
import { hcPe } from "./hc-pe";
import type { IsoDate, RuleSet, RuleSetId } from "./types";

export type * from "./types";
export type { HcPeParameters } from "./hc-pe";
export type { Ce20172023Parameters } from "./ce-2017-2023";
export type { CeDepuis2024Parameters } from "./ce-depuis-2024";
export type { EsJusqu2023Parameters } from "./es-jusqu-2023";
export {
  FUNCTION_KINDS,
  FUNCTION_KIND_CODES,
  functionKindLabel,
  type FunctionKind,
} from "./function-kinds";
export {
  countEligibleSchoolYears,
  type EligibleYearsCount,
  type ExcludedFunction,
} from "./functions";
export {
  checkLevelCaps,
  levelCaps,
  TIE_BREAK_KEYS,
  TIE_BREAK_LABELS,
  type LevelCapCheck,
  type TieBreak,
} from "./ranking";
export { durationBetween, formatDuration, wholeYearsBetween } from "./dates";

// The registry. A campaign year with new rules is one new module (a RuleSet: parameters
// schema and defaults with their labels, evaluate, rank, contingent populations…) plus its
// line here and its id in RuleSetId (types.ts); nothing else tests a rule-set id.
export const RULE_SETS = {
  HC_PE: hcPe,
  CE_2017_2023: ce20172023,
  CE_DEPUIS_2024: ceDepuis2024,
  ES_JUSQU_2023: esJusqu2023,
} as const;

export type RuleSetParameters = {
  [K in RuleSetId]: (typeof RULE_SETS)[K] extends RuleSet<infer P> ? P : never;
};

export const RULE_SET_IDS = Object.keys(RULE_SETS) as RuleSetId[];

export function isRuleSetId(value: string): value is RuleSetId {
  return Object.hasOwn(RULE_SETS, value);
}

export function getRuleSet<I extends RuleSetId>(id: I): RuleSet<RuleSetParameters[I]> {
  const ruleSet = RULE_SETS[id] as RuleSet<RuleSetParameters[I]> | undefined;
  if (!ruleSet) throw new Error(`Règle de gestion inconnue : ${String(id)}`);
  return ruleSet;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Stored values win; objects merge key by key, arrays and scalars are replaced whole. */
function mergeDefaults(defaults: unknown, stored: unknown): unknown {
  if (!isPlainObject(defaults) || !isPlainObject(stored))
    return stored === undefined ? defaults : stored;
  const out: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(stored)) out[k] = mergeDefaults(defaults[k], v);
  return out;
}

/** Paths present in `given` but not in `parsed` (what the schema did not keep). */
function unknownKeys(given: unknown, parsed: unknown, prefix = ""): string[] {
  if (!isPlainObject(given) || !isPlainObject(parsed)) return [];
  return Object.entries(given).flatMap(([k, v]) =>
    Object.hasOwn(parsed, k) ? unknownKeys(v, parsed[k], `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/**
 * Parameters stored before issue 10 named the notified number `contingent.override` and had a
 * `contingent.base` (now the rule set's contingentPopulations): read them as today's keys, so
 * that an existing database keeps working. A typed `notified` wins.
 */
function upgradeLegacy(value: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(value.contingent)) return value;
  const { override, base: _base, ...contingent } = value.contingent;
  if (override !== undefined && !("notified" in contingent)) contingent.notified = override;
  return { ...value, contingent };
}

export type ParametersCheck<P> = { success: true; data: P } | { success: false; errors: string[] };

/**
 * Validates parameters (an object, e.g. from the admin form) against the rule set's schema,
 * missing keys taken from the defaults of `year` (pass the campaign's year).
 */
export function validateParameters<I extends RuleSetId>(
  id: I,
  given: unknown,
  year?: number,
): ParametersCheck<RuleSetParameters[I]> {
  const ruleSet = getRuleSet(id);
  const value = upgradeLegacy(given);
  return checkMerged(
    id,
    value,
    mergeDefaults(ruleSet.defaultParameters(year ?? ruleSet.referenceYear), value ?? {}),
  );
}

function checkMerged<I extends RuleSetId>(
  id: I,
  value: unknown,
  merged: unknown,
): ParametersCheck<RuleSetParameters[I]> {
  const ruleSet = getRuleSet(id);
  const result = ruleSet.parametersSchema.safeParse(merged);
  // zod drops unknown keys silently; a mistyped key in the admin's JSON must not be ignored.
  const unknown = result.success ? unknownKeys(value ?? {}, result.data) : [];
  if (result.success && unknown.length === 0) return { success: true, data: result.data };
  if (result.success)
    return {
      success: false,
      errors: unknown.map((k) => `${k} : paramètre inconnu de cette règle de gestion`),
    };
  return {
    success: false,
    errors: result.error.issues.map((i) => `${i.path.join(".") || "paramètres"} : ${i.message}`),
  };
}

/**
 * Parses a campaign's stored parameters (JSON). Missing keys fall back to the defaults of
 * `year`; an invalid value throws, so that a campaign never runs on half-read parameters.
 */
export function parseParameters<I extends RuleSetId>(
  id: I,
  json: string,
  year?: number,
): RuleSetParameters[I] {
  let value: unknown = {};
  if (json.trim() !== "") {
    try {
      value = JSON.parse(json);
    } catch {
      throw new Error(`Paramètres de campagne illisibles (${id}) : JSON invalide.`);
    }
  }
  // Stored parameters: keys added since they were written read what the rule set did then.
  const ruleSet = getRuleSet(id);
  const upgraded = upgradeLegacy(value);
  const stored = mergeDefaults(ruleSet.storedBeforeKeys ?? {}, upgraded ?? {});
  const check = checkMerged(
    id,
    upgraded,
    mergeDefaults(ruleSet.defaultParameters(year ?? ruleSet.referenceYear), stored),
  );
  if (!check.success)
    throw new Error(`Paramètres de campagne invalides (${id}) : ${check.errors.join(" ; ")}`);
  return check.data;
}

/** Default observation date of a campaign (31 August of its year, from the parameters). */
export function defaultObservationDate(id: RuleSetId, year: number): IsoDate {
  return observationDateFor(year, getRuleSet(id).defaultParameters(year).observation);
}
