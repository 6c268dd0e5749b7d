import { describe, expect, it } from "vitest";
import { z } from "zod";
import { entrySchemas } from "./entries";
import { findOverlap, overlaps } from "./periods";

const today = new Date("2026-11-29T00:00:00Z");
const schemas = entrySchemas(today);
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function errors(result: {
  success: boolean;
  error?: z.ZodError;
}): Record<string, string[] | undefined> {
  return result.success ? {} : z.flattenError(result.error!).fieldErrors;
}

describe("dossier entry forms", () => {
  it("accepts a complete activity and an ongoing one", () => {
    expect(
      schemas.activite.safeParse({
        title: "Référent numérique",
        startDate: "2020-09-01",
        endDate: "2022-08-31",
      }).success,
    ).toBe(true);
    const ongoing = schemas.activite.parse({
      title: "Chorale",
      startDate: "2020-09-01",
      endDate: "",
    });
    expect(ongoing.endDate).toBeNull();
  });

  it("refuses an end date before the start date", () => {
    const r = schemas.activite.safeParse({
      title: "Chorale",
      startDate: "2022-09-01",
      endDate: "2021-08-31",
    });
    expect(errors(r)).toEqual({
      endDate: ["La date de fin doit être postérieure à la date de début."],
    });
  });

  it("refuses dates in the future, accepts today", () => {
    expect(errors(schemas.activite.safeParse({ title: "X", startDate: "2026-11-30" }))).toEqual({
      startDate: ["La date de début ne peut pas être dans le futur."],
    });
    expect(schemas.activite.safeParse({ title: "X", startDate: "2026-11-29" }).success).toBe(true);
  });

  it("refuses empty and over-long titles, impossible dates", () => {
    expect(errors(schemas.qualification.safeParse({ kind: "Diplôme", title: "   " }))).toEqual({
      title: ["L'intitulé : champ obligatoire."],
    });
    expect(
      errors(schemas.qualification.safeParse({ kind: "Diplôme", title: "x".repeat(201) })),
    ).toEqual({
      title: ["L'intitulé : 200 caractères au maximum."],
    });
    expect(
      errors(schemas.distinction.safeParse({ name: "Palmes académiques", date: "2021-02-30" }))
        .date?.[0],
    ).toMatch(/date invalide/);
  });

  it("only knows the listed function kinds and distinctions", () => {
    expect(
      errors(schemas.fonction.safeParse({ kind: "ASTRONAUTE", startDate: "2020-09-01" })).kind,
    ).toEqual(["Choisissez la fonction ou mission dans la liste."]);
    expect(
      schemas.distinction.parse({
        name: "Palmes académiques",
        rank: "Chevalier",
        date: "2019-07-14",
      }).rank,
    ).toBe("Chevalier");
  });
});

describe("function entry: share of the service in éducation prioritaire", () => {
  const ep = { kind: "EDUCATION_PRIORITAIRE", startDate: "2015-09-01", endDate: "2020-08-31" };
  it.each<[string, unknown, number | null, string | null]>([
    ["50 %", "50", 50, null],
    ["0 %", "0", 0, null],
    ["100 %", "100", 100, null],
    [
      "missing",
      "",
      null,
      "Indiquez la part de votre service en éducation prioritaire (en %) : il en faut au moins 50 % pour que la fonction compte.",
    ],
    [
      "above 100",
      "140",
      null,
      "La part du service en éducation prioritaire est un pourcentage entre 0 et 100.",
    ],
    [
      "negative",
      "-5",
      null,
      "La part du service en éducation prioritaire est un pourcentage entre 0 et 100.",
    ],
    [
      "not a number",
      "beaucoup",
      null,
      "La part du service en éducation prioritaire est un pourcentage entre 0 et 100.",
    ],
  ])("%s", (_, share, stored, error) => {
    const r = schemas.fonction.safeParse({ ...ep, educationPrioritaireShare: share });
    if (error) expect(errors(r).educationPrioritaireShare).toEqual([error]);
    else expect(r.success && r.data.educationPrioritaireShare).toBe(stored);
  });
  it("is not asked, and not kept, for another function", () => {
    expect(
      schemas.fonction.parse({
        kind: "DIRECTEUR_ECOLE",
        startDate: "2015-09-01",
        educationPrioritaireShare: "80",
      }).educationPrioritaireShare,
    ).toBeNull();
  });
});

describe("periods", () => {
  it("detects overlaps, including open-ended periods and shared days", () => {
    expect(
      overlaps(
        { startDate: d("2015-09-01"), endDate: d("2018-08-31") },
        { startDate: d("2018-08-31"), endDate: null },
      ),
    ).toBe(true);
    expect(
      overlaps(
        { startDate: d("2015-09-01"), endDate: d("2018-08-31") },
        { startDate: d("2018-09-01"), endDate: null },
      ),
    ).toBe(false);
    expect(
      overlaps(
        { startDate: d("2015-09-01"), endDate: null },
        { startDate: d("2030-01-01"), endDate: null },
      ),
    ).toBe(true);
  });

  it("ignores the entry being edited", () => {
    const existing = [{ id: "a", startDate: d("2015-09-01"), endDate: null }];
    expect(
      findOverlap(existing, { id: "a", startDate: d("2016-09-01"), endDate: null }),
    ).toBeNull();
    expect(findOverlap(existing, { startDate: d("2016-09-01"), endDate: null })?.id).toBe("a");
  });
});

describe("issue 11: no date before the birth nor in an absurd year; real distinctions", () => {
  const born = entrySchemas(today, { birthDate: d("1981-05-14") });
  it("refuses the year 1 and any date before the agent's birth, accepts the birth day", () => {
    expect(
      errors(
        born.qualification.safeParse({
          kind: "Diplôme",
          title: "Licence",
          obtainedAt: "0001-01-01",
        }),
      ),
    ).toEqual({
      obtainedAt: ["La date d'obtention n'est pas plausible : l'année doit être 1900 ou après."],
    });
    expect(
      errors(
        schemas.qualification.safeParse({
          kind: "Diplôme",
          title: "Licence",
          obtainedAt: "1899-12-31",
        }),
      ).obtainedAt,
    ).toHaveLength(1);
    expect(errors(born.activite.safeParse({ title: "X", startDate: "1981-05-13" }))).toEqual({
      startDate: ["La date de début ne peut pas précéder la date de naissance (14/05/1981)."],
    });
    expect(born.activite.safeParse({ title: "X", startDate: "1981-05-14" }).success).toBe(true);
    expect(
      errors(
        born.fonction.safeParse({
          kind: "DIRECTEUR_ECOLE",
          startDate: "2000-09-01",
          endDate: "1970-01-01",
        }),
      ).endDate?.[0],
    ).toMatch(/précéder la date de naissance/);
    expect(
      errors(
        born.distinction.safeParse({
          name: "Palmes académiques",
          rank: "Chevalier",
          date: "1960-01-01",
        }),
      ).date,
    ).toEqual(["La date ne peut pas précéder la date de naissance (14/05/1981)."]);
  });

  it.each([
    ["Légion d'honneur", "Grand-croix", true],
    ["Ordre national du Mérite", "Grand officier", true],
    ["Palmes académiques", "Commandeur", true],
    ["Palmes académiques", "Grand officier", false],
    ["Mérite agricole", "Officier", true],
    ["Arts et Lettres", "Chevalier", true],
    ["Médaille d'honneur", "Grand or", true],
    ["Médaille d'honneur", "Commandeur", false],
    ["Légion d'honneur", "Vermeil", false],
    ["Légion d'honneur", "", false],
  ])("%s, %s: %s", (name, rank, ok) => {
    const r = schemas.distinction.safeParse({ name, rank, date: "2019-07-14" });
    expect(r.success).toBe(ok);
    if (!ok) expect(errors(r).rank).toHaveLength(1);
  });

  it("names « Autre distinction » with the typed name, required, and without grade", () => {
    expect(
      errors(schemas.distinction.safeParse({ name: "Autre distinction", date: "2019-07-14" })),
    ).toEqual({ otherName: ["Indiquez le nom de la distinction."] });
    expect(
      schemas.distinction.parse({
        name: "Autre distinction",
        otherName: " Médaille de la Résistance ",
        rank: "",
        date: "2019-07-14",
      }),
    ).toEqual({
      name: "Médaille de la Résistance",
      rank: null,
      date: d("2019-07-14"),
    });
    expect(
      errors(
        schemas.distinction.safeParse({
          name: "Autre distinction",
          otherName: "X",
          rank: "Officier",
          date: "2019-07-14",
        }),
      ).rank,
    ).toHaveLength(1);
  });
});
