import "server-only";
import { randomBytes } from "node:crypto";

// An id made before its row is written, where the row's own default cannot serve: records
// created many at once that point at each other (lib/change-apply.ts), change items a later
// change names (lib/twin-cities-import.ts). Random, never meeting a cuid: those are 25 characters.
export const newRecordId = () => `c${randomBytes(12).toString("hex")}`;
