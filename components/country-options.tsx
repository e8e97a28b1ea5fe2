import { COUNTRIES, OTHER_COUNTRIES } from "@/lib/countries";

// The options of a country <select>: the countries at the heart of the record first, then
// every other country A–Z.
export function CountryOptions() {
  return (
    <>
      {COUNTRIES.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
      <optgroup label="Other countries">
        {OTHER_COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}
