import Link from "next/link";

type Stop = { place: { id: string; slug: string; name: string } };

// "Itinerary: Nara → Kyoto → Gyeonggi Province", each stop linked to its place; when the
// source does not give the order, "Places visited: Nara, Kyoto".
export function DelegationItinerary({ stops, ordered = true }: { stops: Stop[]; ordered?: boolean }) {
  if (stops.length === 0) return null;
  return (
    <div className="small">
      {ordered ? "Itinerary" : "Places visited"}:{" "}
      {stops.map((stop, i) => (
        <span key={`${stop.place.id}-${i}`}>
          {i > 0 && (ordered ? " → " : ", ")}
          <Link href={`/places/${stop.place.slug}`}>{stop.place.name}</Link>
        </span>
      ))}
    </div>
  );
}
