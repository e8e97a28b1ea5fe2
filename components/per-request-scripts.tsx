import { connection } from "next/server";
import { Suspense } from "react";

async function WaitForRequest() {
  await connection();
  return null;
}

// Renders nothing, but waits for a request, so that the page holding it is never prerendered
// whole. A page prerendered whole is served with the inline scripts it was built with (React's
// data, Next's bootstrap), which carry no nonce and are refused by the Content Security Policy
// of the pages that sign in or write (lib/security-headers.js). With this hole the page is a
// partial prerender: its HTML shell is still prerendered, and its inline scripts are written
// per request with the nonce. The cached public pages leave it out.
export function PerRequestScripts() {
  return (
    <Suspense>
      <WaitForRequest />
    </Suspense>
  );
}
