-- CreateTable
CREATE TABLE "CandidatureEvent" (
    "id" TEXT NOT NULL,
    "candidatureId" TEXT NOT NULL,
    "status" "CandidatureStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,

    CONSTRAINT "CandidatureEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CandidatureEvent_candidatureId_at_idx" ON "CandidatureEvent"("candidatureId", "at");

-- AddForeignKey
ALTER TABLE "CandidatureEvent" ADD CONSTRAINT "CandidatureEvent_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "Candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;
