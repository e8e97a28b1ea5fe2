import Link from "next/link";
import { countryName } from "@/lib/countries";
import { PLACE_LEVEL_LABELS } from "@/lib/place-schema";
import type { PlaceLevel } from "@/lib/enums";
import { NativeNames } from "@/components/native-name";

type PlaceRow = {
  slug: string;
  name: string;
  country: string;
  level: PlaceLevel;
  names: { text: string; lang: string }[];
  parent: { name: string } | null;
};

export function PlaceList({ places }: { places: PlaceRow[] }) {
  const countries = [...new Set(places.map((place) => place.country))];
  return (
    <div className="grid-2">
      {countries.map((country) => (
        <section key={country} className="card" aria-label={countryName(country)}>
          <h3>{countryName(country)}</h3>
          <ul className="plain-list">
            {places
              .filter((place) => place.country === country)
              .map((place) => (
                <li key={place.slug}>
                  <Link href={`/places/${place.slug}`}>{place.name}</Link> <NativeNames names={place.names} />
                  <div className="muted small">
                    {PLACE_LEVEL_LABELS[place.level]}
                    {place.parent && `, ${place.parent.name}`}
                  </div>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
