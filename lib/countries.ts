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

export type CountryCode = (typeof COUNTRIES)[number]["code"];

export function countryName(code: string | null | undefined): string {
  return COUNTRIES.find((country) => country.code === code)?.name ?? code ?? "";
}

export const COUNTRY_LABELS: Record<string, string> = Object.fromEntries(COUNTRIES.map((country) => [country.code, country.name]));
