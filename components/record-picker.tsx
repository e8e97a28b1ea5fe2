"use client";

import { useEffect, useState, type JSX, type Ref } from "react";
import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from "downshift";
import { useController, type Control, type FieldPath, type FieldValues } from "react-hook-form";
import { Field } from "@/components/ui/field";
import type { MatchedRecord, PickableType, PickedRecord } from "@/lib/record-picker-schema";
import { useRecordSearch, type Answer } from "@/components/use-record-search";
import { useDraftPicks, useFormDraftScope } from "@/components/form-draft-provider";

export type { PickableType, PickedRecord };

// The records a form's pickers have shown, by id: what each picker shows for an id already
// chosen, and what other fields say about it ("the party").
export type Picked = Record<string, PickedRecord>;

// Grows as the editor picks, so that a picker rendered again (a row added or removed) still
// names its record. Starts with the records of a kept draft too: the form restores their ids.
export function usePickedRecords(initial: Picked) {
  const scope = useFormDraftScope();
  const [picked, setPicked] = useState<Picked>(() => ({
    ...Object.fromEntries((scope?.kept?.picks ?? []).map((record) => [record.id, record])),
    ...initial,
  }));
  const remember = (record: PickedRecord | null) => {
    if (record) setPicked((known) => ({ ...known, [record.id]: record }));
  };
  return { picked, remember };
}

type RecordPickerProps = {
  id: string;
  label: string;
  types: PickableType[];
  country?: string;
  value: PickedRecord | null;
  onChange: (record: PickedRecord | null) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  exclude?: string[];
};

// What react-hook-form adds: the input's ref (focus on error) and its blur (touched).
type InputProps = RecordPickerProps & { inputRef?: Ref<HTMLInputElement>; onBlur?: () => void };

const { InputBlur, InputChange, InputKeyDownEscape } = useCombobox.stateChangeTypes;

function searchUrl(query: string, types: PickableType[], country: string | undefined): string | null {
  const q = query.trim();
  if (!q) return null;
  const params = new URLSearchParams({ q, types: types.join(",") });
  if (country) params.set("country", country);
  return `/admin/api/records?${params}`;
}

// Typed text that was not picked goes back to the record chosen before; emptied, it clears
// the choice. Escape on an open list also restores the choice (a second Escape clears it).
function keepChoice(state: UseComboboxState<MatchedRecord>, { type, changes }: UseComboboxStateChangeOptions<MatchedRecord>) {
  const restored = { ...changes, inputValue: state.selectedItem?.title ?? "" };
  if (type === InputBlur && !("selectedItem" in changes)) return state.inputValue.trim() ? restored : { ...changes, selectedItem: null };
  if (type === InputKeyDownEscape && state.isOpen) return restored;
  return changes;
}

const placeholderFor = (types: PickableType[]) =>
  types.every((type) => type === "SOURCE") ? "Type a word of its title" : "Type a name, in any script";

function statusOf(url: string | null, answer: Answer | null, shown: number, query: string): string {
  if (!url) return "";
  if (answer?.url !== url) return "Searching…";
  if ("failure" in answer) return answer.failure;
  if (shown === 0) return `No match for “${query.trim()}”`;
  return shown === 1 ? "1 match" : `${shown} matches`;
}

function PickerInput(props: InputProps) {
  const { id, label, types, country, value, onChange, error, hint, placeholder, exclude = [], inputRef, onBlur } = props;
  const [query, setQuery] = useState("");
  const url = searchUrl(query, types, country);
  const answer = useRecordSearch(url);
  const items = url && answer && "records" in answer ? answer.records.filter((record) => !exclude.includes(record.id)) : [];
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps, selectItem } = useCombobox<MatchedRecord>({
    id: `${id}-picker`,
    inputId: id,
    items,
    selectedItem: value,
    itemToString: (record) => record?.title ?? "",
    itemToKey: (record) => record?.id ?? null,
    stateReducer: keepChoice,
    onSelectedItemChange: ({ selectedItem }) =>
      onChange(selectedItem ? { id: selectedItem.id, title: selectedItem.title, detail: selectedItem.detail } : null),
    onInputValueChange: ({ type, inputValue }) => {
      if (type === InputChange) setQuery(inputValue);
    },
    onIsOpenChange: ({ isOpen: opened }) => {
      if (!opened) setQuery("");
    },
  });
  const isListShown = isOpen && items.length > 0;
  const status = statusOf(url, answer, items.length, query);
  const describedBy = [hint && `${id}-hint`, value && `${id}-detail`, error && `${id}-error`].filter(Boolean).join(" ");

  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <div className="picker">
        <div className="picker-control">
          <input
            {...getInputProps({
              ref: inputRef,
              onBlur,
              placeholder: placeholder ?? placeholderFor(types),
              // The <label for> of <Field> names the input; downshift would point at a label id.
              "aria-labelledby": undefined,
              "aria-expanded": isListShown,
              "aria-invalid": !!error,
              "aria-describedby": describedBy || undefined,
            })}
          />
          {value && (
            <button
              type="button"
              className="picker-clear"
              tabIndex={-1}
              aria-label={`Clear ${value.title}`}
              onClick={() => {
                selectItem(null);
                document.getElementById(id)?.focus();
              }}
            >
              ×
            </button>
          )}
        </div>
        <ul {...getMenuProps({ "aria-label": "Suggestions" })} className="picker-list" hidden={!isListShown}>
          {isListShown &&
            items.map((record, index) => (
              <li
                key={record.id}
                className={index === highlightedIndex ? "picker-option is-highlighted" : "picker-option"}
                {...getItemProps({ item: record, index })}
              >
                <span className="picker-title">{record.title}</span>
                <span className="picker-detail">{record.detail}</span>
                {record.matched && <span className="picker-matched">matched: {record.matched}</span>}
              </li>
            ))}
        </ul>
        {value && (
          <span className="picker-chosen" id={`${id}-detail`} hidden={isListShown}>
            {value.detail}
          </span>
        )}
        <p className="picker-status" role="status">
          {status}
        </p>
      </div>
    </Field>
  );
}

// An accessible combobox (WAI-ARIA combobox pattern, through downshift) that finds
// published records of the given kinds by any of their names, in any script.
export function RecordPicker(props: RecordPickerProps): JSX.Element {
  return <PickerInput {...props} />;
}

type RecordPickerFieldProps<T extends FieldValues> = Omit<RecordPickerProps, "value" | "onChange" | "error"> & {
  control: Control<T>;
  name: FieldPath<T>;
  initial?: PickedRecord | null;
  onPick?: (record: PickedRecord | null) => void;
  // What the schema holds when nothing is picked: null for an optional relation, "" for a
  // required one (so that zod answers "Choose the …", not "expected string").
  emptyValue?: "" | null;
};

// The react-hook-form twin: the form holds the picked record's id, or `emptyValue`.
export function RecordPickerField<T extends FieldValues>(props: RecordPickerFieldProps<T>): JSX.Element {
  const { control, name, initial = null, onPick, emptyValue: empty = null, ...picker } = props;
  const { field, fieldState } = useController({ control, name });
  const [picked, setPicked] = useState<PickedRecord | null>(initial);
  // A restored draft holds ids; the draft also keeps the titles they were picked by.
  const draftPicks = useDraftPicks();
  useEffect(() => void draftPicks.remember(initial), [draftPicks, initial]);
  const id: string | null = field.value || null;
  const known = [picked, initial, draftPicks.find(id)].find((record) => record?.id === id);
  const value = id ? (known ?? { id, title: "Unknown record", detail: id }) : null;

  return (
    <PickerInput
      {...picker}
      value={value}
      error={fieldState.error?.message}
      inputRef={field.ref}
      onBlur={field.onBlur}
      onChange={(record) => {
        setPicked(record);
        draftPicks.remember(record);
        field.onChange(record?.id ?? empty);
        onPick?.(record);
      }}
    />
  );
}
