import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOSSIER_TABS } from "@/components/dossier/tabs";
import { ENTRY_FORMS } from "@/components/dossier/entry-fields";
import { entrySchemas } from "./entries";
import { ENTRY_KIND_DEFS, ENTRY_KINDS, ENTRY_QUERIES, ENTRY_RELATIONS_ALL } from "./entry-kinds";
import { DELETED_MESSAGES } from "./messages";

const sample = {
  qualification: {
    id: "q",
    agentId: "a",
    kind: "Diplôme",
    title: "CAFIPEMF",
    obtainedAt: new Date("2015-06-30T00:00:00Z"),
    details: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  },
  activite: {
    id: "p",
    agentId: "a",
    title: "Tutorat",
    description: null,
    startDate: new Date("2020-09-01T00:00:00Z"),
    endDate: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  },
  fonction: {
    id: "f",
    agentId: "a",
    kind: "TUTEUR",
    label: "Tuteur",
    educationPrioritaireShare: null,
    startDate: new Date("2019-09-01T00:00:00Z"),
    endDate: new Date("2022-08-31T00:00:00Z"),
    status: "VALIDEE",
    source: "AGENT",
  },
  distinction: {
    id: "d",
    agentId: "a",
    name: "Palmes académiques",
    rank: "Chevalier",
    date: new Date("2018-01-01T00:00:00Z"),
  },
} as const;

describe("the registry of dossier entry kinds", () => {
  it("gives the tabs in the I-Prof order, the entry kinds between affectations and synthèse", () => {
    expect(DOSSIER_TABS.map((t) => t.slug)).toEqual([
      "situation-de-carriere",
      "affectations",
      "qualifications-et-competences",
      "activites-professionnelles",
      "fonctions-et-missions",
      "distinctions-honorifiques",
      "synthese",
    ]);
    expect(new Set(DOSSIER_TABS.map((t) => t.slug)).size).toBe(DOSSIER_TABS.length);
  });

  it.each(ENTRY_KINDS)(
    "%s: a page for its tab, a schema, a form, a query, one cell per header",
    (kind) => {
      const def = ENTRY_KIND_DEFS[kind];
      expect(
        fs.existsSync(
          path.join(process.cwd(), "app/(enseignant)/dossier", def.tab.slug, "page.tsx"),
        ),
      ).toBe(true);
      expect(entrySchemas(new Date())[kind]).toBeDefined();
      expect(ENTRY_FORMS[kind].fields).toBe(def.fields);
      expect(ENTRY_QUERIES[def.relation]).toBe(def.query);
      expect(ENTRY_RELATIONS_ALL[def.relation]).toBe(true);
      // The function's state and proof are elements (components/dossier/entry-rows): its text cells stop at the state.
      const cells = (def.cells as (row: unknown) => string[])(sample[kind]);
      expect(cells).toHaveLength(
        kind === "fonction" ? def.list.headers.length - 1 : def.list.headers.length,
      );
      expect(DELETED_MESSAGES[kind]).toBe(def.deleted);
    },
  );

  it("fills the edit form with a value for each field it reads (files aside)", () => {
    for (const kind of ENTRY_KINDS) {
      const values = (ENTRY_KIND_DEFS[kind].values as (row: unknown) => Record<string, string>)(
        sample[kind],
      );
      const fields = ENTRY_KIND_DEFS[kind].fields
        .filter((f) => f.type !== "file")
        .map((f) => f.name);
      expect(Object.keys(values).sort(), kind).toEqual(fields.sort());
    }
  });

  it("reads a row as the lists and the synthèse show it", () => {
    expect(ENTRY_KIND_DEFS.activite.cells(sample.activite as never)).toEqual([
      "Tutorat",
      "01/09/2020 – en cours",
      "",
    ]);
    expect(ENTRY_KIND_DEFS.distinction.summary(sample.distinction as never)).toBe(
      "Palmes académiques, Chevalier (01/01/2018)",
    );
    expect(ENTRY_KIND_DEFS.fonction.editWarning(sample.fonction as never)).toMatch(
      /repassera « À vérifier »/,
    );
    expect(
      ENTRY_KIND_DEFS.fonction.editable({ ...sample.fonction, source: "ADMINISTRATION" } as never),
    ).toBe(false);
  });
});
