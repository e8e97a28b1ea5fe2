// On a change with an edit of a record approved since the edit was prepared: it cannot be
// approved until its author revises it, which rebases it on the published version.
export function OutOfDateTag() {
  return <span className="tag tag-danger">Out of date: the record changed since this change was prepared</span>;
}
