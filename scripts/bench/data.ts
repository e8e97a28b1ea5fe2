// The server-side figures: what a page's data costs on a cache miss, in this process, on the
// benchmark database. Each function reads what the page it stands for reads.
import { medianMs, type Figure } from "./measure";
import type { Key, PageRequest } from "../../lib/keyset";

const { prisma } = await import("../../lib/db");
const { getPlaceProfile } = await import("../../lib/place-profile");
const { listPlacesForEditing } = await import("../../lib/place");
const { PAGE_SIZE } = await import("../../lib/keyset");
const { findByName } = await import("../../lib/name-search");
const { listReviewQueue } = await import("../../lib/review-queue");
const { getCoverage } = await import("../../lib/coverage");

type TieCount = { placeId: string; ties: bigint };

// Places whose number of ties is nearest each wanted count (the list's hubs have ~70).
async function placesWithTies(wanted: number[]) {
  const counts = await prisma.$queryRaw<TieCount[]>`
    SELECT placeId, COUNT(*) AS ties FROM (SELECT placeAId AS placeId FROM Tie UNION ALL SELECT placeBId FROM Tie) GROUP BY placeId`;
  const slugs = await Promise.all(
    wanted.map(async (count) => {
      const nearest = counts.reduce((best, row) => (Math.abs(Number(row.ties) - count) < Math.abs(Number(best.ties) - count) ? row : best));
      const place = await prisma.place.findUniqueOrThrow({ where: { id: nearest.placeId }, select: { slug: true } });
      return { slug: place.slug, ties: Number(nearest.ties) };
    }),
  );
  return slugs;
}

async function profileFigures(): Promise<Figure[]> {
  const places = await placesWithTies([22, 49, 74]);
  const figures: Figure[] = [];
  for (const { slug, ties } of places)
    figures.push({ name: `place profile data, ${ties} ties`, value: await medianMs(() => getPlaceProfile(slug)), unit: "ms", target: 2 });
  return figures;
}

// The cursor of the row just before page `n` of a list sorted by (field, id).
async function pageCursor(n: number, row: () => Promise<Key>): Promise<PageRequest> {
  return n === 1 ? null : { direction: "after", key: await row() };
}

async function listFigures(): Promise<Figure[]> {
  const before200 = () =>
    prisma.place
      .findFirstOrThrow({
        where: { retiredAt: null },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        skip: 199 * PAGE_SIZE - 1,
        select: { name: true, id: true },
      })
      .then((p): Key => [p.name, p.id]);
  const figures: Figure[] = [];
  for (const n of [1, 200]) {
    const request = await pageCursor(n, before200);
    figures.push({
      name: `admin places list, page ${n} of ${PAGE_SIZE}`,
      value: await medianMs(() => listPlacesForEditing("", request)),
      unit: "ms",
      target: 3,
    });
  }
  return figures;
}

async function namesIn(langs: string[], count: number) {
  const names = await prisma.name.findMany({ where: { lang: { in: langs }, retiredAt: null }, select: { text: true }, take: count });
  return names.map((n) => n.text);
}

async function searchFigures(): Promise<Figure[]> {
  const latin = (await prisma.place.findMany({ select: { name: true }, skip: 500, take: 40 })).map((p) => p.name.slice(0, 5));
  const scripts = {
    Latin: latin,
    Chinese: await namesIn(["zh-Hans", "zh-Hant"], 40),
    Japanese: await namesIn(["ja"], 40),
    Korean: await namesIn(["ko"], 40),
  };
  const figures: Figure[] = [];
  for (const [script, queries] of Object.entries(scripts)) {
    if (queries.length === 0) continue;
    const value = await medianMs((i) => findByName(prisma, queries[i % queries.length]), 60);
    figures.push({ name: `name search, ${script} (${queries.length} queries)`, value, unit: "ms", target: 3 });
  }
  return figures;
}

async function queueFigures(): Promise<Figure[]> {
  const reviewer = await prisma.user.findFirstOrThrow({ where: { role: "REVIEWER" }, select: { id: true, role: true } });
  const waiting = await prisma.changeRequest.count({ where: { status: "SUBMITTED" } });
  const before200 = () =>
    prisma.changeRequest
      .findFirstOrThrow({
        where: { status: "SUBMITTED" },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        skip: 199 * PAGE_SIZE - 1,
        select: { submittedAt: true, id: true },
      })
      .then((c): Key => [c.submittedAt!.toISOString(), c.id]);
  const figures: Figure[] = [];
  for (const n of [1, 200]) {
    const request = await pageCursor(n, before200);
    figures.push({
      name: `review queue page ${n}, ${waiting} waiting`,
      value: await medianMs(() => listReviewQueue(reviewer, {}, request)),
      unit: "ms",
      target: 5,
    });
  }
  return figures;
}

// The citation coverage report reads every citation's claim once, not every citation.
async function coverageFigures(): Promise<Figure[]> {
  const citations = await prisma.citation.count({ where: { retiredAt: null } });
  return [
    {
      name: `citation coverage report, ${citations} citations`,
      value: await medianMs(() => getCoverage(), 10),
      unit: "ms",
      target: 3,
      note: "whole counts over every citation, not a page of a list",
    },
  ];
}

export async function dataFigures(): Promise<Figure[]> {
  return [
    ...(await profileFigures()),
    ...(await listFigures()),
    ...(await searchFigures()),
    ...(await queueFigures()),
    ...(await coverageFigures()),
  ];
}

export async function profileSlug(): Promise<string> {
  const [{ slug }] = await placesWithTies([49]);
  return slug;
}

// The place with the most ties: the largest profile page there is.
export async function mostLinkedPlace(): Promise<{ slug: string; ties: number }> {
  const [place] = await placesWithTies([Number.MAX_SAFE_INTEGER]);
  return place;
}

// The source most claims cite (the list itself): its page is read a part at a time.
export async function mostCitedSource(): Promise<{ id: string; claims: number }> {
  const [top] = await prisma.citation.groupBy({
    by: ["sourceId"],
    _count: { _all: true },
    orderBy: { _count: { sourceId: "desc" } },
    take: 1,
  });
  return { id: top.sourceId, claims: top._count._all };
}

export const disconnect = () => prisma.$disconnect();
