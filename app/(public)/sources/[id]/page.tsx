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

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getSourceProfile((await params).id))?.title ?? "Source not found" };
}

// Block on the id rather than stream a shell; the page itself comes from the cache.
export const instant = false;

export default async function SourcePage({ params }: Props) {
  const source = await getSourceProfile((await params).id);
  if (!source) notFound();
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
      <h2>Claims it supports</h2>
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
      <SourceSnapshot text={source.snapshot} lang={source.lang} quotes={source.citations.filter((c) => !c.orphanedAt)} />
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
