import Link from "next/link";
import type { AuditPage } from "@/lib/audit-log";

type AuditEventRow = AuditPage["events"][number];

function Target({ target }: { target: AuditEventRow["target"] }) {
  if (!target) return <>—</>;
  return (
    <>
      <span className="small muted">{target.kind}:</span> {target.href ? <Link href={target.href}>{target.name}</Link> : target.name}
      {target.note && <div className="small muted">{target.note}</div>}
    </>
  );
}

function Details({ lines }: { lines: AuditEventRow["details"] }) {
  if (lines.length === 0) return <>—</>;
  return (
    <ul className="plain-list">
      {lines.map((line, i) => (
        <li key={i}>
          <span className="muted">{line.label}:</span> {line.href ? <Link href={line.href}>{line.text}</Link> : line.text}
        </li>
      ))}
    </ul>
  );
}

// Who did what to whom, in words: a change's title links to its page, which shows the
// change as its reviewer saw it.
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
            <td>{event.actionLabel}</td>
            <td>
              <Target target={event.target} />
            </td>
            <td className="small" style={{ overflowWrap: "anywhere" }}>
              <Details lines={event.details} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
