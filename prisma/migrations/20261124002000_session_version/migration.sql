-- Sessions end at once (sign-out, disabling, a role or password change): each session cookie
-- carries the version it was issued under, and a raised version refuses the older ones.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
