// Compares two versions of a record's content (proposal, published, revision), field by
// field. Lists of objects (names, events, signatories) compare by their entries, so an
// added or removed entry shows as such rather than as a changed list.
export type FieldDiff = {
  field: string;
  before: unknown;
  after: unknown;
  isChanged: boolean;
  added?: unknown[];
  removed?: unknown[];
};

// An empty text field and a missing one are the same absence.
const key = (value: unknown) => JSON.stringify(value === "" ? null : (value ?? null));

function diffList(before: unknown[], after: unknown[]) {
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return {
    added: after.filter((entry) => !beforeKeys.has(key(entry))),
    removed: before.filter((entry) => !afterKeys.has(key(entry))),
  };
}

export function diffContent(before: object | null, after: object | null): FieldDiff[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => {
    const isChanged = key(b[field]) !== key(a[field]);
    if (Array.isArray(b[field] ?? []) && Array.isArray(a[field] ?? [])) {
      return {
        field,
        before: b[field],
        after: a[field],
        isChanged,
        ...diffList((b[field] ?? []) as unknown[], (a[field] ?? []) as unknown[]),
      };
    }
    return { field, before: b[field], after: a[field], isChanged };
  });
}

export function changedFields(diff: FieldDiff[]): string[] {
  return diff.filter((d) => d.isChanged).map((d) => d.field);
}
