// Database of the browser tests: the demo département plus accounts that tests may lock,
// re-key or re-password without disturbing the demo accounts other tests use.
import { createPrismaClient } from "@/lib/db";
import { seedDemo } from "@/lib/seed/demo";
import { createTeacher } from "@/lib/seed/factories";

export const E2E_ACCOUNTS = [
  { identifiant: "e2e.verrou", numen: "31E5555555LCK", prenom: "Vera", nom: "Verrou" },
  { identifiant: "e2e.derniere", numen: "31E6666666DER", prenom: "Denis", nom: "Dernier" },
  { identifiant: "e2e.otp", numen: "31E7777777OTP", prenom: "Odile", nom: "Passcode" },
  { identifiant: "e2e.oubli", numen: "31E8888888OUB", prenom: "Oscar", nom: "Oubli" },
  { identifiant: "e2e.premiere", numen: "31E4444444PRE", prenom: "Prune", nom: "Premiere" },
  { identifiant: "e2e.api", numen: "31E3333333API", prenom: "Apolline", nom: "Api" },
  { identifiant: "e2e.sortie", numen: "31E2222222SOR", prenom: "Sorin", nom: "Sortie" },
  { identifiant: "e2e.donnees", numen: "31E1212121DON", prenom: "Donatienne", nom: "Donnees" },
  // Accents for the agents search (tests/e2e/agents-admin.spec.ts).
  { identifiant: "e2e.eloise", numen: "31E1212121ELO", prenom: "Éloïse", nom: "Lefèvre" },
] as const;

async function main() {
  const db = createPrismaClient();
  try {
    // A cheap hash cost: this database lives for one test run only.
    await seedDemo(db, { now: new Date(), hashCost: { N: 1024, r: 8, p: 1 } });
    const circo = await db.circonscription.findFirstOrThrow({ where: { name: "Toulouse Nord" } });
    for (const account of E2E_ACCOUNTS) {
      await createTeacher(db, {
        ...account,
        grade: "CN",
        echelon: 6,
        echelonDate: "2022-09-01",
        circonscriptionId: circo.id,
      });
    }
    // The first-login password change, whatever PASSWORD_CHANGE_AT_FIRST_LOGIN says.
    await db.user.update({
      where: { identifiant: "e2e.premiere" },
      data: { mustChangePassword: true },
    });
    // An account that last logged in on 21/04/2019 at 19:17 (Paris): "Dernière connexion" after its next login.
    await db.user.update({
      where: { identifiant: "e2e.donnees" },
      data: { lastLoginAt: new Date("2019-04-21T17:17:00Z") },
    });
    // A pièce justificative of Claire's, for the access tests.
    const claire = await db.agent.findFirstOrThrow({
      where: { user: { identifiant: "ctartemuche" } },
    });
    const content = new TextEncoder().encode("%PDF-1.4\n% relevé de carrière\n");
    const document = await db.document.create({
      data: {
        agentId: claire.id,
        filename: "releve-de-carriere.pdf",
        mimeType: "application/pdf",
        size: content.byteLength,
        sha256: "e2e",
        content,
      },
    });
    await db.correctionRequest.create({
      data: {
        agentId: claire.id,
        section: "SITUATION",
        description:
          "Mon ancienneté de services d'enseignant ne tient pas compte de mon année de contractuelle.",
        documentId: document.id,
      },
    });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
