-- CreateTable
CREATE TABLE "Departement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dsden" TEXT NOT NULL,
    "academie" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "DepartementScope" (
    "userId" TEXT NOT NULL,
    "departementId" TEXT NOT NULL,

    PRIMARY KEY ("userId", "departementId"),
    CONSTRAINT "DepartementScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DepartementScope_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Existing data (issue 12): every département an existing circonscription names becomes a
-- Departement (a database of one DSDEN gets exactly one) and owns what it held. Campaigns,
-- which had no département, go to the first one, and every gestionnaire keeps everything they
-- administered. A database with campaigns but no circonscription gets Haute-Garonne.
INSERT INTO "Departement" ("id", "code", "name", "dsden", "academie")
SELECT 'dep-' || "departement", "departement", CASE "departement" WHEN '31' THEN 'Haute-Garonne' WHEN '09' THEN 'Ariège' ELSE 'Département ' || "departement" END, CASE "departement" WHEN '31' THEN 'DSDEN de la Haute-Garonne' WHEN '09' THEN 'DSDEN de l''Ariège' ELSE 'DSDEN ' || "departement" END, 'Toulouse'
FROM (SELECT DISTINCT "departement" FROM "Circonscription") AS d;
INSERT INTO "Departement" ("id", "code", "name", "dsden", "academie")
SELECT 'dep-31', '31', 'Haute-Garonne', 'DSDEN de la Haute-Garonne', 'Toulouse'
WHERE NOT EXISTS (SELECT 1 FROM "Departement") AND (EXISTS (SELECT 1 FROM "Campaign") OR EXISTS (SELECT 1 FROM "User" WHERE "role" = 'GESTIONNAIRE'));

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "numenHash" TEXT NOT NULL,
    "numenHint" TEXT NOT NULL,
    "civilite" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "nomUsage" TEXT,
    "prenom" TEXT NOT NULL,
    "sexe" TEXT NOT NULL,
    "birthDate" DATETIME NOT NULL,
    "email" TEXT,
    "corps" TEXT NOT NULL DEFAULT 'PE',
    "grade" TEXT NOT NULL,
    "echelon" INTEGER NOT NULL,
    "echelonDate" DATETIME NOT NULL,
    "gradeDate" DATETIME NOT NULL,
    "corpsDate" DATETIME NOT NULL,
    "position" TEXT NOT NULL DEFAULT 'Activité',
    "modaliteService" TEXT NOT NULL DEFAULT 'Temps complet',
    "quotite" INTEGER NOT NULL DEFAULT 100,
    "circonscriptionId" TEXT NOT NULL,
    "departementId" TEXT NOT NULL,
    "schoolId" TEXT,
    "searchName" TEXT NOT NULL DEFAULT '',
    "numenKey" TEXT,
    "inactiveAt" DATETIME,
    "inactiveReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agent_circonscriptionId_fkey" FOREIGN KEY ("circonscriptionId") REFERENCES "Circonscription" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agent_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Agent" ("birthDate", "circonscriptionId", "civilite", "corps", "corpsDate", "createdAt", "echelon", "echelonDate", "email", "grade", "gradeDate", "id", "inactiveAt", "inactiveReason", "modaliteService", "nom", "nomUsage", "numenHash", "numenHint", "numenKey", "position", "prenom", "quotite", "schoolId", "searchName", "sexe", "updatedAt", "departementId") SELECT "birthDate", "circonscriptionId", "civilite", "corps", "corpsDate", "createdAt", "echelon", "echelonDate", "email", "grade", "gradeDate", "id", "inactiveAt", "inactiveReason", "modaliteService", "nom", "nomUsage", "numenHash", "numenHint", "numenKey", "position", "prenom", "quotite", "schoolId", "searchName", "sexe", "updatedAt", (SELECT 'dep-' || c."departement" FROM "Circonscription" c WHERE c."id" = "Agent"."circonscriptionId") FROM "Agent";
DROP TABLE "Agent";
ALTER TABLE "new_Agent" RENAME TO "Agent";
CREATE INDEX "Agent_circonscriptionId_idx" ON "Agent"("circonscriptionId");
CREATE INDEX "Agent_departementId_nom_prenom_idx" ON "Agent"("departementId", "nom", "prenom");
CREATE INDEX "Agent_nom_prenom_idx" ON "Agent"("nom", "prenom");
CREATE INDEX "Agent_grade_echelon_idx" ON "Agent"("grade", "echelon");
CREATE INDEX "Agent_searchName_idx" ON "Agent"("searchName");
CREATE INDEX "Agent_numenKey_idx" ON "Agent"("numenKey");
CREATE TABLE "new_AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "ip" TEXT,
    "departementId" TEXT,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditLog_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditLog" ("action", "actorId", "after", "at", "before", "entity", "entityId", "id", "ip") SELECT "action", "actorId", "after", "at", "before", "entity", "entityId", "id", "ip" FROM "AuditLog";
DROP TABLE "AuditLog";
ALTER TABLE "new_AuditLog" RENAME TO "AuditLog";
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");
CREATE TABLE "new_Campaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "departementId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ruleSet" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'BROUILLON',
    "observationDate" DATETIME NOT NULL,
    "candidatureStart" DATETIME,
    "candidatureEnd" DATETIME,
    "opinionStart" DATETIME,
    "opinionEnd" DATETIME,
    "parameters" TEXT NOT NULL,
    "receiptsIssuedAt" DATETIME,
    "contingentRemainder" REAL,
    "openedAt" DATETIME,
    "closedAt" DATETIME,
    "publishedAt" DATETIME,
    "tableauComputedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Campaign_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Campaign" ("candidatureEnd", "candidatureStart", "closedAt", "contingentRemainder", "createdAt", "id", "kind", "observationDate", "openedAt", "opinionEnd", "opinionStart", "parameters", "publishedAt", "receiptsIssuedAt", "ruleSet", "status", "tableauComputedAt", "title", "updatedAt", "year", "departementId") SELECT "candidatureEnd", "candidatureStart", "closedAt", "contingentRemainder", "createdAt", "id", "kind", "observationDate", "openedAt", "opinionEnd", "opinionStart", "parameters", "publishedAt", "receiptsIssuedAt", "ruleSet", "status", "tableauComputedAt", "title", "updatedAt", "year", (SELECT "id" FROM "Departement" ORDER BY "code" LIMIT 1) FROM "Campaign";
DROP TABLE "Campaign";
ALTER TABLE "new_Campaign" RENAME TO "Campaign";
CREATE UNIQUE INDEX "Campaign_departementId_kind_year_key" ON "Campaign"("departementId", "kind", "year");
CREATE TABLE "new_Circonscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "departementId" TEXT NOT NULL,
    CONSTRAINT "Circonscription_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Circonscription" ("code", "id", "name", "departementId") SELECT "code", "id", "name", 'dep-' || "departement" FROM "Circonscription";
DROP TABLE "Circonscription";
ALTER TABLE "new_Circonscription" RENAME TO "Circonscription";
CREATE UNIQUE INDEX "Circonscription_code_key" ON "Circonscription"("code");
CREATE INDEX "Circonscription_departementId_idx" ON "Circonscription"("departementId");
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'EN_ATTENTE',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" DATETIME,
    "claimedBy" TEXT,
    "sealedBody" TEXT,
    "departementId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "OutboxMessage_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Departement" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMessage" ("attempts", "body", "claimedAt", "claimedBy", "createdAt", "id", "kind", "lastError", "nextAttemptAt", "sealedBody", "sentAt", "status", "subject", "to") SELECT "attempts", "body", "claimedAt", "claimedBy", "createdAt", "id", "kind", "lastError", "nextAttemptAt", "sealedBody", "sentAt", "status", "subject", "to" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_departementId_createdAt_idx" ON "OutboxMessage"("departementId", "createdAt");
INSERT INTO "DepartementScope" ("userId", "departementId") SELECT u."id", d."id" FROM "User" u, "Departement" d WHERE u."role" = 'GESTIONNAIRE';
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Departement_code_key" ON "Departement"("code");
