import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

// Names lists and articles use that ISO 3166's English names do not: the nations of the
// United Kingdom, short forms, older spellings and the odd misspelling. Regions that are not
// countries (Northern Cyprus) are left out, so a row naming them is reported, not guessed.
const ALIASES: Record<string, string> = {
  England: "GB",
  Scotland: "GB",
  Wales: "GB",
  "Northern Ireland": "GB",
  "Republic of Ireland": "IE",
  Syria: "SY",
  Moldova: "MD",
  Moldavia: "MD",
  Laos: "LA",
  Brunei: "BN",
  "Georgia (country)": "GE",
  "São Tomé and Príncipe": "ST",
  "East Timor": "TL",
  Micronesia: "FM",
  "Federated States of Micronesia": "FM",
  "Falkland Islands": "FK",
  "Åland Islands": "AX",
  "West Bank": "PS",
  Surinam: "SR",
  Madagaskar: "MG",
  Grece: "GR",
  Kazakhstah: "KZ",
  "Bosnia and Hercegovina": "BA",
};

function codeOf(name: string): string | null {
  const trimmed = name.trim();
  return ALIASES[trimmed] ?? countries.getAlpha2Code(trimmed, "en") ?? null;
}

// The ISO 3166-1 alpha-2 code of a country as a source names it: "Turkey" → "TR",
// "Wales, United Kingdom" → "GB", "Réunion, France" → "RE" (the territory's own code when
// it has one, else the country after the comma). Null when no country can be told.
export function countryCodeOf(name: string): string | null {
  const direct = codeOf(name);
  if (direct) return direct;
  const parts = name.split(",");
  if (parts.length < 2) return null;
  return codeOf(parts[0]) ?? codeOf(parts[parts.length - 1]);
}

export const ISO_COUNTRY_CODES = Object.keys(countries.getAlpha2Codes());

// A country's English name for any ISO code ("DE" → "Germany"); the code itself if unknown.
export function isoCountryName(code: string): string {
  return countries.getName(code, "en", { select: "official" }) ?? code;
}
