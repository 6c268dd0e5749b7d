-- DropIndex
DROP INDEX "Agent_circonscriptionId_idx";

-- CreateIndex
CREATE INDEX "Agent_circonscriptionId_nom_prenom_idx" ON "Agent"("circonscriptionId", "nom", "prenom");
