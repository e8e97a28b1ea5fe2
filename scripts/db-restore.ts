// Puts a backup in place of the embedded database. Stop the app first (it refuses while a
// process has the database open); start it again afterwards: every public page is rendered
// anew from the restored data (instrumentation.ts).
//
//   npm run db:restore FILE
import { databaseFile } from "../lib/backup";
import { restoreDatabase, RestoreRefused } from "../lib/restore";

const backup = process.argv[2];
if (!backup) {
  console.error("Usage: npm run db:restore FILE");
  process.exit(1);
}
const file = databaseFile();
try {
  const aside = await restoreDatabase(backup, file);
  console.log(`Restored ${backup} to ${file}.`);
  if (aside) console.log(`The database it replaced (with its -wal and -shm, if any) is now ${aside}.`);
  console.log("Start the app: every public page is rendered again from the restored data.");
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}
