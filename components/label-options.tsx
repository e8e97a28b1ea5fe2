type Props<K extends string> = {
  labels: Readonly<Record<K, string>>;
  // When a select offers fewer codes than the labels name (or in another order): these, in this order.
  only?: readonly K[];
};

// The options of a <select> over a fixed set of codes, each shown by its label. The select keeps
// its own blank option and wiring; this renders only the list, so the codes and labels stay in lib/.
export function LabelOptions<K extends string>({ labels, only }: Props<K>) {
  const codes = only ?? (Object.keys(labels) as K[]);
  return (
    <>
      {codes.map((code) => (
        <option key={code} value={code}>
          {labels[code]}
        </option>
      ))}
    </>
  );
}
