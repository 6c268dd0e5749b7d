import http from "node:http";
import { type Page } from "@playwright/test";
import { alertWith, expect, test, type SignedIn, type Who } from "./fixtures";
import type { CreatedTeacher, TeacherInput } from "../../lib/seed/factories";

// Issue 11: the dossier forms of « Compléter votre dossier » and « Signaler une erreur ».
// Each test has a teacher of its own (born on 15/03/1980, a validated « Conseiller
// pédagogique » fonction), so that the tests run side by side.

const PDF = {
  name: "arrete.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n% arrêté de nomination\n"),
};
const TWENTY_MB = {
  name: "scan-20-mo.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(20 * 1024 * 1024)]),
};
const TOO_BIG = "La pièce justificative dépasse 5 Mo.";

/** A new teacher with that dossier, signed in (the signedInAs fixture, not the form). */
async function signInWithOwnDossier(
  newTeacher: (input?: Partial<TeacherInput>) => Promise<CreatedTeacher>,
  signedInAs: (who: Who) => Promise<SignedIn>,
): Promise<void> {
  const teacher = await newTeacher({
    prenom: "Dorothée",
    nom: "Dossier",
    birthDate: "1980-03-15",
    grade: "HC",
    echelon: 4,
    echelonDate: "2022-09-01",
    functions: [
      {
        kind: "CONSEILLER_PEDAGOGIQUE",
        label: "Conseillère pédagogique de circonscription",
        startDate: "2012-09-01",
        endDate: "2016-08-31",
        status: "VALIDEE",
      },
    ],
  });
  await signedInAs({ identifiant: teacher.identifiant });
}

/** Counts the POST requests the page sends (a server action is a POST). */
function countPosts(page: Page): () => number {
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST") posts++;
  });
  return () => posts;
}

test("a 20 MB proof is refused in the browser before sending, and the fonction form keeps what was typed", async ({
  page,
  newTeacher,
  signedInAs,
}) => {
  await signInWithOwnDossier(newTeacher, signedInAs);
  await page.goto("/dossier/fonctions-et-missions");
  const posts = countPosts(page);
  await page.getByRole("combobox", { name: "Fonction ou mission" }).selectOption("DIRECTEUR_ECOLE");
  await page.getByLabel("Précisions").fill("École Jules-Ferry, 6 classes");
  await page.getByLabel("Date de début").fill("2017-09-01");
  await page.getByLabel("Date de fin").fill("2020-08-31");
  const proof = page.getByLabel("Pièce justificative");
  await proof.setInputFiles(TWENTY_MB);
  // Said on the field as soon as the file is chosen.
  await expect(page.getByText(TOO_BIG, { exact: true })).toBeVisible();
  await expect(proof).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(alertWith(page, TOO_BIG)).toBeVisible();
  expect(posts()).toBe(0);
  await expect(page.getByRole("combobox", { name: "Fonction ou mission" })).toHaveValue(
    "DIRECTEUR_ECOLE",
  );
  await expect(page.getByLabel("Précisions")).toHaveValue("École Jules-Ferry, 6 classes");
  await expect(page.getByLabel("Date de début")).toHaveValue("2017-09-01");
  await expect(page.getByLabel("Date de fin")).toHaveValue("2020-08-31");
  // With a proper proof the same form goes through.
  await page.getByLabel("Pièce justificative").setInputFiles(PDF);
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Fonction ajoutée" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "École Jules-Ferry, 6 classes" })).toBeVisible();
});

test("the server refuses a too-big body before reading it, with the proof's message", async () => {
  const url = new URL("/dossier/fonctions-et-missions", test.info().project.use.baseURL!);
  const started = Date.now();
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: {
          "next-action": "0".repeat(42),
          "content-type": "multipart/form-data; boundary=x",
          "content-length": 20 * 1024 * 1024,
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.write(Buffer.alloc(64 * 1024));
  });
  expect(answer).toEqual({ status: 413, body: TOO_BIG });
  expect(Date.now() - started).toBeLessThan(5_000);
});

test("Signaler une erreur: a 20 MB proof is refused before sending; a corrected report shows its confirmation", async ({
  page,
  newTeacher,
  signedInAs,
}) => {
  await signInWithOwnDossier(newTeacher, signedInAs);
  await page.goto("/dossier/situation-de-carriere");
  const posts = countPosts(page);
  await page.getByText("Signaler une erreur").click();
  const description = page.getByLabel("Description de l'erreur");
  await description.fill(
    "Mon passage au 4e échelon de la hors classe date du 1er mars 2022 : voir l'arrêté.",
  );
  await page.getByLabel("Pièce justificative").setInputFiles(TWENTY_MB);
  await expect(page.getByText(TOO_BIG, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(alertWith(page, TOO_BIG)).toBeVisible();
  expect(posts()).toBe(0);
  await expect(description).toHaveValue(
    "Mon passage au 4e échelon de la hors classe date du 1er mars 2022 : voir l'arrêté.",
  );

  // Refused by the server (no proof), then corrected: the confirmation is shown, the panel open.
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(alertWith(page, "La pièce justificative est obligatoire.")).toBeVisible();
  await expect(description).toHaveValue(
    "Mon passage au 4e échelon de la hors classe date du 1er mars 2022 : voir l'arrêté.",
  );
  await page.getByLabel("Pièce justificative").setInputFiles(PDF);
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Votre signalement a été transmis à votre gestionnaire." }),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: "En attente de traitement" })).toBeVisible();
});

test("no dossier date before the birth nor in the year 1, on the field", async ({
  page,
  newTeacher,
  signedInAs,
}) => {
  await signInWithOwnDossier(newTeacher, signedInAs);
  await page.goto("/dossier/qualifications-et-competences");
  await page.getByLabel("Type").selectOption("Diplôme");
  await page.getByLabel("Intitulé").fill("Licence de sciences de l'éducation");
  await page.getByLabel("Date d'obtention").fill("0001-01-01");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(
    page.getByText("La date d'obtention n'est pas plausible : l'année doit être 1900 ou après.", {
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.getByLabel("Date d'obtention")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Intitulé")).toHaveValue("Licence de sciences de l'éducation");
  await page.getByLabel("Date d'obtention").fill("1979-06-30");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(
    page.getByText("La date d'obtention ne peut pas précéder la date de naissance (15/03/1980).", {
      exact: true,
    }),
  ).toBeVisible();
  await page.getByLabel("Date d'obtention").fill("2002-06-30");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Entrée ajoutée à votre dossier." }),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: "30/06/2002" })).toBeVisible();

  // Deleting says what was deleted.
  await page.getByRole("button", { name: "Supprimer" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Qualification ou compétence supprimée." }),
  ).toBeVisible();
  await expect(page.getByText("Modifications enregistrées.")).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "Licence de sciences de l'éducation" })).toHaveCount(
    0,
  );
});

test("distinctions: each order's grades, the medals' échelons, and a named « Autre distinction »", async ({
  page,
  newTeacher,
  signedInAs,
}) => {
  await signInWithOwnDossier(newTeacher, signedInAs);
  await page.goto("/dossier/distinctions-honorifiques");
  const level = page.getByRole("combobox", { name: "Grade ou échelon" });
  // The list follows the distinction: échelons for a medal, the five grades of the Légion d'honneur…
  await page
    .getByRole("combobox", { name: "Distinction", exact: true })
    .selectOption("Médaille d'honneur");
  await expect(level.getByRole("option")).toHaveText([
    "— Choisir —",
    "Argent",
    "Vermeil",
    "Or",
    "Grand or",
  ]);
  await page
    .getByRole("combobox", { name: "Distinction", exact: true })
    .selectOption("Palmes académiques");
  await expect(level.getByRole("option")).toHaveText([
    "— Choisir —",
    "Chevalier",
    "Officier",
    "Commandeur",
  ]);
  // …and the server says which grades belong to it when none is given.
  await page.getByLabel(/^Date\b/).fill("2019-07-14");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(
    page.getByText("Indiquez votre grade dans l'ordre (chevalier, officier, commandeur).", {
      exact: true,
    }),
  ).toBeVisible();
  await page
    .getByRole("combobox", { name: "Distinction", exact: true })
    .selectOption("Autre distinction");
  await expect(level.getByRole("option")).toHaveText(["— Choisir —"]);
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByText("Indiquez le nom de la distinction.", { exact: true })).toBeVisible();
  await page
    .getByLabel("Nom de la distinction")
    .fill("Médaille de la Jeunesse, des Sports et de l'Engagement associatif");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Entrée ajoutée à votre dossier." }),
  ).toBeVisible();
  await expect(
    page.getByRole("cell", {
      name: "Médaille de la Jeunesse, des Sports et de l'Engagement associatif",
      exact: true,
    }),
  ).toBeVisible();
  await page
    .getByRole("combobox", { name: "Distinction", exact: true })
    .selectOption("Légion d'honneur");
  await expect(level.getByRole("option")).toHaveText([
    "— Choisir —",
    "Chevalier",
    "Officier",
    "Commandeur",
    "Grand officier",
    "Grand-croix",
  ]);
  await level.selectOption("Grand officier");
  await page.getByLabel(/^Date\b/).fill("2021-01-01");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByRole("cell", { name: "Grand officier", exact: true })).toBeVisible();
});

test("editing a validated fonction warns it goes back to « À vérifier », and says so once saved", async ({
  page,
  newTeacher,
  signedInAs,
}) => {
  await signInWithOwnDossier(newTeacher, signedInAs);
  await page.goto("/dossier/fonctions-et-missions");
  const row = page
    .getByRole("row")
    .filter({ hasText: "Conseillère pédagogique de circonscription" });
  await expect(row.getByText("Validée")).toBeVisible();
  await row.getByRole("link", { name: /^Modifier/ }).click();
  await expect(
    page.getByText(
      "Cette fonction a été validée par votre gestionnaire. Si vous la modifiez, elle repassera « À vérifier »",
      { exact: false },
    ),
  ).toBeVisible();
  await page.getByLabel("Date de fin").fill("2017-08-31");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Modifications enregistrées. La fonction repasse « À vérifier »" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: "Conseillère pédagogique de circonscription" })
      .getByText("À vérifier"),
  ).toBeVisible();
});
