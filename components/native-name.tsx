type Name = { text: string; lang: string };

// Marks each name with its language so the browser picks the right CJK glyph forms.
export function NativeNames({ names }: { names: Name[] }) {
  if (names.length === 0) return null;
  return (
    <span className="native">
      {names.map((name, i) => (
        <span key={`${name.lang}-${name.text}`}>
          {i > 0 && " · "}
          <span lang={name.lang}>{name.text}</span>
        </span>
      ))}
    </span>
  );
}
