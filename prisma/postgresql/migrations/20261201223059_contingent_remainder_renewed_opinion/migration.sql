-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "contingentRemainder" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Opinion" ADD COLUMN     "renewedFromCampaignId" TEXT;
