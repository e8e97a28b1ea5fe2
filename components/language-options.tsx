import { LANGUAGES } from "@/lib/names";

// The options of a language <select>: the languages the record's names and sources are in.
export function LanguageOptions() {
  return (
    <>
      {LANGUAGES.map((language) => (
        <option key={language.code} value={language.code}>
          {language.label}
        </option>
      ))}
    </>
  );
}
