import { serializeLinkedData, type LinkedData } from "@/lib/profile-json";

// A profile's schema.org description for search engines. A script of this type is a data
// block, which the browser never runs, so the Content Security Policy does not apply to it
// and it needs no nonce (proxy.ts); and unlike next/script it is not a script to load.
export function JsonLd({ data }: { data: LinkedData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeLinkedData(data) }} />;
}
