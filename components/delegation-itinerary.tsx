import Link from "next/link";

type Stop = { place: { id: string; slug: string; name: string } };

// "Itinerary: Nara → Kyoto → Gyeonggi Province", each stop linked to its place.
export function DelegationItinerary({ stops }: { stops: Stop[] }) {
  if (stops.length === 0) return null;
  return (
    <div className="small">
      Itinerary:{" "}
      {stops.map((stop, i) => (
        <span key={`${stop.place.id}-${i}`}>
          {i > 0 && " → "}
          <Link href={`/places/${stop.place.slug}`}>{stop.place.name}</Link>
        </span>
      ))}
    </div>
  );
}
