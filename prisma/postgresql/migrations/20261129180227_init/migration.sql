-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ENSEIGNANT', 'INSPECTEUR', 'GESTIONNAIRE');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('CN', 'HC', 'CE');

-- CreateEnum
CREATE TYPE "Sexe" AS ENUM ('F', 'M');

-- CreateEnum
CREATE TYPE "ZoneEducation" AS ENUM ('HORS_EP', 'REP', 'REP_PLUS');

-- CreateEnum
CREATE TYPE "ValidationStatus" AS ENUM ('A_VERIFIER', 'VALIDEE', 'REFUSEE');

-- CreateEnum
CREATE TYPE "CampaignKind" AS ENUM ('HORS_CLASSE', 'CLASSE_EXCEPTIONNELLE', 'ECHELON_SPECIAL');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('BROUILLON', 'OUVERTE', 'CLOSE', 'PUBLIEE');

-- CreateEnum
CREATE TYPE "CandidatureStatus" AS ENUM ('ENREGISTREE', 'ANNULEE');

-- CreateEnum
CREATE TYPE "CorrectionStatus" AS ENUM ('EN_ATTENTE', 'ACCEPTEE', 'REJETEE');

-- CreateTable
CREATE TABLE "Circonscription" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "departement" TEXT NOT NULL,

    CONSTRAINT "Circonscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "uai" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "commune" TEXT NOT NULL,
    "zone" "ZoneEducation" NOT NULL DEFAULT 'HORS_EP',
    "circonscriptionId" TEXT NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agent" (
    "id" TEXT NOT NULL,
    "numenHash" TEXT NOT NULL,
    "numenHint" TEXT NOT NULL,
    "civilite" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "nomUsage" TEXT,
    "prenom" TEXT NOT NULL,
    "sexe" "Sexe" NOT NULL,
    "birthDate" TIMESTAMP(3) NOT NULL,
    "email" TEXT,
    "corps" TEXT NOT NULL DEFAULT 'PE',
    "grade" "Grade" NOT NULL,
    "echelon" INTEGER NOT NULL,
    "echelonDate" TIMESTAMP(3) NOT NULL,
    "gradeDate" TIMESTAMP(3) NOT NULL,
    "corpsDate" TIMESTAMP(3) NOT NULL,
    "position" TEXT NOT NULL DEFAULT 'Activité',
    "modaliteService" TEXT NOT NULL DEFAULT 'Temps complet',
    "quotite" INTEGER NOT NULL DEFAULT 100,
    "circonscriptionId" TEXT NOT NULL,
    "schoolId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "identifiant" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "passwordIsDefault" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" TIMESTAMP(3),
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "previousLoginAt" TIMESTAMP(3),
    "totpSecret" TEXT,
    "totpPendingSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "totpLastStep" INTEGER,
    "pinHash" TEXT,
    "disabledAt" TIMESTAMP(3),
    "agentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectorScope" (
    "userId" TEXT NOT NULL,
    "circonscriptionId" TEXT NOT NULL,

    CONSTRAINT "InspectorScope_pkey" PRIMARY KEY ("userId","circonscriptionId")
);

-- CreateTable
CREATE TABLE "LoginSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "LoginSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareerEvent" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "grade" "Grade" NOT NULL,
    "echelon" INTEGER NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "nature" TEXT NOT NULL,

    CONSTRAINT "CareerEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Affectation" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "schoolId" TEXT,
    "poste" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "zone" "ZoneEducation" NOT NULL DEFAULT 'HORS_EP',
    "quotite" INTEGER NOT NULL DEFAULT 100,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),

    CONSTRAINT "Affectation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Qualification" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "obtainedAt" TIMESTAMP(3),
    "details" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Qualification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfessionalActivity" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfessionalActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctionMission" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),
    "educationPrioritaireShare" INTEGER,
    "faisantFonction" BOOLEAN NOT NULL DEFAULT false,
    "stagiaire" BOOLEAN NOT NULL DEFAULT false,
    "status" "ValidationStatus" NOT NULL DEFAULT 'A_VERIFIER',
    "source" TEXT NOT NULL DEFAULT 'AGENT',
    "proofId" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FunctionMission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Distinction" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rank" TEXT,
    "date" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Distinction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "uploadedById" TEXT,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectionRequest" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "targetId" TEXT,
    "description" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'EN_ATTENTE',
    "answer" TEXT,
    "treatedById" TEXT,
    "treatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrectionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "kind" "CampaignKind" NOT NULL,
    "ruleSet" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'BROUILLON',
    "observationDate" TIMESTAMP(3) NOT NULL,
    "candidatureStart" TIMESTAMP(3),
    "candidatureEnd" TIMESTAMP(3),
    "opinionStart" TIMESTAMP(3),
    "opinionEnd" TIMESTAMP(3),
    "parameters" TEXT NOT NULL,
    "receiptsIssuedAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidature" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "status" "CandidatureStatus" NOT NULL DEFAULT 'ENREGISTREE',
    "vivier" INTEGER,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),
    "receiptNumber" TEXT,
    "receiptAt" TIMESTAMP(3),

    CONSTRAINT "Candidature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opinion" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appreciation" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'DASEN',
    "opposed" BOOLEAN NOT NULL DEFAULT false,
    "oppositionReason" TEXT,
    "setById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appreciation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromotionResult" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "vivier" INTEGER,
    "bareme" INTEGER,
    "detail" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "promoted" BOOLEAN NOT NULL,
    "opposed" BOOLEAN NOT NULL DEFAULT false,
    "oppositionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PromotionResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Circonscription_code_key" ON "Circonscription"("code");

-- CreateIndex
CREATE UNIQUE INDEX "School_uai_key" ON "School"("uai");

-- CreateIndex
CREATE INDEX "School_circonscriptionId_idx" ON "School"("circonscriptionId");

-- CreateIndex
CREATE INDEX "Agent_circonscriptionId_idx" ON "Agent"("circonscriptionId");

-- CreateIndex
CREATE INDEX "Agent_nom_prenom_idx" ON "Agent"("nom", "prenom");

-- CreateIndex
CREATE INDEX "Agent_grade_echelon_idx" ON "Agent"("grade", "echelon");

-- CreateIndex
CREATE UNIQUE INDEX "User_identifiant_key" ON "User"("identifiant");

-- CreateIndex
CREATE UNIQUE INDEX "User_agentId_key" ON "User"("agentId");

-- CreateIndex
CREATE INDEX "LoginSession_userId_idx" ON "LoginSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RateLimitHit_key_at_idx" ON "RateLimitHit"("key", "at");

-- CreateIndex
CREATE INDEX "CareerEvent_agentId_date_idx" ON "CareerEvent"("agentId", "date");

-- CreateIndex
CREATE INDEX "Affectation_agentId_startDate_idx" ON "Affectation"("agentId", "startDate");

-- CreateIndex
CREATE INDEX "Qualification_agentId_idx" ON "Qualification"("agentId");

-- CreateIndex
CREATE INDEX "ProfessionalActivity_agentId_idx" ON "ProfessionalActivity"("agentId");

-- CreateIndex
CREATE INDEX "FunctionMission_agentId_idx" ON "FunctionMission"("agentId");

-- CreateIndex
CREATE INDEX "FunctionMission_status_idx" ON "FunctionMission"("status");

-- CreateIndex
CREATE INDEX "Distinction_agentId_idx" ON "Distinction"("agentId");

-- CreateIndex
CREATE INDEX "Document_agentId_idx" ON "Document"("agentId");

-- CreateIndex
CREATE INDEX "CorrectionRequest_status_createdAt_idx" ON "CorrectionRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CorrectionRequest_agentId_idx" ON "CorrectionRequest"("agentId");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_kind_year_key" ON "Campaign"("kind", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Candidature_receiptNumber_key" ON "Candidature"("receiptNumber");

-- CreateIndex
CREATE INDEX "Candidature_campaignId_status_idx" ON "Candidature"("campaignId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Candidature_campaignId_agentId_key" ON "Candidature"("campaignId", "agentId");

-- CreateIndex
CREATE UNIQUE INDEX "Opinion_campaignId_agentId_key" ON "Opinion"("campaignId", "agentId");

-- CreateIndex
CREATE UNIQUE INDEX "Appreciation_campaignId_agentId_key" ON "Appreciation"("campaignId", "agentId");

-- CreateIndex
CREATE INDEX "PromotionResult_campaignId_rank_idx" ON "PromotionResult"("campaignId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "PromotionResult_campaignId_agentId_key" ON "PromotionResult"("campaignId", "agentId");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_circonscriptionId_fkey" FOREIGN KEY ("circonscriptionId") REFERENCES "Circonscription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agent" ADD CONSTRAINT "Agent_circonscriptionId_fkey" FOREIGN KEY ("circonscriptionId") REFERENCES "Circonscription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agent" ADD CONSTRAINT "Agent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectorScope" ADD CONSTRAINT "InspectorScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectorScope" ADD CONSTRAINT "InspectorScope_circonscriptionId_fkey" FOREIGN KEY ("circonscriptionId") REFERENCES "Circonscription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginSession" ADD CONSTRAINT "LoginSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareerEvent" ADD CONSTRAINT "CareerEvent_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affectation" ADD CONSTRAINT "Affectation_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affectation" ADD CONSTRAINT "Affectation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Qualification" ADD CONSTRAINT "Qualification_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalActivity" ADD CONSTRAINT "ProfessionalActivity_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionMission" ADD CONSTRAINT "FunctionMission_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionMission" ADD CONSTRAINT "FunctionMission_proofId_fkey" FOREIGN KEY ("proofId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Distinction" ADD CONSTRAINT "Distinction_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionRequest" ADD CONSTRAINT "CorrectionRequest_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionRequest" ADD CONSTRAINT "CorrectionRequest_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidature" ADD CONSTRAINT "Candidature_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidature" ADD CONSTRAINT "Candidature_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appreciation" ADD CONSTRAINT "Appreciation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appreciation" ADD CONSTRAINT "Appreciation_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromotionResult" ADD CONSTRAINT "PromotionResult_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromotionResult" ADD CONSTRAINT "PromotionResult_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
