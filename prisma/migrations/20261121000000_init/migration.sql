-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'EDITOR',
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parentId" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "mergedIntoId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Name" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "isPreferred" BOOLEAN NOT NULL DEFAULT false,
    "placeId" TEXT,
    "personId" TEXT,
    "organisationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Name_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Name_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Name_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "mergedIntoId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "placeId" TEXT,
    "organisationId" TEXT,
    "startOn" TEXT,
    "endOn" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Position_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "country" TEXT,
    "placeId" TEXT,
    "parentId" TEXT,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "mergedIntoId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tie" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placeAId" TEXT NOT NULL,
    "placeBId" TEXT NOT NULL,
    "kind" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "establishedOn" TEXT,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Tie_placeAId_fkey" FOREIGN KEY ("placeAId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Tie_placeBId_fkey" FOREIGN KEY ("placeBId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TieEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tieId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "kind" TEXT,
    "term" TEXT,
    "occurredOn" TEXT,
    "agreementId" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TieEvent_tieId_fkey" FOREIGN KEY ("tieId") REFERENCES "Tie" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TieEvent_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "signedOn" TEXT,
    "venue" TEXT,
    "venuePlaceId" TEXT,
    "delegationId" TEXT,
    "eventId" TEXT,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_venuePlaceId_fkey" FOREIGN KEY ("venuePlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agreementId" TEXT NOT NULL,
    "placeId" TEXT,
    "organisationId" TEXT,
    CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementSignatory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agreementId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "positionId" TEXT,
    "title" TEXT,
    CONSTRAINT "AgreementSignatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementSignatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgreementSignatory_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CooperationField" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agreementId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "CooperationField_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delegation" (
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
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delegation_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Delegation_leaderPositionId_fkey" FOREIGN KEY ("leaderPositionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Delegation_sendingPlaceId_fkey" FOREIGN KEY ("sendingPlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Delegation_sendingOrganisationId_fkey" FOREIGN KEY ("sendingOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DelegationMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "delegationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "positionId" TEXT,
    "title" TEXT,
    CONSTRAINT "DelegationMember_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DelegationMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DelegationMember_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DelegationStop" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "delegationId" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "startOn" TEXT,
    "endOn" TEXT,
    CONSTRAINT "DelegationStop_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DelegationStop_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DelegationMeeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "delegationId" TEXT NOT NULL,
    "personId" TEXT,
    "organisationId" TEXT,
    "placeId" TEXT,
    "counterpartTitle" TEXT,
    "occurredOn" TEXT,
    "summary" TEXT,
    CONSTRAINT "DelegationMeeting_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DelegationMeeting_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DelegationMeeting_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DelegationMeeting_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DelegationSiteVisit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "delegationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" TEXT,
    "placeId" TEXT,
    "occurredOn" TEXT,
    CONSTRAINT "DelegationSiteVisit_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DelegationSiteVisit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DelegationSiteVisit_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DelegationGift" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "delegationId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "fromPlaceId" TEXT,
    "toPlaceId" TEXT,
    "toOrganisationId" TEXT,
    "occurredOn" TEXT,
    CONSTRAINT "DelegationGift_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DelegationGift_fromPlaceId_fkey" FOREIGN KEY ("fromPlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DelegationGift_toPlaceId_fkey" FOREIGN KEY ("toPlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DelegationGift_toOrganisationId_fkey" FOREIGN KEY ("toOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startOn" TEXT,
    "endOn" TEXT,
    "placeId" TEXT,
    "organiserId" TEXT,
    "delegationId" TEXT,
    "isRecurring" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT,
    "asOf" TEXT,
    "placeId" TEXT,
    "organisationId" TEXT,
    "tieId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Figure_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_tieId_fkey" FOREIGN KEY ("tieId") REFERENCES "Tie" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "lang" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'NEWS',
    "publishedOn" TEXT,
    "accessedOn" TEXT,
    "snapshot" TEXT NOT NULL,
    "snapshotHash" TEXT NOT NULL,
    "addedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Source_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "startOffset" INTEGER,
    "endOffset" INTEGER,
    "assertedValue" TEXT,
    "rank" TEXT NOT NULL DEFAULT 'NORMAL',
    "rankReason" TEXT,
    "orphanedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "authorId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "submittedAt" DATETIME,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChangeRequest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChangeRequest_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChangeItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "changeRequestId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT,
    "ref" TEXT,
    "operation" TEXT NOT NULL,
    "baseVersion" INTEGER,
    "payload" JSONB NOT NULL,
    "mergeIntoId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    CONSTRAINT "ChangeItem_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "changeRequestId" TEXT NOT NULL,
    "changeItemId" TEXT,
    "field" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewComment_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewComment_changeItemId_fkey" FOREIGN KEY ("changeItemId") REFERENCES "ChangeItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changeRequestId" TEXT,
    "changeItemId" TEXT,
    "proposedById" TEXT,
    "approvedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Revision_changeItemId_fkey" FOREIGN KEY ("changeItemId") REFERENCES "ChangeItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Revision_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Revision_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "detail" JSONB,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");

-- CreateIndex
CREATE INDEX "Place_country_level_idx" ON "Place"("country", "level");

-- CreateIndex
CREATE INDEX "Place_parentId_idx" ON "Place"("parentId");

-- CreateIndex
CREATE INDEX "Place_name_idx" ON "Place"("name");

-- CreateIndex
CREATE INDEX "Name_normalized_idx" ON "Name"("normalized");

-- CreateIndex
CREATE INDEX "Name_placeId_idx" ON "Name"("placeId");

-- CreateIndex
CREATE INDEX "Name_personId_idx" ON "Name"("personId");

-- CreateIndex
CREATE INDEX "Name_organisationId_idx" ON "Name"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE INDEX "Position_personId_startOn_idx" ON "Position"("personId", "startOn");

-- CreateIndex
CREATE INDEX "Position_placeId_idx" ON "Position"("placeId");

-- CreateIndex
CREATE INDEX "Position_organisationId_idx" ON "Position"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Organisation_placeId_idx" ON "Organisation"("placeId");

-- CreateIndex
CREATE INDEX "Tie_placeBId_idx" ON "Tie"("placeBId");

-- CreateIndex
CREATE INDEX "Tie_kind_establishedOn_idx" ON "Tie"("kind", "establishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Tie_placeAId_placeBId_key" ON "Tie"("placeAId", "placeBId");

-- CreateIndex
CREATE INDEX "TieEvent_tieId_occurredOn_idx" ON "TieEvent"("tieId", "occurredOn");

-- CreateIndex
CREATE INDEX "TieEvent_agreementId_idx" ON "TieEvent"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");

-- CreateIndex
CREATE INDEX "Agreement_delegationId_idx" ON "Agreement"("delegationId");

-- CreateIndex
CREATE INDEX "Agreement_eventId_idx" ON "Agreement"("eventId");

-- CreateIndex
CREATE INDEX "AgreementParty_agreementId_idx" ON "AgreementParty"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementParty_placeId_idx" ON "AgreementParty"("placeId");

-- CreateIndex
CREATE INDEX "AgreementParty_organisationId_idx" ON "AgreementParty"("organisationId");

-- CreateIndex
CREATE INDEX "AgreementSignatory_agreementId_idx" ON "AgreementSignatory"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementSignatory_personId_idx" ON "AgreementSignatory"("personId");

-- CreateIndex
CREATE INDEX "CooperationField_agreementId_idx" ON "CooperationField"("agreementId");

-- CreateIndex
CREATE INDEX "CooperationField_name_idx" ON "CooperationField"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_slug_key" ON "Delegation"("slug");

-- CreateIndex
CREATE INDEX "Delegation_startOn_idx" ON "Delegation"("startOn");

-- CreateIndex
CREATE INDEX "Delegation_leaderId_idx" ON "Delegation"("leaderId");

-- CreateIndex
CREATE INDEX "Delegation_sendingPlaceId_idx" ON "Delegation"("sendingPlaceId");

-- CreateIndex
CREATE INDEX "DelegationMember_delegationId_idx" ON "DelegationMember"("delegationId");

-- CreateIndex
CREATE INDEX "DelegationMember_personId_idx" ON "DelegationMember"("personId");

-- CreateIndex
CREATE INDEX "DelegationStop_delegationId_sequence_idx" ON "DelegationStop"("delegationId", "sequence");

-- CreateIndex
CREATE INDEX "DelegationStop_placeId_idx" ON "DelegationStop"("placeId");

-- CreateIndex
CREATE INDEX "DelegationMeeting_delegationId_idx" ON "DelegationMeeting"("delegationId");

-- CreateIndex
CREATE INDEX "DelegationMeeting_personId_idx" ON "DelegationMeeting"("personId");

-- CreateIndex
CREATE INDEX "DelegationMeeting_organisationId_idx" ON "DelegationMeeting"("organisationId");

-- CreateIndex
CREATE INDEX "DelegationMeeting_placeId_idx" ON "DelegationMeeting"("placeId");

-- CreateIndex
CREATE INDEX "DelegationSiteVisit_delegationId_idx" ON "DelegationSiteVisit"("delegationId");

-- CreateIndex
CREATE INDEX "DelegationSiteVisit_organisationId_idx" ON "DelegationSiteVisit"("organisationId");

-- CreateIndex
CREATE INDEX "DelegationGift_delegationId_idx" ON "DelegationGift"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startOn_idx" ON "Event"("startOn");

-- CreateIndex
CREATE INDEX "Event_placeId_idx" ON "Event"("placeId");

-- CreateIndex
CREATE INDEX "Event_delegationId_idx" ON "Event"("delegationId");

-- CreateIndex
CREATE INDEX "Figure_placeId_idx" ON "Figure"("placeId");

-- CreateIndex
CREATE INDEX "Figure_organisationId_idx" ON "Figure"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Source_snapshotHash_idx" ON "Source"("snapshotHash");

-- CreateIndex
CREATE INDEX "Citation_recordType_recordId_field_idx" ON "Citation"("recordType", "recordId", "field");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "ChangeRequest_status_submittedAt_idx" ON "ChangeRequest"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_authorId_status_idx" ON "ChangeRequest"("authorId", "status");

-- CreateIndex
CREATE INDEX "ChangeItem_changeRequestId_sequence_idx" ON "ChangeItem"("changeRequestId", "sequence");

-- CreateIndex
CREATE INDEX "ChangeItem_recordType_recordId_idx" ON "ChangeItem"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "ReviewComment_changeRequestId_createdAt_idx" ON "ReviewComment"("changeRequestId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_changeRequestId_idx" ON "Revision"("changeRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_recordType_recordId_version_key" ON "Revision"("recordType", "recordId", "version");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");


-- The audit log is append-only: no code path may rewrite history.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;
