-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "contingentRemainder" REAL;

-- AlterTable
ALTER TABLE "Opinion" ADD COLUMN "renewedFromCampaignId" TEXT;
