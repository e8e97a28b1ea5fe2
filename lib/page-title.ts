import "server-only";
import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth";
import { can, type Action } from "@/lib/permissions";

// An admin page about one record is titled with what is done to which record ("Edit place:
// Suwon"), so tabs, bookmarks and the browser's history tell such pages apart. Metadata
// streams beside the page, not behind its guard, so the record is named only to a user the
// page itself would let in; anyone else gets the generic title.
export async function recordPageTitle(action: Action, generic: string, named: () => Promise<string | null | undefined>): Promise<Metadata> {
  const user = await getCurrentUser();
  const title = can(user, action) ? await named() : null;
  return { title: title || generic };
}

// A change is seen by its author and by reviewers, as on its pages (getChangeDetail in
// lib/change-detail.ts).
export async function changePageTitle(changeId: string, action: string, generic: string): Promise<Metadata> {
  const user = await getCurrentUser();
  const change = user && (await prisma.changeRequest.findUnique({ where: { id: changeId }, select: { title: true, authorId: true } }));
  const isVisible = !!change && (change.authorId === user.id || can(user, "change:review"));
  return { title: isVisible ? `${action}: ${change.title}` : generic };
}
