-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'ACADEMIE';

-- CreateTable
CREATE TABLE "Departement" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dsden" TEXT NOT NULL,
    "academie" TEXT NOT NULL,

    CONSTRAINT "Departement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartementScope" (
    "userId" TEXT NOT NULL,
    "departementId" TEXT NOT NULL,

    CONSTRAINT "DepartementScope_pkey" PRIMARY KEY ("userId","departementId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Departement_code_key" ON "Departement"("code");

-- Existing data (issue 12): every département an existing circonscription names becomes a
-- Departement (a database of one DSDEN gets exactly one) and owns what it held. Campaigns,
-- which had no département, go to the first one, and every gestionnaire keeps everything they
-- administered. A database with campaigns but no circonscription gets Haute-Garonne.
INSERT INTO "Departement" ("id", "code", "name", "dsden", "academie")
SELECT 'dep-' || "departement", "departement", CASE "departement" WHEN '31' THEN 'Haute-Garonne' WHEN '09' THEN 'Ariège' ELSE 'Département ' || "departement" END, CASE "departement" WHEN '31' THEN 'DSDEN de la Haute-Garonne' WHEN '09' THEN 'DSDEN de l''Ariège' ELSE 'DSDEN ' || "departement" END, 'Toulouse'
FROM (SELECT DISTINCT "departement" FROM "Circonscription") AS d;
INSERT INTO "Departement" ("id", "code", "name", "dsden", "academie")
SELECT 'dep-31', '31', 'Haute-Garonne', 'DSDEN de la Haute-Garonne', 'Toulouse'
WHERE NOT EXISTS (SELECT 1 FROM "Departement") AND (EXISTS (SELECT 1 FROM "Campaign") OR EXISTS (SELECT 1 FROM "User" WHERE "role" = 'GESTIONNAIRE'));

-- DropIndex
DROP INDEX "Campaign_kind_year_key";

-- AlterTable (filled from the circonscriptions before the columns become required)
ALTER TABLE "Agent" ADD COLUMN     "departementId" TEXT;
ALTER TABLE "Campaign" ADD COLUMN     "departementId" TEXT;
ALTER TABLE "Circonscription" ADD COLUMN     "departementId" TEXT;
UPDATE "Circonscription" SET "departementId" = 'dep-' || "departement";
UPDATE "Agent" a SET "departementId" = c."departementId" FROM "Circonscription" c WHERE c."id" = a."circonscriptionId";
UPDATE "Campaign" SET "departementId" = (SELECT "id" FROM "Departement" ORDER BY "code" LIMIT 1);
INSERT INTO "DepartementScope" ("userId", "departementId") SELECT u."id", d."id" FROM "User" u, "Departement" d WHERE u."role" = 'GESTIONNAIRE';
ALTER TABLE "Agent" ALTER COLUMN "departementId" SET NOT NULL;
ALTER TABLE "Campaign" ALTER COLUMN "departementId" SET NOT NULL;
ALTER TABLE "Circonscription" ALTER COLUMN "departementId" SET NOT NULL;
ALTER TABLE "Circonscription" DROP COLUMN "departement";

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "departementId" TEXT;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "departementId" TEXT;

-- CreateIndex
CREATE INDEX "Agent_departementId_nom_prenom_idx" ON "Agent"("departementId", "nom", "prenom");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_departementId_kind_year_key" ON "Campaign"("departementId", "kind", "year");

-- CreateIndex
CREATE INDEX "Circonscription_departementId_idx" ON "Circonscription"("departementId");

-- CreateIndex
CREATE INDEX "OutboxMessage_departementId_createdAt_idx" ON "OutboxMessage"("departementId", "createdAt");

-- AddForeignKey
ALTER TABLE "DepartementScope" ADD CONSTRAINT "DepartementScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartementScope" ADD CONSTRAINT "DepartementScope_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Circonscription" ADD CONSTRAINT "Circonscription_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agent" ADD CONSTRAINT "Agent_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement"("id") ON DELETE SET NULL ON UPDATE CASCADE;
