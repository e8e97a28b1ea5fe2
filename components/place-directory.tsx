import Form from "next/form";
import Link from "next/link";
import { countryName } from "@/lib/countries";
import { isoCountryName } from "@/lib/country-names";
import { PLACE_LEVEL_LABELS } from "@/lib/place-schema";
import { TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { SEARCH_LIMIT, type DirectoryFilters, type getDirectoryFacets, type listPlaceDirectory } from "@/lib/place-directory";
import { regionOf } from "@/lib/place-region";
import { NativeNames } from "@/components/native-name";
import { listHref, PageLinks } from "@/components/page-links";

type Facets = Awaited<ReturnType<typeof getDirectoryFacets>>;
type Page = Awaited<ReturnType<typeof listPlaceDirectory>>;

// Names for every country code, the three at the heart of the record as Amity writes them.
const countryLabel = (code: string) => (countryName(code) === code ? isoCountryName(code) : countryName(code));

function FacetSelect({ name, label, value, options }: { name: string; label: string; value?: string; options: [string, string][] }) {
  return (
    <div className="field">
      <label htmlFor={`facet-${name}`}>{label}</label>
      <select id={`facet-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

// The directory's search box and facets: a GET form, so every filtered page has an address.
export function DirectoryFilterForm({ filters, facets }: { filters: DirectoryFilters; facets: Facets }) {
  return (
    <Form action="/places" className="card" aria-label="Find places">
      <div className="row">
        <div className="field">
          <label htmlFor="directory-q">Name, in any script</label>
          <input id="directory-q" name="q" type="search" maxLength={SEARCH_LIMIT} defaultValue={filters.q ?? ""} />
        </div>
        <FacetSelect
          name="country"
          label="Country"
          value={filters.country}
          options={facets.countries
            .map(({ code, count }): [string, string] => [code, `${countryLabel(code)} (${count.toLocaleString("en")})`])
            .sort((a, b) => a[1].localeCompare(b[1]))}
        />
        <FacetSelect
          name="level"
          label="Level"
          value={filters.level}
          options={facets.levels.map(({ level, count }) => [level, `${PLACE_LEVEL_LABELS[level]} (${count.toLocaleString("en")})`])}
        />
        <FacetSelect
          name="kind"
          label="Kind of tie"
          value={filters.kind}
          options={facets.kinds.map((kind) => [kind, TIE_KIND_LABELS[kind]])}
        />
        <FacetSelect
          name="decade"
          label="First tie"
          value={filters.decade}
          options={facets.decades.map((decade) => [decade, `${decade}s`])}
        />
        <div className="shrink">
          <button type="submit">Find</button>
        </div>
      </div>
    </Form>
  );
}

export function DirectoryResults({ filters, page }: { filters: DirectoryFilters; page: Page }) {
  if (page.rows.length === 0) return <p className="muted">No place matches. Try fewer filters or another spelling.</p>;
  const pageHref = (cursor: { after?: string; before?: string }) => listHref("/places", { ...filters, ...cursor });
  return (
    <>
      <ul className="plain-list directory">
        {page.rows.map((place) => (
          <DirectoryRow key={place.id} place={place} />
        ))}
      </ul>
      <PageLinks href={pageHref} previous={page.previous} next={page.next} />
    </>
  );
}

function DirectoryRow({ place }: { place: Page["rows"][number] }) {
  const region = regionOf(place.parent);
  return (
    <li>
      <Link href={`/places/${place.slug}`} prefetch={false}>
        {place.name}
      </Link>{" "}
      <NativeNames names={place.names} />
      <div className="muted small">
        {PLACE_LEVEL_LABELS[place.level]}
        {region && `, ${region.name}`} · {countryLabel(place.country)}
      </div>
    </li>
  );
}
