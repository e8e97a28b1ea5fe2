import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { getSourceProfile, type SourceProfile } from "@/lib/source-profile";
import { RECORD_TYPE_LABELS } from "@/lib/claim-pages";
import { claimLabelOf } from "@/lib/record-kinds";
import { SOURCE_KIND_LABELS } from "@/lib/source-schema";
import { formatPartialDate } from "@/lib/partial-date";
import { formatClaimValue } from "@/lib/claim-values";
import { SourceSnapshot } from "@/components/source-snapshot";
import { sourcePartPath } from "@/lib/source-parts";

// One part of a source's page (lib/source-parts.ts): the first at /sources/<id>, the others
// at /sources/<id>/parts/<n>. A part past the source's last is not found.
export async function SourcePart({ id, part }: { id: string; part: number }) {
  const source = await getSourceProfile(id, part);
  if (!source || part >= source.parts) notFound();
  return (
    <article>
      <header className="card">
        <h1>{source.title}</h1>
        <p className="lede">
          {SOURCE_KIND_LABELS[source.kind]}
          {source.publisher && <> · {source.publisher}</>}
          {source.publishedOn && <> · published {formatPartialDate(source.publishedOn)}</>}
          {source.accessedOn && <> · read {formatPartialDate(source.accessedOn)}</>}
        </p>
        {source.url && (
          <p>
            <a href={source.url} rel="noreferrer">
              {source.url}
            </a>
          </p>
        )}
      </header>
      {source.parts > 1 && <PartLinks source={source} />}
      <h2>{source.parts > 1 ? "Claims this part supports" : "Claims it supports"}</h2>
      {source.citations.length === 0 ? (
        <p className="muted">No published claim cites this source yet.</p>
      ) : (
        <ul className="plain-list">
          {source.citations.map((citation) => (
            <li key={citation.id}>
              {citation.orphanedAt ? (
                <span lang={source.lang ?? undefined}>“{citation.quote}”</span>
              ) : (
                <a href={`#quote-${citation.id}`} lang={source.lang ?? undefined}>
                  “{citation.quote}”
                </a>
              )}
              <div className="small muted">
                <ClaimLine citation={citation} valueNames={source.valueNames} />
                {citation.rank === "DEPRECATED" && <> · not preferred</>}
                {citation.orphanedAt && (
                  <>
                    {" "}
                    · <span className="tag tag-warn">no longer in the source’s current text</span>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2>Text as the editor read it</h2>
      <SourceSnapshot text={source.text} lang={source.lang} quotes={source.citations.filter((c) => !c.orphanedAt)} />
    </article>
  );
}

type Citation = SourceProfile["citations"][number];

// "Place Gangnam District · Part of · states Seoul": the record, the claim and the value in words.
function ClaimLine({ citation, valueNames }: { citation: Citation; valueNames: Record<string, string> }) {
  const { record, recordType, field, assertedValue } = citation;
  return (
    <>
      {RECORD_TYPE_LABELS[recordType]}
      {record && (
        <>
          {" "}
          <Link href={record.path}>{record.title}</Link>
        </>
      )}
      {" · "}
      {claimLabelOf(recordType, field)}
      {assertedValue && <> · states {formatClaimValue(assertedValue, citation, valueNames)}</>}
    </>
  );
}

// "Part 3 of 178": a long source is read a part at a time, each with the claims it holds.
function PartLinks({ source }: { source: SourceProfile }) {
  const { id, part, parts } = source;
  return (
    <nav className="row small" aria-label="Parts of the source" style={{ justifyContent: "space-between" }}>
      <span className="shrink">{part > 0 && <Link href={sourcePartPath(id, part - 1)}>← Part {part}</Link>}</span>
      <span className="shrink muted">
        Part {part + 1} of {parts}
      </span>
      <span className="shrink">{part + 1 < parts && <Link href={sourcePartPath(id, part + 1)}>Part {part + 2} →</Link>}</span>
    </nav>
  );
}

export async function sourcePartMetadata(id: string, part: number): Promise<Metadata> {
  const source = await getSourceProfile(id, part);
  if (!source || part >= source.parts) return { title: "Source not found" };
  return { title: source.parts > 1 ? `${source.title}, part ${part + 1} of ${source.parts}` : source.title };
}
