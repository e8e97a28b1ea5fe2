-- A stored profile is used only by the build that stored it (lib/stored-profiles.ts).
ALTER TABLE "StoredProfile" ADD COLUMN "build" TEXT NOT NULL DEFAULT '';
