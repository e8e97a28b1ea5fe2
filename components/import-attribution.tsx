import { LIST_PUBLISHER } from "@/lib/twin-cities-import";

// The list's licence (CC BY-SA) asks for its authors to be named wherever its data shows.
export function ImportAttribution() {
  return (
    <p className="small muted">
      The list&apos;s data: {LIST_PUBLISHER}, Wikipedia&apos;s lists of twin towns and sister cities, under{" "}
      <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noreferrer">
        CC BY-SA 4.0
      </a>
      .
    </p>
  );
}
