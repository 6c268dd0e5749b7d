-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "tableauComputedAt" DATETIME;

-- AlterTable
ALTER TABLE "PromotionResult" ADD COLUMN "effectAppliedAt" DATETIME;

-- CreateIndex
CREATE INDEX "PromotionResult_agentId_promoted_idx" ON "PromotionResult"("agentId", "promoted");
