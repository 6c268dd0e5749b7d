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
    "schoolId" TEXT,
    "searchName" TEXT NOT NULL DEFAULT '',
    "numenKey" TEXT,
    "inactiveAt" DATETIME,
    "inactiveReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agent_circonscriptionId_fkey" FOREIGN KEY ("circonscriptionId") REFERENCES "Circonscription" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Agent" ("birthDate", "circonscriptionId", "civilite", "corps", "corpsDate", "createdAt", "echelon", "echelonDate", "email", "grade", "gradeDate", "id", "modaliteService", "nom", "nomUsage", "numenHash", "numenHint", "position", "prenom", "quotite", "schoolId", "sexe", "updatedAt") SELECT "birthDate", "circonscriptionId", "civilite", "corps", "corpsDate", "createdAt", "echelon", "echelonDate", "email", "grade", "gradeDate", "id", "modaliteService", "nom", "nomUsage", "numenHash", "numenHint", "position", "prenom", "quotite", "schoolId", "sexe", "updatedAt" FROM "Agent";
DROP TABLE "Agent";
ALTER TABLE "new_Agent" RENAME TO "Agent";
CREATE INDEX "Agent_numenKey_idx" ON "Agent"("numenKey");
CREATE INDEX "Agent_circonscriptionId_idx" ON "Agent"("circonscriptionId");
CREATE INDEX "Agent_nom_prenom_idx" ON "Agent"("nom", "prenom");
CREATE INDEX "Agent_grade_echelon_idx" ON "Agent"("grade", "echelon");
CREATE INDEX "Agent_searchName_idx" ON "Agent"("searchName");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Data: the search column of the agents already there (lib/agents/search.ts computes it for
-- new and changed rows, and the separators it turns into spaces are read as spaces by the search too).
UPDATE "Agent" SET "searchName" = TRIM(LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("nom", 'à', 'a'), 'À', 'a'), 'â', 'a'), 'Â', 'a'), 'ä', 'a'), 'Ä', 'a'), 'á', 'a'), 'Á', 'a'), 'ã', 'a'), 'Ã', 'a'), 'å', 'a'), 'Å', 'a'), 'ç', 'c'), 'Ç', 'c'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'È', 'e'), 'ê', 'e'), 'Ê', 'e'), 'ë', 'e'), 'Ë', 'e'), 'î', 'i'), 'Î', 'i'), 'ï', 'i'), 'Ï', 'i'), 'í', 'i'), 'Í', 'i'), 'ì', 'i'), 'Ì', 'i'), 'ô', 'o'), 'Ô', 'o'), 'ö', 'o'), 'Ö', 'o'), 'ó', 'o'), 'Ó', 'o'), 'ò', 'o'), 'Ò', 'o'), 'õ', 'o'), 'Õ', 'o'), 'ù', 'u'), 'Ù', 'u'), 'û', 'u'), 'Û', 'u'), 'ü', 'u'), 'Ü', 'u'), 'ú', 'u'), 'Ú', 'u'), 'ÿ', 'y'), 'Ÿ', 'y'), 'ý', 'y'), 'Ý', 'y'), 'ñ', 'n'), 'Ñ', 'n'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'), 'ß', 'ss'), '-', ' '), '''', ' '), '’', ' '), '.', ' ')) || ' ' || LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(COALESCE("nomUsage", ''), 'à', 'a'), 'À', 'a'), 'â', 'a'), 'Â', 'a'), 'ä', 'a'), 'Ä', 'a'), 'á', 'a'), 'Á', 'a'), 'ã', 'a'), 'Ã', 'a'), 'å', 'a'), 'Å', 'a'), 'ç', 'c'), 'Ç', 'c'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'È', 'e'), 'ê', 'e'), 'Ê', 'e'), 'ë', 'e'), 'Ë', 'e'), 'î', 'i'), 'Î', 'i'), 'ï', 'i'), 'Ï', 'i'), 'í', 'i'), 'Í', 'i'), 'ì', 'i'), 'Ì', 'i'), 'ô', 'o'), 'Ô', 'o'), 'ö', 'o'), 'Ö', 'o'), 'ó', 'o'), 'Ó', 'o'), 'ò', 'o'), 'Ò', 'o'), 'õ', 'o'), 'Õ', 'o'), 'ù', 'u'), 'Ù', 'u'), 'û', 'u'), 'Û', 'u'), 'ü', 'u'), 'Ü', 'u'), 'ú', 'u'), 'Ú', 'u'), 'ÿ', 'y'), 'Ÿ', 'y'), 'ý', 'y'), 'Ý', 'y'), 'ñ', 'n'), 'Ñ', 'n'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'), 'ß', 'ss'), '-', ' '), '''', ' '), '’', ' '), '.', ' ')) || ' ' || LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("prenom", 'à', 'a'), 'À', 'a'), 'â', 'a'), 'Â', 'a'), 'ä', 'a'), 'Ä', 'a'), 'á', 'a'), 'Á', 'a'), 'ã', 'a'), 'Ã', 'a'), 'å', 'a'), 'Å', 'a'), 'ç', 'c'), 'Ç', 'c'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'È', 'e'), 'ê', 'e'), 'Ê', 'e'), 'ë', 'e'), 'Ë', 'e'), 'î', 'i'), 'Î', 'i'), 'ï', 'i'), 'Ï', 'i'), 'í', 'i'), 'Í', 'i'), 'ì', 'i'), 'Ì', 'i'), 'ô', 'o'), 'Ô', 'o'), 'ö', 'o'), 'Ö', 'o'), 'ó', 'o'), 'Ó', 'o'), 'ò', 'o'), 'Ò', 'o'), 'õ', 'o'), 'Õ', 'o'), 'ù', 'u'), 'Ù', 'u'), 'û', 'u'), 'Û', 'u'), 'ü', 'u'), 'Ü', 'u'), 'ú', 'u'), 'Ú', 'u'), 'ÿ', 'y'), 'Ÿ', 'y'), 'ý', 'y'), 'Ý', 'y'), 'ñ', 'n'), 'Ñ', 'n'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'), 'ß', 'ss'), '-', ' '), '''', ' '), '’', ' '), '.', ' ')));
