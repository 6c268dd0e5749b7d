-- CreateTable
CREATE TABLE "CandidatureEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidatureId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "actorId" TEXT,
    CONSTRAINT "CandidatureEvent_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "Candidature" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CandidatureEvent_candidatureId_at_idx" ON "CandidatureEvent"("candidatureId", "at");
