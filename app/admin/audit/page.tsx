import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { listAuditEvents, parseAuditFilters } from "@/lib/audit-log";
import { pageRequest } from "@/lib/keyset";
import { AuditFilterForm } from "@/components/audit-filter-form";
import { AuditTable } from "@/components/audit-table";
import { listHref, PageLinks } from "@/components/page-links";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requirePermission("audit:view");
  const params = await searchParams;
  const filters = parseAuditFilters(params);
  const { events, previous, next } = await listAuditEvents(actor, filters, pageRequest(params));
  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">Sign-ins, reviews and account changes, newest first. Entries cannot be edited or deleted.</p>
      <AuditFilterForm key={JSON.stringify(filters)} filters={filters} />
      <h2>Events</h2>
      <AuditTable events={events} />
      <PageLinks href={(cursor) => listHref("/admin/audit", { ...filters, ...cursor })} previous={previous} next={next} />
    </>
  );
}
