import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth";
import { listPlaceOptions } from "@/lib/place";
import { countryName } from "@/lib/countries";
import { PLACE_LEVEL_LABELS } from "@/lib/place-schema";

export const metadata: Metadata = { title: "Places" };

export default async function AdminPlacesPage() {
  await requirePermission("change:propose");
  const places = await listPlaceOptions();
  return (
    <>
      <h1>Places</h1>
      <p>
        <Link className="button" href="/admin/places/new">
          New place
        </Link>
      </p>
      <table className="data">
        <thead>
          <tr>
            <th>Place</th>
            <th>Level</th>
            <th>Country</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {places.map((place) => (
            <tr key={place.id}>
              <td>{place.name}</td>
              <td>{PLACE_LEVEL_LABELS[place.level]}</td>
              <td>{countryName(place.country)}</td>
              <td>
                <Link href={`/admin/places/${place.id}/edit`} aria-label={`Edit ${place.name}`}>
                  Edit
                </Link>
                {" · "}
                <Link href={`/admin/places/${place.id}/history`} aria-label={`History of ${place.name}`}>
                  History
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
