-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LoginSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    CONSTRAINT "LoginSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LoginSession" ("createdAt", "expiresAt", "id", "revokedAt", "userId") SELECT "createdAt", "expiresAt", "id", "revokedAt", "userId" FROM "LoginSession";
DROP TABLE "LoginSession";
ALTER TABLE "new_LoginSession" RENAME TO "LoginSession";
CREATE INDEX "LoginSession_userId_idx" ON "LoginSession"("userId");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifiant" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "passwordIsDefault" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" DATETIME,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "lastLoginAt" DATETIME,
    "previousLoginAt" DATETIME,
    "totpSecret" TEXT,
    "totpPendingSecret" TEXT,
    "totpEnabledAt" DATETIME,
    "totpLastStep" INTEGER,
    "pinHash" TEXT,
    "recoveryCodes" TEXT,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" DATETIME,
    "agentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("agentId", "createdAt", "disabledAt", "displayName", "email", "failedLoginCount", "id", "identifiant", "lastLoginAt", "lockedUntil", "passwordChangedAt", "passwordHash", "passwordIsDefault", "pinHash", "previousLoginAt", "role", "totpEnabledAt", "totpLastStep", "totpPendingSecret", "totpSecret", "updatedAt") SELECT "agentId", "createdAt", "disabledAt", "displayName", "email", "failedLoginCount", "id", "identifiant", "lastLoginAt", "lockedUntil", "passwordChangedAt", "passwordHash", "passwordIsDefault", "pinHash", "previousLoginAt", "role", "totpEnabledAt", "totpLastStep", "totpPendingSecret", "totpSecret", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_identifiant_key" ON "User"("identifiant");
CREATE UNIQUE INDEX "User_agentId_key" ON "User"("agentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
