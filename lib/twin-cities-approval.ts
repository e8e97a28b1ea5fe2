import "server-only";
import { prisma } from "@/lib/db";
import { approveChange } from "@/lib/change-review";
import type { Actor } from "@/lib/permissions";

// Approves every waiting change an import of the list proposed, oldest first (the list as a
// source, then the batches in the order their places were proposed): the reviewer's
// "approve all" after reading the batches' samples, and the importer's timing of it.
export async function approveListBatches(reviewer: Actor, authorId: string) {
  const changes = await prisma.changeRequest.findMany({
    where: { authorId, status: "SUBMITTED", title: { startsWith: "Twin-cities list" } },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, revision: true },
  });
  let approved = 0;
  const refused: string[] = [];
  for (const change of changes) {
    const result = await approveChange(reviewer, change.id, "all", { seenRevision: change.revision });
    if (result.ok) approved++;
    else refused.push(`${change.title}: ${result.formError}`);
  }
  return { approved, refused };
}
