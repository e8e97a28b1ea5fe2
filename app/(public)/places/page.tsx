import type { Metadata } from "next";
import { listPublishedPlaces } from "@/lib/place";
import { PlaceList } from "@/components/place-list";

export const metadata: Metadata = { title: "Places" };

export default async function PlacesPage() {
  const places = await listPublishedPlaces();
  return (
    <>
      <h1>Places</h1>
      <p className="lede">Provinces, prefectures, cities and districts with recorded ties.</p>
      <PlaceList places={places} />
    </>
  );
}
