-- CreateIndex
CREATE INDEX "Appreciation_agentId_idx" ON "Appreciation"("agentId");

-- CreateIndex
CREATE INDEX "Candidature_agentId_idx" ON "Candidature"("agentId");

-- CreateIndex
CREATE INDEX "Opinion_agentId_idx" ON "Opinion"("agentId");
