import type { ReactNode, RefObject } from "react";

// The buttons of a repeating group of fields. Removing a row sends focus to the group's add
// button (the row's own controls are gone), so the add button takes a ref.

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div className="shrink">
      <button type="button" className="secondary" onClick={onClick} aria-label={label}>
        Remove
      </button>
    </div>
  );
}

export function AddRowButton({
  buttonRef,
  onClick,
  children,
}: {
  buttonRef: RefObject<HTMLButtonElement | null>;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <p>
      <button type="button" ref={buttonRef} className="secondary" onClick={onClick}>
        {children}
      </button>
    </p>
  );
}
