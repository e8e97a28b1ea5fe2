import type { ReactNode } from "react";
import { PerRequestScripts } from "@/components/per-request-scripts";

// Signs people in, so its scripts run under the request's nonce (lib/security-headers.js).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <PerRequestScripts />
    </>
  );
}
