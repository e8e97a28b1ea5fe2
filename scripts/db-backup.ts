// Copies the embedded database to a timestamped file while the app keeps running, and
// prints its path. Copy that file off the machine: a backup beside the database does not
// survive the disk.
//
//   npm run db:backup [DIR]      (DIR defaults to backups/ beside the database)
import { backupDatabase, checkIntegrity, databaseFile } from "../lib/backup";

const file = databaseFile();
const backup = await backupDatabase(file, process.argv[2]);
const integrity = await checkIntegrity(backup);
if (integrity !== "ok") {
  console.error(`The backup ${backup} fails PRAGMA integrity_check:\n${integrity}`);
  process.exit(1);
}
console.log(backup);
