"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { usePickedRecords, type Picked, type PickedRecord } from "@/components/record-picker";
import type { PositionChoice } from "@/lib/delegation";

export type { Picked };
export type PositionChoices = Record<string, PositionChoice[]>;

type Picks = {
  picked: Picked;
  remember: (record: PickedRecord | null) => void;
  positions: PositionChoices;
  learnPositions: (personId: string, choices: PositionChoice[]) => void;
};

const PicksContext = createContext<Picks | null>(null);

// What the delegation form's pickers show for ids already chosen, and the positions each
// chosen person holds, shared by every section of the form.
export function DelegationPicksProvider({
  picked: initialPicks,
  positions: initialPositions,
  children,
}: {
  picked: Picked;
  positions: PositionChoices;
  children: ReactNode;
}) {
  const { picked, remember } = usePickedRecords(initialPicks);
  const [positions, setPositions] = useState(initialPositions);
  const learnPositions = useCallback(
    (personId: string, choices: PositionChoice[]) => setPositions((known) => ({ ...known, [personId]: choices })),
    [],
  );
  const value: Picks = {
    picked,
    remember,
    positions,
    learnPositions,
  };
  return <PicksContext.Provider value={value}>{children}</PicksContext.Provider>;
}

export function usePicks(): Picks {
  const picks = useContext(PicksContext);
  if (!picks) throw new Error("usePicks needs a DelegationPicksProvider");
  return picks;
}

// The positions a published person holds, fetched once per person; none for a person new
// in this change, who holds none yet.
export function usePositions(personId: string | null): PositionChoice[] {
  const { positions, learnPositions } = usePicks();
  const isPublished = !!personId && !personId.startsWith("ref:");
  const known = personId ? positions[personId] : undefined;
  useEffect(() => {
    if (!isPublished || known) return;
    const controller = new AbortController();
    fetch(`/admin/api/people/${encodeURIComponent(personId)}/positions`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { positions: [] }))
      .then((found: { positions: PositionChoice[] }) => learnPositions(personId, found.positions))
      .catch(() => {});
    return () => controller.abort();
  }, [isPublished, known, personId, learnPositions]);
  return known ?? [];
}
