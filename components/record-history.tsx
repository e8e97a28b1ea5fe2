import Link from "next/link";
import { RevisionList } from "@/components/revision-list";

type Props = {
  title: string;
  href: string;
  revisions: Parameters<typeof RevisionList>[0]["revisions"];
};

// A record's public provenance: every published version, who proposed and who approved it.
export function RecordHistory({ title, href, revisions }: Props) {
  return (
    <>
      <p>
        <Link href={href}>← {title}</Link>
      </p>
      <h1>History of {title}</h1>
      {revisions.length === 0 ? (
        <p>No reviewed versions are recorded yet: this record was entered before changes went through review.</p>
      ) : (
        <RevisionList revisions={revisions} />
      )}
    </>
  );
}
