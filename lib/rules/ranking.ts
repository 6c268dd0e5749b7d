// Building blocks shared by the rule sets' tables: parameter schemas, contingent, viviers
// split, sort keys, opposition, women/men balance, barre.
import { z } from "zod";
import { toDayNumber } from "./dates";
import { situationAt, type CareerSituation } from "./eligibility";
import type {
  AgentSnapshot,
  BaremePart,
  ContingentDetail,
  ContingentPopulations,
  Level,
  ParameterLabel,
  PopulationCounts,
  RankedRow,
  RankingCandidate,
  RankingResult,
} from "./types";

// ---------- parameter pieces ----------

/** Percentages are written as percents (23 = 23 %), as in the texts and the admin form. */
export const percentSchema = z.number().min(0).max(100);

export const observationSchema = z.object({
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
});

export const TIE_BREAK_KEYS = [
  "BAREME",
  "ANCIENNETE_CORPS",
  "ANCIENNETE_GRADE",
  "ECHELON",
  "ANCIENNETE_ECHELON",
  "AGE",
] as const;
export type TieBreakKey = (typeof TIE_BREAK_KEYS)[number];

export const TIE_BREAK_LABELS: Record<TieBreakKey, string> = {
  BAREME: "Barème",
  ANCIENNETE_CORPS: "Ancienneté dans le corps",
  ANCIENNETE_GRADE: "Ancienneté dans le grade",
  ECHELON: "Échelon",
  ANCIENNETE_ECHELON: "Ancienneté dans l'échelon",
  AGE: "Date de naissance (le plus âgé d'abord)",
};

/** "desc" puts the larger value first: higher barème, longer seniority, older agent. */
export const tieBreakSchema = z.object({
  key: z.enum(TIE_BREAK_KEYS),
  order: z.enum(["asc", "desc"]),
});
export type TieBreak = z.infer<typeof tieBreakSchema>;
export const tieBreaksSchema = z
  .array(tieBreakSchema)
  .refine(
    (list) => new Set(list.map((t) => t.key)).size === list.length,
    "Critère de départage en double",
  );

export function desc(...keys: TieBreakKey[]): TieBreak[] {
  return keys.map((key) => ({ key, order: "desc" as const }));
}

/**
 * The year's number of promotions.
 * - RATE (hors classe, CE depuis 2024): rate × base, the decimal part carried over to the next
 *   campaign of the same kind when carryOverRemainder (décret 2005-1090, art. 1 and 2), so the
 *   campaign adds last year's remainder to its own computed number.
 * - TARGET (CE 2017–2023, échelon spécial: pyramidage): the rate is a target population of the
 *   grade, so promotions = floor(target × base) − agents already there.
 * `notified`, the number notified by the ministry or the rectorat, overrides the computed one.
 */
export const contingentSchema = z.object({
  method: z.enum(["RATE", "TARGET"]),
  /** Two decimals at most (1.43 %): the contingent is computed exactly in hundredths. */
  ratePercent: percentSchema.multipleOf(
    0.01,
    "Le taux s'exprime avec deux décimales au plus (ex. : 1,43 %).",
  ),
  carryOverRemainder: z.boolean(),
  /** Four decimals at most, as stored by the previous campaign (0,26): never rounded up to a promotion. */
  previousRemainder: z
    .number()
    .min(0, "Le reliquat est compris entre 0 et 1 (exclu).")
    .lt(1, "Le reliquat est compris entre 0 et 1 (exclu).")
    .multipleOf(0.0001, "Le reliquat s'exprime avec quatre décimales au plus (ex. : 0,26)."),
  notified: z.number().int().min(0).nullable(),
});
export type ContingentParameters = z.infer<typeof contingentSchema>;

export function rateContingent(
  ratePercent: number,
  carryOverRemainder = false,
): ContingentParameters {
  return { method: "RATE", ratePercent, carryOverRemainder, previousRemainder: 0, notified: null };
}

export function targetContingent(ratePercent: number): ContingentParameters {
  return {
    method: "TARGET",
    ratePercent,
    carryOverRemainder: false,
    previousRemainder: 0,
    notified: null,
  };
}

/** Cap of a level as a share of the promouvables, e.g. { EXCELLENT: 20 }. */
export const levelCapsSchema = z.record(z.string(), percentSchema);

/** Picks the value for `year` in a table keyed by first year: { 2017: a, 2022: b } → b from 2022. */
export function byYear<T>(table: readonly (readonly [number, T])[], year: number): T {
  const sorted = [...table].sort((a, b) => a[0] - b[0]);
  const first = sorted[0];
  if (!first) throw new Error("Table par année vide");
  let value = first[1]; // years before the first known one take the earliest documented value
  for (const [from, v] of sorted) if (year >= from) value = v;
  return value;
}

// ---------- contingent and shares ----------

/**
 * `value` × `scale` as the whole number it stands for (13.2 × 100 is 1319.999… in floating
 * point): the schema allows only such values; anything else throws instead of being rounded.
 */
function exactUnits(value: number, scale: number, what: string): number {
  const units = Math.round(value * scale);
  if (Math.abs(units - value * scale) > 1e-6)
    throw new Error(`${what} : ${value} a plus de ${Math.log10(scale)} décimales.`);
  return units;
}

/**
 * floor(ratePercent % × base), in integers: 29 % of 100 in floating point is 28.999…, which
 * would lose a promotion. Rates have two decimals at most (1.43 %; contingentSchema).
 */
export function contingentOf(ratePercent: number, base: number): number {
  const n = exactUnits(ratePercent, 100, "Taux") * Math.max(0, Math.floor(base));
  return (n - (n % 10000)) / 10000;
}

/** The contingent, from the parameters, the number of agents examined and the populations counted by the caller. */
export function resolveContingent(
  params: ContingentParameters,
  examined: number,
  needs: ContingentPopulations,
  population: PopulationCounts | undefined,
): { detail: Omit<ContingentDetail, "byVivier">; warning: string | null } {
  const warnings: string[] = [];
  let base = examined;
  if (needs.base !== "PROMOUVABLES") {
    if (population?.base === undefined)
      warnings.push(
        "Effectif de référence inconnu : contingent calculé sur le nombre de promouvables.",
      );
    else base = population.base;
  }
  let computed: number;
  let remainder: number | null = null;
  let alreadyPromoted: number | null = null;
  const previousRemainder =
    params.method === "RATE" && params.carryOverRemainder ? params.previousRemainder : 0;
  if (params.method === "RATE") {
    // In ten-thousandths, so that 23 % of 100 plus 0.4 is exactly 23.4 (no floating drift).
    const units =
      exactUnits(params.ratePercent, 100, "Taux") * Math.max(0, Math.floor(base)) +
      exactUnits(previousRemainder, 10000, "Reliquat");
    computed = Math.floor(units / 10000);
    if (params.carryOverRemainder) remainder = (units % 10000) / 10000;
  } else {
    if (needs.alreadyPromoted && population?.alreadyPromoted === undefined) {
      warnings.push("Nombre d'agents déjà promus inconnu : il n'est pas déduit du contingent.");
    }
    alreadyPromoted = population?.alreadyPromoted ?? 0;
    computed = Math.max(0, contingentOf(params.ratePercent, base) - alreadyPromoted);
  }
  const total = params.notified ?? computed;
  return {
    detail: {
      total,
      method: params.method,
      ratePercent: params.ratePercent,
      base,
      alreadyPromoted,
      previousRemainder,
      computed,
      notified: params.notified,
      remainder,
    },
    warning: warnings.length ? warnings.join(" ") : null,
  };
}

/**
 * Vivier 2 gets at most its share of the promotions, rounded down ("dans la limite de 20 %",
 * décret 2017-786; 30 % from 2022), vivier 1 the rest: 14 → 12 / 2, 3 at 30 % → 3 / 0.
 */
export function splitViviers(
  total: number,
  shares: { "1": number; "2": number },
): { "1": number; "2": number } {
  const sum = shares["1"] + shares["2"];
  if (sum <= 0 || total <= 0) return { "1": Math.max(0, total), "2": 0 };
  // Tolerance: 10 × 30 / 100 must give 3, not 2.9999…
  const v2 = Math.min(total, Math.floor((total * shares["2"]) / sum + 1e-9));
  return { "1": total - v2, "2": v2 };
}

/**
 * Splits `total` by shares (any unit: 70/30 or 0.7/0.3) with the largest-remainder method, so
 * the parts always add up to the total; equal remainders go to the key listed first.
 */
export function splitByShares<K extends string>(
  total: number,
  shares: Record<K, number>,
): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const sum = keys.reduce((s, k) => s + shares[k], 0);
  const result = {} as Record<K, number>;
  if (sum <= 0) {
    for (const k of keys) result[k] = 0;
    return result;
  }
  const remainders: { key: K; rest: number; order: number }[] = [];
  let given = 0;
  keys.forEach((key, order) => {
    const exact = (total * shares[key]) / sum;
    // Tolerance: 7 × 70 / 100 must give 4.9, not 4.8999…
    const floor = Math.floor(exact + 1e-9);
    result[key] = floor;
    given += floor;
    remainders.push({ key, rest: exact - floor, order });
  });
  remainders.sort((a, b) => b.rest - a.rest || a.order - b.order);
  for (let i = 0; given < total && i < remainders.length; i++, given++) {
    const r = remainders[i];
    if (r) result[r.key] += 1;
  }
  return result;
}

export function countBySex(agents: Iterable<Pick<AgentSnapshot, "sexe">>): {
  F: number;
  M: number;
} {
  const count = { F: 0, M: 0 };
  for (const a of agents) count[a.sexe] += 1;
  return count;
}

/** Maximum number of agents per capped level, as floor(cap % × promouvables). */
export function levelCaps(
  promouvables: number,
  caps: Record<string, number>,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [level, cap] of Object.entries(caps)) result[level] = contingentOf(cap, promouvables);
  return result;
}

export interface LevelCapCheck {
  level: string;
  count: number;
  max: number;
  exceeded: boolean;
}

/** For the DASEN's screen: is any capped level given to too many agents? */
export function checkLevelCaps(
  counts: Record<string, number>,
  promouvables: number,
  caps: Record<string, number>,
): LevelCapCheck[] {
  return Object.entries(levelCaps(promouvables, caps)).map(([level, max]) => {
    const count = counts[level] ?? 0;
    return { level, count, max, exceeded: count > max };
  });
}

// ---------- barème pieces ----------

/** The appréciation part of a barème; a missing appréciation is shown and worth nothing. */
export function appreciationPart(
  levels: readonly Level[],
  points: Record<string, number>,
  value: string | null,
): { part: BaremePart; known: boolean } {
  const level = value === null ? undefined : levels.find((l) => l.value === value);
  const p = value === null ? undefined : points[value];
  if (!level || p === undefined) {
    return { part: { label: "Appréciation : non renseignée", points: 0 }, known: false };
  }
  return { part: { label: `Appréciation : ${level.label}`, points: p }, known: true };
}

/**
 * appreciationPart for a whole table: one result per level, shared by the rows (parts are
 * read-only), so that ranking a country does not build 330,000 identical objects.
 */
export function appreciationScorer(
  levels: readonly Level[],
  points: Record<string, number>,
): (value: string | null) => { part: BaremePart; known: boolean } {
  const cache = new Map<string | null, { part: BaremePart; known: boolean }>();
  return (value) => {
    let r = cache.get(value);
    if (!r) cache.set(value, (r = appreciationPart(levels, points, value)));
    return r;
  };
}

// ---------- sorting ----------

export type TieKeyValues = Record<TieBreakKey, number>;

/** Seniorities in days at the observation date, so that "desc" means "longer first". */
export function tieKeyValues(
  agent: AgentSnapshot,
  situation: CareerSituation,
  observationDay: number,
  bareme: number | null,
): TieKeyValues {
  return {
    BAREME: bareme ?? 0,
    ANCIENNETE_CORPS: observationDay - toDayNumber(agent.corpsDate),
    ANCIENNETE_GRADE: observationDay - toDayNumber(situation.gradeDate),
    ECHELON: situation.echelon,
    ANCIENNETE_ECHELON: observationDay - toDayNumber(situation.echelonDate),
    AGE: observationDay - toDayNumber(agent.birthDate),
  };
}

export interface SortKey<T> {
  value: (item: T) => number;
  order: "asc" | "desc";
}

/** Comparator over ordered keys; full ties return 0, and Array.prototype.sort is stable. */
export function compareByKeys<T>(keys: readonly SortKey<T>[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const k of keys) {
      const d = k.value(a) - k.value(b);
      if (d !== 0) return k.order === "asc" ? d : -d;
    }
    return 0;
  };
}

export interface SortColumn {
  values: ArrayLike<number>;
  order: "asc" | "desc";
}

/**
 * Indices 0..n-1 ordered by the columns, then `fallback`, then index. Keys are read once
 * into typed arrays (sign folded in), so sorting 330,000 rows is O(n log n) array reads.
 */
export function sortedIndices(
  n: number,
  columns: readonly SortColumn[],
  fallback?: (a: number, b: number) => number,
): number[] {
  // A column with one value everywhere (e.g. no avis groups) cannot order anything.
  const useful = columns.filter((c) => {
    for (let i = 1; i < n; i++) if (c.values[i] !== c.values[0]) return true;
    return false;
  });
  // Row-major keys: one comparison reads one or two cache lines, not one per column.
  const k = useful.length;
  const keys = new Float64Array(n * k);
  useful.forEach((c, col) => {
    const sign = c.order === "asc" ? 1 : -1;
    for (let i = 0; i < n; i++) keys[i * k + col] = sign * (c.values[i] ?? 0);
  });
  const indices: number[] = []; // packed, not holey: V8 sorts it faster
  for (let i = 0; i < n; i++) indices.push(i);
  indices.sort((a, b) => {
    const ra = a * k;
    const rb = b * k;
    for (let c = 0; c < k; c++) {
      const d = (keys[ra + c] as number) - (keys[rb + c] as number);
      if (d !== 0) return d;
    }
    return (fallback ? fallback(a, b) : 0) || a - b;
  });
  return indices;
}

// ---------- the table ----------

export interface TableEntry {
  candidate: RankingCandidate;
  bareme: number | null;
  parts: BaremePart[];
  /** Leading sort key, lower first (CE depuis 2024: the avis); 0 elsewhere. */
  group: number;
  /** Why the agent cannot take a place (no appréciation, avis défavorable…), or null. */
  blocked: string | null;
  keys: TieKeyValues;
  /** Extra note kept on the row (e.g. the agent was also examined in vivier 1). */
  note?: string;
}

export interface TableOptions {
  vivier: number | null;
  places: number;
  tieBreaks: readonly TieBreak[];
  balanceBySex: boolean;
}

export interface TableOutcome {
  rows: RankedRow[];
  /** Sex of the agent of each row, aligned with rows (for the women/men shares). */
  sexes: ("F" | "M")[];
  /** Entry index of each row. */
  order: number[];
  /** By entry index: 1 when promoted. */
  promoted: Uint8Array;
  /** By entry index: rank in the table. */
  rankOf: Int32Array;
  promotedCount: number;
  barre: number | null;
}

/** Gender agreement of a participle: "promu" / "promue". */
export const agreed = (agent: Pick<AgentSnapshot, "sexe">, word: string) =>
  agent.sexe === "F" ? `${word}e` : word;

export const MISSING_APPRECIATION = "Appréciation non saisie : promotion impossible en l'état.";

// Row status; 0 (the typed arrays' initial value) means beyond the contingent.
const PROMOTED = 1;
const OPPOSED = 2;
const BLOCKED = 3;
const BALANCE = 4; // held back by the women/men balance

/**
 * Orders the entries and gives the places in order. An opposed or blocked agent is not
 * promoted and the next one takes the place. With balanceBySex, each sex gets at most its
 * share of the places (share of the entries, largest remainder); places a sex cannot fill go
 * back to the other one in rank order.
 */
export function rankTable(entries: readonly TableEntry[], opts: TableOptions): TableOutcome {
  // Everything the walk in rank order needs is copied, in entry order, into flat arrays:
  // following pointers to 300,000 scattered objects in rank order is what costs.
  const n = entries.length;
  const list = entries as TableEntry[];
  const groups = new Float64Array(n);
  const ids = new Array<string>(n);
  const flags = new Uint8Array(n); // 1 opposed, 2 blocked
  const women = new Uint8Array(n);
  const baremes = new Float64Array(n); // NaN: no barème
  const columns: SortColumn[] = [{ values: groups, order: "asc" }];
  const keyColumns = opts.tieBreaks.map((t) => ({ key: t.key, values: new Float64Array(n) }));
  for (let i = 0; i < n; i++) {
    const e = list[i] as TableEntry;
    groups[i] = e.group;
    ids[i] = e.candidate.agent.id;
    flags[i] = e.candidate.opposition ? 1 : e.blocked ? 2 : 0;
    women[i] = e.candidate.agent.sexe === "F" ? 1 : 0;
    baremes[i] = e.bareme ?? NaN;
    for (const c of keyColumns) c.values[i] = e.keys[c.key];
  }
  opts.tieBreaks.forEach((t, c) =>
    columns.push({ values: (keyColumns[c] as { values: Float64Array }).values, order: t.order }),
  );
  // Last resort, whatever order the caller passed the candidates in: the agent id.
  const order = sortedIndices(n, columns, (a, b) => {
    const ia = ids[a] as string;
    const ib = ids[b] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });

  const status = new Uint8Array(n);
  let quotaF = Infinity;
  let quotaM = Infinity;
  if (opts.balanceBySex) {
    let f = 0;
    for (let i = 0; i < n; i++) f += women[i] as number;
    const quotas = splitByShares(opts.places, { F: f, M: n - f });
    quotaF = quotas.F;
    quotaM = quotas.M;
  }
  let remaining = opts.places;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const flag = flags[i];
    if (flag === 1) status[i] = OPPOSED;
    else if (flag === 2) status[i] = BLOCKED;
    else if (remaining > 0) {
      const woman = women[i] === 1;
      if ((woman ? quotaF : quotaM) <= 0) status[i] = BALANCE;
      else {
        status[i] = PROMOTED;
        remaining--;
        if (woman) quotaF--;
        else quotaM--;
      }
    }
  }
  // One sex could not fill its share: the places go back to the other, in rank order.
  for (let k = 0; remaining > 0 && k < n; k++) {
    const i = order[k] as number;
    if (status[i] === BALANCE) {
      status[i] = PROMOTED;
      remaining--;
    }
  }

  let barre: number | null = null;
  const rankOf = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    rankOf[i] = k + 1;
    if (status[i] === PROMOTED) barre = Number.isNaN(baremes[i]) ? null : (baremes[i] as number);
  }

  // Same sentence for every row beyond the contingent: built once.
  const places = `${opts.places} promotion${opts.places >= 2 ? "s" : ""}`;
  const beyond = `Au-delà du contingent (${places}${barre !== null ? `, barre : ${barre} points` : ""}).`;
  const promoted = new Uint8Array(n);
  let promotedCount = 0;
  const rows = new Array<RankedRow>(n);
  const sexes = new Array<"F" | "M">(n);
  // Rows are built in entry order (memory order) and stored at their rank.
  for (let i = 0; i < n; i++) {
    const e = list[i] as TableEntry;
    const agent = e.candidate.agent;
    const s = status[i];
    const position = (rankOf[i] as number) - 1;
    let note: string | null = null;
    if (s === PROMOTED) {
      promoted[i] = 1;
      promotedCount++;
    } else if (s === OPPOSED)
      note = `Opposition du DASEN : ${e.candidate.opposition?.reason ?? ""}`.trim();
    else if (s === BLOCKED) note = e.blocked;
    else if (s === BALANCE)
      note = `Non ${agreed(agent, "retenu")} : équilibre femmes-hommes des promotions.`;
    else note = beyond;
    if (e.note) note = note ? `${note} ${e.note}` : e.note;
    sexes[position] = agent.sexe;
    rows[position] = {
      agentId: agent.id,
      vivier: opts.vivier,
      bareme: e.bareme,
      parts: e.parts,
      rank: position + 1,
      promoted: s === PROMOTED,
      opposed: s === OPPOSED,
      oppositionReason: s === OPPOSED ? (e.candidate.opposition?.reason ?? null) : null,
      note,
    };
  }
  return { rows, sexes, order, promoted, rankOf, promotedCount, barre };
}

/** Women/men shares over rows, given the sex of each row's agent. */
export function sharesOf(
  rows: readonly RankedRow[],
  sexes: readonly ("F" | "M")[],
): RankingResult["shares"] {
  const shares = { promouvables: { F: 0, M: 0 }, promoted: { F: 0, M: 0 } };
  rows.forEach((r, i) => {
    const sexe = sexes[i];
    if (!sexe) return;
    shares.promouvables[sexe] += 1;
    if (r.promoted) shares.promoted[sexe] += 1;
  });
  return shares;
}

/** Candidates the table cannot examine, with the reason (kept in the result, never dropped silently). */
export function notPromouvable(candidates: readonly RankingCandidate[]): {
  examined: RankingCandidate[];
  excluded: { agentId: string; reason: string }[];
} {
  const examined: RankingCandidate[] = [];
  const excluded: { agentId: string; reason: string }[] = [];
  for (const c of candidates) {
    if (c.eligibility.promouvable) examined.push(c);
    else excluded.push({ agentId: c.agent.id, reason: "Non promouvable à la date d'observation." });
  }
  return { examined, excluded };
}

export interface SingleTableOptions {
  contingent: ContingentParameters;
  needs: ContingentPopulations;
  population: PopulationCounts | undefined;
  tieBreaks: readonly TieBreak[];
  balanceBySex: boolean;
}

/**
 * The whole single-table ranking (no viviers) used by HC PE, CE depuis 2024 and échelon
 * spécial: the rule set only says how to build each entry.
 */
export function rankSingleTable(
  candidates: readonly RankingCandidate[],
  build: (c: RankingCandidate) => TableEntry,
  opts: SingleTableOptions,
): RankingResult {
  const { examined, excluded } = notPromouvable(candidates);
  const { detail, warning } = resolveContingent(
    opts.contingent,
    examined.length,
    opts.needs,
    opts.population,
  );
  const table = rankTable(examined.map(build), {
    vivier: null,
    places: detail.total,
    tieBreaks: opts.tieBreaks,
    balanceBySex: opts.balanceBySex,
  });
  return {
    rows: table.rows,
    contingent: { ...detail, byVivier: {} },
    barre: { all: table.barre },
    shares: sharesOf(table.rows, table.sexes),
    excluded,
    warnings: warning ? [warning] : [],
  };
}

/**
 * Single table ranked on a barème = appréciation points + the rule set's other parts (the
 * seniority of HC PE and échelon spécial), capped at `max`; no appréciation blocks the row.
 */
export function rankByAppreciation(
  candidates: readonly RankingCandidate[],
  observationDate: string,
  spec: {
    levels: readonly Level[];
    points: Record<string, number>;
    max?: number | null;
    otherParts: (c: RankingCandidate, s: CareerSituation) => BaremePart[];
  },
  opts: SingleTableOptions,
): RankingResult {
  const obsDay = toDayNumber(observationDate);
  const scoreAppreciation = appreciationScorer(spec.levels, spec.points);
  return rankSingleTable(
    candidates,
    (c) => {
      const s = situationAt(c.agent, observationDate) ?? c.agent;
      const appreciation = scoreAppreciation(c.appreciation);
      const parts = [appreciation.part, ...spec.otherParts(c, s)];
      const sum = parts.reduce((t, p) => t + p.points, 0);
      const bareme = spec.max === null || spec.max === undefined ? sum : Math.min(sum, spec.max);
      return {
        candidate: c,
        bareme,
        parts,
        group: 0,
        blocked: appreciation.known ? null : MISSING_APPRECIATION,
        keys: tieKeyValues(c.agent, s, obsDay, bareme),
      };
    },
    opts,
  );
}

// ---------- parameter labels shared by the rule sets ----------

/** Labels of the parameter pieces above, for the campaign parameters form. */
export const COMMON_PARAMETER_LABELS: Record<string, ParameterLabel> = {
  observation: {
    label: "Date d'observation (jour et mois)",
    help: "Date de l'année de la campagne à laquelle la situation des agents est appréciée (31 août par défaut).",
  },
  "observation.month": { label: "Mois de la date d'observation" },
  "observation.day": { label: "Jour de la date d'observation" },
  contingent: { label: "Contingent de promotions" },
  "contingent.method": {
    label: "Mode de calcul du contingent",
    help: "RATE : taux × effectif (ratio promus/promouvables) ; TARGET : pyramidage, le taux est une part cible du grade, déduction faite des agents qui y sont déjà.",
  },
  "contingent.ratePercent": {
    label: "Taux (%)",
    help: "Taux de promotion, ou part cible de la population du grade en pyramidage.",
  },
  "contingent.carryOverRemainder": {
    label: "Report de la partie décimale",
    help: "La partie décimale du nombre calculé s'ajoute au nombre calculé de la campagne suivante de même nature (décret 2005-1090, art. 2).",
  },
  "contingent.previousRemainder": {
    label: "Reliquat de la campagne précédente",
    help: "Partie décimale reportée de la campagne précédente de même nature ; préremplie à la création de la campagne.",
  },
  "contingent.notified": {
    label: "Nombre de promotions notifié",
    help: "Nombre notifié par le ministère ou le rectorat ; s'il est saisi, il remplace le nombre calculé (les deux sont affichés).",
  },
  tieBreaks: {
    label: "Critères de départage",
    help: "Dans l'ordre ; « desc » place d'abord la valeur la plus grande (ancienneté la plus longue, agent le plus âgé).",
  },
  balanceBySex: {
    label: "Équilibre femmes-hommes des promotions",
    help: "Chaque sexe reçoit au plus sa part des promouvables.",
  },
  appreciationPoints: { label: "Points par appréciation" },
  appreciationCaps: { label: "Plafonds des appréciations (% des promouvables)" },
  positionRule: {
    label: "Position administrative à la date d'observation",
    help: "Seuls les agents en activité, en détachement ou mis à disposition sont promouvables.",
  },
  "positionRule.excluded": {
    label: "Positions non promouvables",
    help: "Une position qui commence par l'un de ces libellés n'est pas promouvable (disponibilité ; congé parental avant la campagne 2020).",
  },
  "positionRule.allowed": {
    label: "Positions promouvables malgré tout",
    help: "Exceptions à la liste précédente : la disponibilité pour exercer une activité professionnelle conserve les droits à l'avancement (décret 85-986, art. 48-1) ; à partir de la campagne 2020, le congé parental et la disponibilité pour élever un enfant aussi, dans la limite de cinq ans (loi 2019-828, art. 85 ; décret 2020-529), limite que le portail ne peut pas vérifier.",
  },
};
