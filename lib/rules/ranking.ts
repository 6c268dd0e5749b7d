// Building blocks shared by the rule sets' tables: parameter schemas, contingent, viviers
// split, sort keys, opposition, women/men balance, barre.
import { z } from "zod";
import { toDayNumber, type CareerSituation } from "./dates";
import type { AgentSnapshot, BaremePart, Level, RankedRow, RankingCandidate, RankingResult } from "./types";

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
export const tieBreakSchema = z.object({ key: z.enum(TIE_BREAK_KEYS), order: z.enum(["asc", "desc"]) });
export type TieBreak = z.infer<typeof tieBreakSchema>;
export const tieBreaksSchema = z
  .array(tieBreakSchema)
  .refine((list) => new Set(list.map((t) => t.key)).size === list.length, "Critère de départage en double");

export function desc(...keys: TieBreakKey[]): TieBreak[] {
  return keys.map((key) => ({ key, order: "desc" as const }));
}

/**
 * Contingent = floor(rate × base). Base PROMOUVABLES: the agents examined; CORPS: the size
 * of the reference population the caller passes as corpsSize. `override` is the number of
 * promotions notified by the ministry when the administrator types it in.
 */
export const contingentSchema = z.object({
  ratePercent: percentSchema,
  base: z.enum(["PROMOUVABLES", "CORPS"]),
  override: z.number().int().min(0).nullable(),
});
export type ContingentParameters = z.infer<typeof contingentSchema>;

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
 * floor(ratePercent % × base), in integers: 29 % of 100 in floating point is 28.999…, which
 * would lose a promotion. Rates keep up to two decimals (1.43 %).
 */
export function contingentOf(ratePercent: number, base: number): number {
  const n = Math.round(ratePercent * 100) * Math.max(0, Math.floor(base));
  return (n - (n % 10000)) / 10000;
}

export function resolveContingent(
  params: ContingentParameters,
  promouvables: number,
  corpsSize: number | undefined,
): { total: number; warning: string | null } {
  if (params.override !== null) return { total: params.override, warning: null };
  if (params.base === "CORPS") {
    if (corpsSize === undefined) {
      return {
        total: contingentOf(params.ratePercent, promouvables),
        warning: "Effectif de référence inconnu : contingent calculé sur le nombre de promouvables.",
      };
    }
    return { total: contingentOf(params.ratePercent, corpsSize), warning: null };
  }
  return { total: contingentOf(params.ratePercent, promouvables), warning: null };
}

/**
 * Splits `total` by shares (any unit: 70/30 or 0.7/0.3) with the largest-remainder method, so
 * the parts always add up to the total; equal remainders go to the key listed first.
 */
export function splitByShares<K extends string>(total: number, shares: Record<K, number>): Record<K, number> {
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

export function countBySex(agents: Iterable<Pick<AgentSnapshot, "sexe">>): { F: number; M: number } {
  const count = { F: 0, M: 0 };
  for (const a of agents) count[a.sexe] += 1;
  return count;
}

/** Maximum number of agents per capped level, as floor(cap % × promouvables). */
export function levelCaps(promouvables: number, caps: Record<string, number>): Record<string, number> {
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
export function sortedIndices(n: number, columns: readonly SortColumn[], fallback?: (a: number, b: number) => number): number[] {
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
export const agreed = (agent: Pick<AgentSnapshot, "sexe">, word: string) => (agent.sexe === "F" ? `${word}e` : word);

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
  opts.tieBreaks.forEach((t, c) => columns.push({ values: (keyColumns[c] as { values: Float64Array }).values, order: t.order }));
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
    } else if (s === OPPOSED) note = `Opposition du DASEN : ${e.candidate.opposition?.reason ?? ""}`.trim();
    else if (s === BLOCKED) note = e.blocked;
    else if (s === BALANCE) note = `Non ${agreed(agent, "retenu")} : équilibre femmes-hommes des promotions.`;
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
export function sharesOf(rows: readonly RankedRow[], sexes: readonly ("F" | "M")[]): RankingResult["shares"] {
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

/**
 * The whole single-table ranking (no viviers) used by HC PE, CE depuis 2024 and échelon
 * spécial: the rule set only says how to build each entry.
 */
export function rankSingleTable(
  candidates: readonly RankingCandidate[],
  build: (c: RankingCandidate) => TableEntry,
  opts: {
    contingent: ContingentParameters;
    corpsSize: number | undefined;
    tieBreaks: readonly TieBreak[];
    balanceBySex: boolean;
  },
): RankingResult {
  const { examined, excluded } = notPromouvable(candidates);
  const { total, warning } = resolveContingent(opts.contingent, examined.length, opts.corpsSize);
  const table = rankTable(examined.map(build), {
    vivier: null,
    places: total,
    tieBreaks: opts.tieBreaks,
    balanceBySex: opts.balanceBySex,
  });
  return {
    rows: table.rows,
    contingent: { total, byVivier: {} },
    barre: { all: table.barre },
    shares: sharesOf(table.rows, table.sexes),
    excluded,
    warnings: warning ? [warning] : [],
  };
}
