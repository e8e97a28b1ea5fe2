import "server-only";
import { prisma } from "@/lib/db";
import { decodePath } from "@/lib/profile-address";

// The admin pages about one record, each with the lookup of the record its id names. As on
// the public site (lib/profile-address.ts), the admin layout's <Suspense> sends a 200 before
// a page can call notFound(); proxy.ts answers 404 for an id that names no record at all.
// Whether the signed-in user may see the record is still the page's own decision.
const changeExists = (id: string) => prisma.changeRequest.count({ where: { id } });

const RECORD_PAGES: [RegExp, (id: string) => Promise<number>][] = [
  [/^\/admin\/changes\/([^/]+)(?:\/edit)?$/, changeExists],
  [/^\/admin\/review\/([^/]+)$/, changeExists],
  [/^\/admin\/imports\/([^/]+)$/, (id) => prisma.importRun.count({ where: { id } })],
  [/^\/admin\/places\/([^/]+)\/(?:edit|history)$/, (id) => prisma.place.count({ where: { id } })],
  [/^\/admin\/people\/([^/]+)\/edit$/, (id) => prisma.person.count({ where: { id } })],
  [/^\/admin\/organisations\/([^/]+)\/edit$/, (id) => prisma.organisation.count({ where: { id } })],
  [/^\/admin\/agreements\/([^/]+)\/edit$/, (id) => prisma.agreement.count({ where: { id } })],
  [/^\/admin\/delegations\/([^/]+)\/edit$/, (id) => prisma.delegation.count({ where: { id } })],
  [/^\/admin\/events\/([^/]+)\/edit$/, (id) => prisma.event.count({ where: { id } })],
  [/^\/admin\/figures\/([^/]+)\/edit$/, (id) => prisma.figure.count({ where: { id } })],
  [/^\/admin\/sources\/([^/]+)\/edit$/, (id) => prisma.source.count({ where: { id } })],
  [/^\/admin\/ties\/(?!new$)([^/]+)(?:\/events\/new)?$/, (id) => prisma.tie.count({ where: { id } })],
  [/^\/admin\/ties\/[^/]+\/events\/([^/]+)\/edit$/, (id) => prisma.tieEvent.count({ where: { id } })],
];

// False only for a record page whose id names nothing; every other address is the router's.
export async function isAdminRecordFound(pathname: string): Promise<boolean> {
  for (const [pattern, count] of RECORD_PAGES) {
    const id = pattern.exec(pathname)?.[1];
    if (!id) continue;
    const decoded = decodePath(id);
    return decoded !== null && (await count(decoded)) > 0;
  }
  return true;
}
