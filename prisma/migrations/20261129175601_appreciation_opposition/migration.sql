-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Appreciation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'DASEN',
    "opposed" BOOLEAN NOT NULL DEFAULT false,
    "oppositionReason" TEXT,
    "setById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Appreciation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appreciation_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Appreciation" ("agentId", "campaignId", "createdAt", "id", "setById", "source", "updatedAt", "value") SELECT "agentId", "campaignId", "createdAt", "id", "setById", "source", "updatedAt", "value" FROM "Appreciation";
DROP TABLE "Appreciation";
ALTER TABLE "new_Appreciation" RENAME TO "Appreciation";
CREATE UNIQUE INDEX "Appreciation_campaignId_agentId_key" ON "Appreciation"("campaignId", "agentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
