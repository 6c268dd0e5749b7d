import "server-only";
import { withDb } from "@/lib/bound";
import * as tableau from "./tableau";

// The tableau's writes, on the application's client (docs/decisions/0009-read-boundary.md).
export const storeTableau = withDb(tableau.storeTableau);
