-- Names keep their identity: an edit retires a name instead of deleting it.
ALTER TABLE "Name" ADD COLUMN "retiredAt" DATETIME;
