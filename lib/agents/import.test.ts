import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertCareerConsistent, gradeEntryDate } from "@/lib/rules/career-grid";
import {
  decodeCsv,
  formatImportError,
  IMPORT_COLUMNS,
  importCareerSteps,
  importTemplateCsv,
  normalizeHeader,
  parseImport,
  parseImportDate,
  type ImportReferences,
  type SchoolRef,
} from "./import";
import { fastId } from "./import-sql";

const SAMPLE = fs.readFileSync(
  path.resolve(import.meta.dirname, "../../tests/fixtures/agents-exemple.csv"),
  "utf8",
);
const NOW = { now: new Date("2026-11-29T12:00:00Z") };

// The demo département's codes, which the sample file uses.
function references(): ImportReferences {
  const circonscriptions = new Map(
    ["031-TLS-NORD", "031-TLS-CENTRE", "031-ST-GAUDENS"].map((code) => [
      code,
      { id: `id-${code}`, code },
    ]),
  );
  const schools = new Map<string, SchoolRef>();
  const add = (uai: string, code: string) =>
    schools.set(uai, {
      id: `id-${uai}`,
      uai,
      name: `École ${uai}`,
      zone: "HORS_EP",
      circonscriptionId: `id-${code}`,
    });
  for (const uai of [
    "0311248N",
    "0311100C",
    "0311137T",
    "0311174H",
    "0311322U",
    "0311359J",
    "0311396Z",
  ])
    add(uai, "031-TLS-NORD");
  for (const uai of [
    "0311544K",
    "0311581A",
    "0311618R",
    "0311692W",
    "0311729L",
    "0311766B",
    "0311803S",
  ])
    add(uai, "031-TLS-CENTRE");
  for (const uai of ["0311988T", "0312025H", "0312062Y", "0312099N", "0312136D"])
    add(uai, "031-ST-GAUDENS");
  return { circonscriptions, schools };
}

const HEADER =
  "numen;nom;prenom;sexe;date_naissance;date_entree_corps;grade;echelon;date_echelon;date_grade;circonscription_code;ecole_uai";
const GOOD =
  "31E1234567ABC;Tartemuche;Claire;F;14/05/1982;01/09/2006;CN;9;01/03/2023;01/09/2006;031-TLS-NORD;0311248N";

function file(...rows: string[]): string {
  return [HEADER, ...rows].join("\n");
}

async function errorsOf(csv: string): Promise<string[]> {
  const parsed = await parseImport(csv, references(), NOW);
  return parsed.errors.map(formatImportError);
}

describe("the sample file", () => {
  it("is valid: 20 agents, every optional column present", async () => {
    const parsed = await parseImport(SAMPLE, references(), NOW);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toBe(20);
    expect(parsed.valid).toHaveLength(20);
    expect([...parsed.columns].sort()).toEqual(IMPORT_COLUMNS.map((c) => c.name).sort());
    const sandrine = parsed.valid.find((r) => r.prenom === "Sandrine");
    expect(sandrine).toMatchObject({
      line: 4,
      nom: "Fabre",
      nomUsage: "Marty",
      grade: "HC",
      echelon: 6,
      quotite: 80,
      echelonDate: "2023-09-01",
      birthDate: "1975-07-23",
    });
    // ISO dates are read as well as JJ/MM/AAAA.
    expect(parsed.valid.find((r) => r.prenom === "Yasmina")).toMatchObject({
      birthDate: "1988-06-17",
      affectationDate: "2017-09-01",
    });
    expect(parsed.valid.find((r) => r.prenom === "Camille")).toMatchObject({
      school: null,
      affectationDate: null,
    });
  });

  it("matches the documented template", async () => {
    const template = await parseImport(
      importTemplateCsv(),
      {
        ...references(),
        schools: new Map([
          [
            "0311248N",
            {
              id: "s",
              uai: "0311248N",
              name: "x",
              zone: "HORS_EP",
              circonscriptionId: "id-031-TLS-NORD",
            },
          ],
        ]),
      },
      NOW,
    );
    expect(template.errors).toEqual([]);
    expect(template.valid).toHaveLength(1);
  });
});

describe("reading the file", () => {
  it("accepts a BOM, commas, CRLF, any case and accents in the header, and skips blank lines", async () => {
    const csv = `\uFEFFNUMEN,Nom,Prénom,Sexe,Date naissance,Date entrée corps,Grade,Échelon,Date échelon,Date grade,Circonscription code\r\n31e 1234567 abc,Tartemuche,Claire,f,1982-05-14,2006-09-01,cn,9,2023-03-01,2006-09-01,031-TLS-NORD\r\n,,,,,,,,,,\r\n\r\n`;
    const parsed = await parseImport(csv, references(), NOW);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toBe(1);
    expect(parsed.valid[0]).toMatchObject({
      numen: "31E1234567ABC",
      sexe: "F",
      grade: "CN",
      school: null,
      position: "Activité",
      quotite: 100,
    });
    expect(parsed.columns.has("ecole_uai")).toBe(false);
  });

  it("normalizes header cells and reads both date forms, refusing impossible days", () => {
    expect(normalizeHeader("\uFEFF Date d'échelon ")).toBe("date_d_echelon");
    expect(normalizeHeader("Circonscription-code")).toBe("circonscription_code");
    expect(parseImportDate("1/9/2006")).toBe("2006-09-01");
    expect(parseImportDate("2006-09-01")).toBe("2006-09-01");
    expect(parseImportDate("29/02/2023")).toBeNull();
    expect(parseImportDate("2006-9-1")).toBeNull();
    expect(parseImportDate("01/09/1806")).toBeNull();
  });

  it("reads Windows-1252 files (Excel) when the bytes are not UTF-8", () => {
    const latin1 = Uint8Array.from([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d]); // "Prénom" in Windows-1252
    expect(decodeCsv(latin1)).toEqual({ text: "Prénom", encoding: "windows-1252" });
    expect(decodeCsv(new TextEncoder().encode("Prénom"))).toEqual({
      text: "Prénom",
      encoding: "utf-8",
    });
  });

  it("refuses a file without its required columns or with unknown ones, on line 1", async () => {
    expect(await errorsOf("numen;nom;prenom;couleur\n31E1234567ABC;A;B;bleu")).toEqual([
      "Ligne 1 : colonne inconnue « couleur » (colonnes possibles : numen, nom, nom_usage, prenom, sexe, date_naissance, date_entree_corps, grade, echelon, date_echelon, date_grade, circonscription_code, ecole_uai, poste, date_affectation, email, position, quotite).",
      "Ligne 1 : colonne(s) obligatoire(s) absente(s) : sexe, date_naissance, date_entree_corps, grade, echelon, date_echelon, date_grade, circonscription_code.",
    ]);
    expect(await errorsOf("")).toEqual([
      "Ligne 1 : le fichier est vide : la première ligne doit donner les noms des colonnes.",
    ]);
    expect(await errorsOf(`${HEADER}\n;;;;;;;;;;;\n`)).toEqual([
      "Ligne 2 : le fichier ne contient aucun agent : une ligne par agent est attendue après la ligne des colonnes.",
    ]);
  });
});

describe("errors by line and column", () => {
  it("names the line and the column of each invalid cell", async () => {
    const errors = await errorsOf(
      file(
        GOOD,
        "31E7654321XYZ;Dupont;Jean;X;31/02/1980;01/09/2004;HC;4;01/09/2020;01/09/2016;031-TLS-NORD;",
        "31E76;Durand;Paul;M;12/03/1980;01/09/2004;CN;12;01/09/2020;01/09/2004;031-TLS-NORD;",
      ),
    );
    expect(errors).toEqual([
      "Ligne 3, colonne sexe : valeur « X » inconnue (attendu F ou M).",
      "Ligne 3, colonne date_naissance : date invalide « 31/02/1980 » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).",
      "Ligne 4, colonne numen : NUMEN invalide « 31E76 » : 13 caractères attendus (ex. 31E1234567ABC).",
    ]);
  });

  it("checks the échelon against the grade, and the dates against each other", async () => {
    const errors = await errorsOf(
      file(
        "31E1111111AAA;Durand;Paul;M;12/03/1980;01/09/2004;CN;12;01/09/2020;01/09/2004;031-TLS-NORD;",
        "31E2222222BBB;Roux;Anne;F;12/03/1980;01/09/2004;CE;6;01/09/2020;01/09/2018;031-TLS-NORD;",
        "31E3333333CCC;Petit;Luc;M;12/03/1990;01/09/2004;HC;2;01/09/2015;01/09/2016;031-TLS-NORD;",
      ),
    );
    expect(errors).toEqual([
      "Ligne 2, colonne echelon : échelon 12 impossible en classe normale (1 à 11).",
      "Ligne 3, colonne echelon : échelon 6 impossible en classe exceptionnelle (1 à 5).",
      "Ligne 4, colonne date_entree_corps : entrée dans le corps avant les 18 ans de l'agent.",
      "Ligne 4, colonne date_echelon : date d'accès à l'échelon antérieure à la date d'accès au grade.",
    ]);
  });

  it("refuses unknown circonscriptions and schools, and a school of another circonscription", async () => {
    const errors = await errorsOf(
      file(
        "31E1111111AAA;Durand;Paul;M;12/03/1980;01/09/2004;CN;9;01/09/2020;01/09/2004;031-INCONNUE;",
        "31E2222222BBB;Roux;Anne;F;12/03/1980;01/09/2004;CN;9;01/09/2020;01/09/2004;031-TLS-NORD;0319999Z",
        "31E3333333CCC;Petit;Luc;M;12/03/1980;01/09/2004;CN;9;01/09/2020;01/09/2004;031-ST-GAUDENS;0311248N",
      ),
    );
    expect(errors).toEqual([
      "Ligne 2, colonne circonscription_code : circonscription inconnue « 031-INCONNUE ».",
      "Ligne 3, colonne ecole_uai : école inconnue « 0319999Z ».",
      "Ligne 4, colonne ecole_uai : l'école 0311248N relève de la circonscription 031-TLS-NORD, pas de 031-ST-GAUDENS.",
    ]);
  });

  it("refuses a NUMEN twice in the file, pointing at the first line", async () => {
    const twin = GOOD.replace("Tartemuche;Claire", "Martin;Claire").replace(
      "31E1234567ABC",
      "31e1234567abc",
    );
    expect(
      await errorsOf(file(GOOD, GOOD.replace("31E1234567ABC", "31E1234567ABD"), twin)),
    ).toEqual(["Ligne 4, colonne numen : NUMEN déjà présent ligne 2."]);
  });

  it("counts a quoted cell spanning two lines, and reports a row with the wrong number of values", async () => {
    const parsed = await parseImport(
      file(
        GOOD.replace("Claire", '"Claire\nMarie"'),
        "31E2222222BBB;Roux;Anne;F;12/03/1980",
        GOOD.replace("ABC", "ABD").replace("CN;9", "CN;99"),
      ),
      references(),
      NOW,
    );
    expect(parsed.errors.map(formatImportError)).toEqual([
      "Ligne 2, colonne prenom : caractère de contrôle interdit.",
      "Ligne 4 : 5 valeur(s) au lieu de 12 : vérifiez le séparateur et les guillemets.",
      "Ligne 5, colonne echelon : échelon 99 impossible en classe normale (1 à 11).",
    ]);
    expect(parsed.valid).toHaveLength(0);
  });

  it("keeps the first errors only but counts them all", async () => {
    const bad = Array.from(
      { length: 30 },
      (_, i) =>
        `31E${String(1000000 + i)}ABC;Durand;Paul;M;12/03/1980;01/09/2004;CN;0;01/09/2020;01/09/2004;031-TLS-NORD;`,
    );
    const parsed = await parseImport(file(...bad), references(), { ...NOW, maxErrors: 5 });
    expect(parsed.errorCount).toBe(30);
    expect(parsed.errors).toHaveLength(5);
    expect(parsed.errors[4]).toEqual({
      line: 6,
      column: "echelon",
      message: "échelon 0 impossible en classe normale (1 à 11).",
    });
  });

  it("refuses a file decoded with replacement characters", async () => {
    expect(await errorsOf(file(GOOD.replace("Claire", "Cl\uFFFDire")))).toEqual([
      "Ligne 2 : caractère illisible : enregistrez le fichier en UTF-8.",
    ]);
  });
});

describe("career history of a new agent", () => {
  const hc = {
    grade: "HC" as const,
    echelon: 4,
    echelonDate: "2023-09-01",
    gradeDate: "2018-09-01",
    corpsDate: "2001-09-01",
  };

  it("by default keeps to the stated steps: entry in the corps and the current step", () => {
    expect(importCareerSteps(hc)).toEqual([
      { grade: "CN", echelon: 1, date: "2001-09-01", nature: "Titularisation" },
      { grade: "HC", echelon: 4, date: "2023-09-01", nature: "Avancement d'échelon" },
    ]);
    expect(
      importCareerSteps({
        grade: "CN",
        echelon: 1,
        echelonDate: "2025-09-01",
        gradeDate: "2025-09-01",
        corpsDate: "2025-09-01",
      }),
    ).toEqual([{ grade: "CN", echelon: 1, date: "2025-09-01", nature: "Titularisation" }]);
    expect(importCareerSteps({ ...hc, echelon: 2, echelonDate: "2018-09-01" }).at(-1)?.nature).toBe(
      "Promotion de grade",
    );
  });

  it("can derive a full PPCR history that meets the file's three dates", () => {
    const steps = importCareerSteps(hc, true);
    assertCareerConsistent(steps, { grade: "HC", echelon: 4, date: "2023-09-01" });
    expect(steps[0]).toMatchObject({ grade: "CN", echelon: 1, date: "2001-09-01" });
    expect(gradeEntryDate(steps)).toBe("2018-09-01");
    expect(steps.filter((s) => s.grade === "HC").map((s) => s.echelon)).toEqual([2, 3, 4]);
  });
});

describe("ids", () => {
  it("have the shape of Prisma's cuid and do not repeat", () => {
    const ids = Array.from({ length: 10_000 }, fastId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  });
});
