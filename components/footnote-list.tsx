import { valueNamesOf, type CitedSource, type Footnote } from "@/lib/footnotes";
import { passagePath } from "@/lib/source-parts";
import { formatPartialDate } from "@/lib/partial-date";
import { formatClaimValue } from "@/lib/claim-values";

function SourceLine({ source }: { source: CitedSource }) {
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {source.publisher && <>, {source.publisher}</>}
      {source.publishedOn && <>, {formatPartialDate(source.publishedOn)}</>}
    </>
  );
}

// 'writes “June 19”; year inferred from the article's date': how the source gave a date.
function DateNotation({ footnote }: { footnote: Footnote }) {
  const parts = [footnote.notation && `writes “${footnote.notation}”`, footnote.inferredReason].filter(Boolean);
  if (parts.length === 0) return null;
  return <p className="small muted">{parts.join("; ")}</p>;
}

export function FootnoteList({ footnotes, sources }: { footnotes: Footnote[]; sources: CitedSource[] }) {
  if (footnotes.length === 0) return <p className="muted">No citations yet.</p>;
  return (
    <>
      <h2 id="notes">Notes</h2>
      <ol className="footnotes" aria-label="Footnotes">
        {footnotes.map((footnote) => (
          <li key={footnote.id} id={`note-${footnote.number}`} value={footnote.number}>
            <SourceLine source={footnote.source} />
            {footnote.assertedValue && (
              <span className="muted"> — states {formatClaimValue(footnote.assertedValue, footnote, valueNamesOf([footnote]))}</span>
            )}
            {footnote.rank === "DEPRECATED" && (
              <span className="tag">not preferred{footnote.rankReason && `: ${footnote.rankReason}`}</span>
            )}
            <blockquote lang={footnote.source.lang ?? undefined}>
              {footnote.orphanedAt ? (
                <>
                  “{footnote.quote}” <span className="tag tag-warn">no longer in the source&apos;s current text</span>
                </>
              ) : (
                <a href={passagePath(footnote.source.id, footnote)} title="See the passage in the source">
                  “{footnote.quote}”
                </a>
              )}
            </blockquote>
            <DateNotation footnote={footnote} />
          </li>
        ))}
      </ol>
      <h2>Sources</h2>
      <ul className="small">
        {sources.map((source) => (
          <li key={source.id}>
            <SourceLine source={source} />
          </li>
        ))}
      </ul>
    </>
  );
}
