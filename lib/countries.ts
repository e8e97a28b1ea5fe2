// Countries a place or organisation may belong to. The three at the heart of the record
// come first; the rest are partners that turn up in ties and imports.
export const COUNTRIES = [
  { code: "CN", name: "China" },
  { code: "JP", name: "Japan" },
  { code: "KR", name: "South Korea" },
  { code: "KP", name: "North Korea" },
  { code: "TW", name: "Taiwan" },
  { code: "HK", name: "Hong Kong" },
  { code: "MO", name: "Macau" },
  { code: "MN", name: "Mongolia" },
  { code: "RU", name: "Russia" },
  { code: "VN", name: "Vietnam" },
  { code: "US", name: "United States" },
  { code: "OTHER", name: "Other" },
] as const;

import { isoCountryName, ISO_COUNTRY_CODES } from "@/lib/country-names";

// Every code a place may have: the list above, and any ISO 3166-1 country (imported lists
// name places all over the world, lib/twin-cities-import.ts).
export const COUNTRY_CODES = [...new Set([...COUNTRIES.map((country) => country.code), ...ISO_COUNTRY_CODES])] as [string, ...string[]];

export type CountryCode = (typeof COUNTRIES)[number]["code"];

export function countryName(code: string | null | undefined): string {
  const featured = COUNTRIES.find((country) => country.code === code)?.name;
  return featured ?? (code ? isoCountryName(code) : "");
}

export const COUNTRY_LABELS: Record<string, string> = Object.fromEntries(COUNTRY_CODES.map((code) => [code, countryName(code)]));

// Every other ISO country, A–Z, for the forms' country lists after the featured ones: an
// imported place may be anywhere, and its form must be able to show and keep its country.
const FEATURED = new Set<string>(COUNTRIES.map((country) => country.code));
export const OTHER_COUNTRIES = ISO_COUNTRY_CODES.filter((code) => !FEATURED.has(code))
  .map((code) => ({ code, name: isoCountryName(code) }))
  .sort((a, b) => a.name.localeCompare(b.name, "en"));
