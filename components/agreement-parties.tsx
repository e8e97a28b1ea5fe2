import Link from "next/link";

type Linked = { slug: string; name: string } | null;
type Party = { id: string; place: Linked; organisation: Linked };

// "between Gyeonggi Province and Jiangsu Province", each party linked to its profile.
export function AgreementParties({ parties }: { parties: Party[] }) {
  if (parties.length === 0) return null;
  return (
    <>
      between{" "}
      {parties.map((party, i) => (
        <span key={party.id}>
          {i > 0 && (i === parties.length - 1 ? " and " : ", ")}
          {party.place && <Link href={`/places/${party.place.slug}`}>{party.place.name}</Link>}
          {!party.place && party.organisation && <Link href={`/organisations/${party.organisation.slug}`}>{party.organisation.name}</Link>}
        </span>
      ))}
    </>
  );
}
