-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "tableauComputedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PromotionResult" ADD COLUMN     "effectAppliedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "PromotionResult_agentId_promoted_idx" ON "PromotionResult"("agentId", "promoted");
