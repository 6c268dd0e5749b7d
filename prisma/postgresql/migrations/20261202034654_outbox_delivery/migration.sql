-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "claimedBy" TEXT,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sealedBody" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'EN_ATTENTE';

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- Messages recorded before the outbox had a worker were handed to the transport at once:
-- never send them again.
UPDATE "OutboxMessage" SET "status" = 'HISTORIQUE';
