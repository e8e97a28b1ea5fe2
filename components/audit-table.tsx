import { AUDIT_ACTION_LABELS, type AuditPage } from "@/lib/audit-log";

type AuditEventRow = AuditPage["events"][number];

const LABELS: Record<string, string> = AUDIT_ACTION_LABELS;
const wrap = { overflowWrap: "anywhere" } as const;

function Target({ event }: { event: AuditEventRow }) {
  if (!event.targetId) return <>—</>;
  return (
    <>
      {event.targetType && <span className="tag">{event.targetType}</span>} {event.targetEmail}
      <div className="small muted" style={wrap}>
        {event.targetId}
      </div>
    </>
  );
}

export function AuditTable({ events }: { events: AuditEventRow[] }) {
  if (events.length === 0) return <p className="muted">No events match these filters.</p>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th>Time (UTC)</th>
          <th>Actor</th>
          <th>Action</th>
          <th>Target</th>
          <th>Detail</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.at.toISOString()}>{event.at.toISOString().slice(0, 19).replace("T", " ")}</time>
            </td>
            <td>
              {event.actor ? (
                <>
                  {event.actor.name}
                  <div className="small muted">{event.actor.email}</div>
                </>
              ) : (
                "—"
              )}
            </td>
            <td>
              {LABELS[event.action] ?? event.action}
              <div className="small muted">
                <code>{event.action}</code>
              </div>
            </td>
            <td>
              <Target event={event} />
            </td>
            <td className="small" style={wrap}>
              {event.detail == null ? "—" : <code>{JSON.stringify(event.detail)}</code>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
