import { z } from "zod";
import type { BaremePart, ContingentDetail, RankedRow, RankingResult } from "@/lib/rules/types";

// PromotionResult.detail: what a stored tableau row keeps of its ranking, as JSON. One
// encoder (encodeDetail, for the tableau and the demo seed alike) and one parser
// (parseDetail, for every reader: results pages, exports, figures). Rows stored before the
// detail had all its fields ("{}", or without barre or contingent) still parse, with the
// missing parts empty.

/** The detail of one stored row. */
export interface StoredDetail {
  /** The barème, part by part. */
  parts: BaremePart[];
  /** Why the row is not promoted, when it is not. */
  note: string | null;
  /** Barème of the last promoted agent, per vivier ("1", "2" or "all"), as of the ranking. */
  barre: Record<string, number | null>;
  /** The contingent of the ranking (the same on every row of a tableau). */
  contingent: ContingentDetail;
}

const EMPTY_CONTINGENT: ContingentDetail = { total: 0, byVivier: {} };

// Lenient on purpose: a field of an older or damaged row falls back to empty rather than
// making the whole results page fail.
const storedDetailSchema = z.object({
  parts: z.array(z.object({ label: z.string(), points: z.number() })).catch([]),
  note: z.string().nullable().catch(null),
  barre: z.record(z.string(), z.number().nullable()).catch({}),
  contingent: z
    .looseObject({ total: z.number(), byVivier: z.record(z.string(), z.number()).catch({}) })
    .transform((c) => c as ContingentDetail)
    .catch(EMPTY_CONTINGENT),
});

/** The JSON stored in PromotionResult.detail for a row of a ranking. */
export function encodeDetail(
  row: Pick<RankedRow, "parts" | "note">,
  ranking: Pick<RankingResult, "barre" | "contingent">,
): string {
  const detail: StoredDetail = {
    parts: row.parts,
    note: row.note,
    barre: ranking.barre,
    contingent: ranking.contingent,
  };
  return JSON.stringify(detail);
}

/** The detail of a stored row; missing or unreadable fields come back empty. */
export function parseDetail(json: string): StoredDetail {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = {};
  }
  return storedDetailSchema.parse(typeof value === "object" && value !== null ? value : {});
}
