import type { PossiblySame } from "@/lib/record-picker-schema";

// `advice`: what to do if it is the same, when editing it is not the whole answer.
type Props = { records: PossiblySame[]; noun: string; advice?: string };

// Published records whose name is one or two letters from a new one: the editor typing it
// and the reviewer approving it both see them, and look before a duplicate is made.
export function PossiblySameList({ records, noun, advice }: Props) {
  if (records.length === 0) return null;
  return (
    <div className="warning stack-sm">
      <p style={{ margin: 0 }}>Possibly the same as:</p>
      <ul aria-label={`Possibly the same ${noun}`} style={{ margin: 0 }}>
        {records.map((record) => (
          <li key={record.id}>
            <a href={record.path} target="_blank" rel="noreferrer">
              {record.title}
            </a>{" "}
            <span className="muted">
              · {record.detail}
              {record.matched && ` · name “${record.matched}”`}
            </span>
          </li>
        ))}
      </ul>
      <p className="small" style={{ margin: 0 }}>
        {advice ?? `If it is, edit that ${noun} (or propose a merge) instead of recording it twice.`}
      </p>
    </div>
  );
}
