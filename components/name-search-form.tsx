import Form from "next/form";

type Props = { action: string; label: string; what: string; query: string };

// The search box of an editors' list: a GET form, so the query stays in the address.
export function NameSearchForm({ action, label, what, query }: Props) {
  return (
    <Form action={action} className="row" aria-label={`Find ${what}`}>
      <div className="field">
        <label htmlFor="q">{label}</label>
        <input id="q" name="q" type="search" defaultValue={query} />
      </div>
      <div className="shrink">
        <button type="submit">Find</button>
      </div>
    </Form>
  );
}
