import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSourcePage } from "@/lib/source";
import { SOURCE_KIND_LABELS } from "@/lib/source-schema";
import { formatPartialDate } from "@/lib/partial-date";
import { formatClaimValue } from "@/lib/claim-values";
import { SourceSnapshot } from "@/components/source-snapshot";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getSourcePage((await params).id))?.title ?? "Source not found" };
}

// Block on the id rather than stream a shell; the page itself comes from the cache.
export const instant = false;

export default async function SourcePage({ params }: Props) {
  const source = await getSourcePage((await params).id);
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
              <a href={`#quote-${citation.id}`} lang={source.lang ?? undefined}>
                “{citation.quote}”
              </a>
              <div className="small muted">
                {citation.recordType.toLowerCase().replace(/_/g, " ")} · {citation.field}
                {citation.assertedValue && <> · states {formatClaimValue(citation.assertedValue, citation)}</>}
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
