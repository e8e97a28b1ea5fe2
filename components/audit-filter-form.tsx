import Form from "next/form";
import Link from "next/link";
import { AUDIT_ACTION_LABELS, type AuditFilters } from "@/lib/audit-log";
import { LabelOptions } from "@/components/label-options";

// A GET form: the filters live in the URL, so a filtered view can be bookmarked or shared.
export function AuditFilterForm({ filters }: { filters: AuditFilters }) {
  return (
    <Form action="/admin/audit" className="card" aria-label="Filter the audit log">
      <div className="row">
        <div className="field">
          <label htmlFor="action">Action</label>
          <select id="action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">All actions</option>
            <LabelOptions labels={AUDIT_ACTION_LABELS} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="actor">Actor email</label>
          <input id="actor" name="actor" type="search" defaultValue={filters.actor ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="from">From (UTC)</label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="to">To (UTC)</label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div className="shrink">
          <button type="submit">Filter</button>
        </div>
        <div className="shrink">
          <Link className="button secondary" href="/admin/audit">
            Clear
          </Link>
        </div>
      </div>
    </Form>
  );
}
