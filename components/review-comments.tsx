import { formatTimestamp } from "@/lib/partial-date";

type Comment = { id: string; body: string; field: string | null; createdAt: Date; author: { name: string } };

export function ReviewComments({ comments, fieldLabels }: { comments: Comment[]; fieldLabels: Record<string, string> }) {
  if (comments.length === 0) return null;
  return (
    <section aria-labelledby="comments">
      <h2 id="comments">Comments</h2>
      <ul className="comments">
        {comments.map((comment) => (
          <li key={comment.id}>
            <div className="small muted">
              {comment.author.name} · {formatTimestamp(comment.createdAt)}
              {comment.field && (
                <>
                  {" "}
                  · on <strong>{fieldLabels[comment.field] ?? comment.field}</strong>
                </>
              )}
            </div>
            <div>{comment.body}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
