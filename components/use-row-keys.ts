"use client";

import { useState } from "react";

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

// React keys of their own for the rows of a plain list of ids, so that a picker stays with
// its record when a row above it is removed. Rows the list gains from outside (a draft
// restored after the form opened) get fresh keys too.
export function useRowKeys(count: number) {
  const [keys, setKeys] = useState(() => range(0, count));
  const next = Math.max(-1, ...keys) + 1;
  const shown = keys.length >= count ? keys : [...keys, ...range(next, count - keys.length)];
  return {
    keys: shown,
    add: () => setKeys([...shown, Math.max(-1, ...shown) + 1]),
    remove: (index: number) => setKeys(shown.filter((_, i) => i !== index)),
  };
}
