import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { IntakeScreen } from "@/components/intake-screen";

export const metadata: Metadata = { title: "Read an article" };

export default async function IntakePage() {
  await requirePermission("change:propose");
  return (
    <>
      <h1>Read an article</h1>
      <p className="muted">
        Paste a news report, or pick a registered source: Amity suggests the places, people, organisations, ties, visits and agreements it
        names, each with its passage. What you keep goes to a reviewer as one change.
      </p>
      <IntakeScreen />
    </>
  );
}
