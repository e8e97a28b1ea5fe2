-- AlterTable
ALTER TABLE "Citation" ADD COLUMN "inferredReason" TEXT;
ALTER TABLE "Citation" ADD COLUMN "notation" TEXT;

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventPlace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "EventPlace_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventPlace_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventOrganiser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "EventOrganiser_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventOrganiser_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AgreementSignatory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agreementId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "positionId" TEXT,
    "title" TEXT,
    "role" TEXT NOT NULL DEFAULT 'SIGNATORY',
    CONSTRAINT "AgreementSignatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementSignatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgreementSignatory_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgreementSignatory" ("agreementId", "id", "personId", "positionId", "title") SELECT "agreementId", "id", "personId", "positionId", "title" FROM "AgreementSignatory";
DROP TABLE "AgreementSignatory";
ALTER TABLE "new_AgreementSignatory" RENAME TO "AgreementSignatory";
CREATE INDEX "AgreementSignatory_agreementId_idx" ON "AgreementSignatory"("agreementId");
CREATE INDEX "AgreementSignatory_personId_idx" ON "AgreementSignatory"("personId");
CREATE TABLE "new_Delegation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "leaderId" TEXT,
    "leaderPositionId" TEXT,
    "leaderTitle" TEXT,
    "sendingPlaceId" TEXT,
    "sendingOrganisationId" TEXT,
    "startOn" TEXT,
    "endOn" TEXT,
    "purpose" TEXT,
    "itineraryOrdered" BOOLEAN NOT NULL DEFAULT true,
    "otherPlacesNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delegation_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Delegation_leaderPositionId_fkey" FOREIGN KEY ("leaderPositionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Delegation_sendingPlaceId_fkey" FOREIGN KEY ("sendingPlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Delegation_sendingOrganisationId_fkey" FOREIGN KEY ("sendingOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Delegation" ("createdAt", "endOn", "id", "leaderId", "leaderPositionId", "leaderTitle", "purpose", "retiredAt", "sendingOrganisationId", "sendingPlaceId", "slug", "startOn", "title", "updatedAt", "version") SELECT "createdAt", "endOn", "id", "leaderId", "leaderPositionId", "leaderTitle", "purpose", "retiredAt", "sendingOrganisationId", "sendingPlaceId", "slug", "startOn", "title", "updatedAt", "version" FROM "Delegation";
DROP TABLE "Delegation";
ALTER TABLE "new_Delegation" RENAME TO "Delegation";
CREATE UNIQUE INDEX "Delegation_slug_key" ON "Delegation"("slug");
CREATE INDEX "Delegation_startOn_idx" ON "Delegation"("startOn");
CREATE INDEX "Delegation_leaderId_idx" ON "Delegation"("leaderId");
CREATE INDEX "Delegation_sendingPlaceId_idx" ON "Delegation"("sendingPlaceId");
CREATE TABLE "new_DelegationGift" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "delegationId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "fromPlaceId" TEXT,
    "fromOrganisationId" TEXT,
    "toPlaceId" TEXT,
    "toOrganisationId" TEXT,
    "occurredOn" TEXT,
    CONSTRAINT "DelegationGift_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DelegationGift_fromPlaceId_fkey" FOREIGN KEY ("fromPlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DelegationGift_toPlaceId_fkey" FOREIGN KEY ("toPlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DelegationGift_fromOrganisationId_fkey" FOREIGN KEY ("fromOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DelegationGift_toOrganisationId_fkey" FOREIGN KEY ("toOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_DelegationGift" ("delegationId", "description", "fromPlaceId", "id", "occurredOn", "toOrganisationId", "toPlaceId") SELECT "delegationId", "description", "fromPlaceId", "id", "occurredOn", "toOrganisationId", "toPlaceId" FROM "DelegationGift";
DROP TABLE "DelegationGift";
ALTER TABLE "new_DelegationGift" RENAME TO "DelegationGift";
CREATE INDEX "DelegationGift_delegationId_idx" ON "DelegationGift"("delegationId");
-- An event's one place and one organiser become its first of each; their citations follow.
INSERT INTO "EventPlace" ("id", "eventId", "placeId", "sequence") SELECT 'ep_' || "id", "id", "placeId", 0 FROM "Event" WHERE "placeId" IS NOT NULL;
INSERT INTO "EventOrganiser" ("id", "eventId", "organisationId", "sequence") SELECT 'eo_' || "id", "id", "organiserId", 0 FROM "Event" WHERE "organiserId" IS NOT NULL;
UPDATE "Citation" SET "field" = 'places' WHERE "recordType" = 'EVENT' AND "field" = 'placeId';
UPDATE "Citation" SET "field" = 'organisers' WHERE "recordType" = 'EVENT' AND "field" = 'organiserId';
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startOn" TEXT,
    "endOn" TEXT,
    "delegationId" TEXT,
    "isRecurring" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("createdAt", "delegationId", "endOn", "id", "isRecurring", "kind", "name", "retiredAt", "slug", "startOn", "summary", "updatedAt", "version") SELECT "createdAt", "delegationId", "endOn", "id", "isRecurring", "kind", "name", "retiredAt", "slug", "startOn", "summary", "updatedAt", "version" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_startOn_idx" ON "Event"("startOn");
CREATE INDEX "Event_delegationId_idx" ON "Event"("delegationId");
CREATE TABLE "new_Figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "qualifier" TEXT NOT NULL DEFAULT 'EXACTLY',
    "unit" TEXT,
    "asOf" TEXT,
    "placeId" TEXT,
    "organisationId" TEXT,
    "tieId" TEXT,
    "eventId" TEXT,
    "delegationId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Figure_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_tieId_fkey" FOREIGN KEY ("tieId") REFERENCES "Tie" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Figure" ("asOf", "createdAt", "id", "label", "organisationId", "placeId", "tieId", "unit", "value") SELECT "asOf", "createdAt", "id", "label", "organisationId", "placeId", "tieId", "unit", "value" FROM "Figure";
DROP TABLE "Figure";
ALTER TABLE "new_Figure" RENAME TO "Figure";
CREATE INDEX "Figure_placeId_idx" ON "Figure"("placeId");
CREATE INDEX "Figure_organisationId_idx" ON "Figure"("organisationId");
CREATE INDEX "Figure_eventId_idx" ON "Figure"("eventId");
CREATE INDEX "Figure_delegationId_idx" ON "Figure"("delegationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE INDEX "EventPlace_placeId_idx" ON "EventPlace"("placeId");

-- CreateIndex
CREATE UNIQUE INDEX "EventPlace_eventId_placeId_key" ON "EventPlace"("eventId", "placeId");

-- CreateIndex
CREATE INDEX "EventOrganiser_organisationId_idx" ON "EventOrganiser"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "EventOrganiser_eventId_organisationId_key" ON "EventOrganiser"("eventId", "organisationId");

