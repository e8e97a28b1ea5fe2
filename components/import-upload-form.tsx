"use client";

import { useRef, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_rethrow } from "next/navigation";
import { uploadListAction } from "@/app/admin/imports/actions";
import { LIST_TOO_LARGE, listUploadSchema, type ListUpload } from "@/lib/import-run-schema";
import { LIST_COLUMNS } from "@/lib/twin-cities-list";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

// The list's file, checked here as soon as it is chosen and again on the server, which also
// reads it: a web page, a file without the list's columns or not in UTF-8 is refused at the field.
export function ImportUploadForm() {
  const { handleSubmit, register, setValue, setError, formState } = useForm<ListUpload>({
    resolver: zodResolver(listUploadSchema),
    defaultValues: { retrievedOn: "" },
  });
  const { errors, isSubmitting } = formState;
  const input = useRef<HTMLInputElement>(null);

  // The file as the input holds it when sent: one chosen before the page came alive has
  // fired no change the form heard.
  function submit(event: FormEvent<HTMLFormElement>) {
    setValue("file", input.current?.files?.[0] as File);
    return handleSubmit(onSubmit)(event);
  }

  async function onSubmit(values: ListUpload) {
    try {
      showActionErrors(await uploadListAction(values), setError);
    } catch (error) {
      unstable_rethrow(error);
      // The server refuses a request body over its limit (next.config.js) before the action runs.
      setError("file", { message: `The server did not take the file. ${LIST_TOO_LARGE}` });
    }
  }

  return (
    <form className="stack card" onSubmit={submit} noValidate aria-label="Upload the list">
      <FormError message={errors.root?.message} />
      <Field
        id="list-file"
        label="The list's CSV file"
        error={errors.file?.message}
        hint={`UTF-8, at most 10 MB; its first line ${LIST_COLUMNS.join(",")}.`}
      >
        <input
          id="list-file"
          ref={input}
          type="file"
          accept=".csv,text/csv"
          {...fieldAria("list-file", errors.file)}
          onChange={(event) => setValue("file", event.target.files?.[0] as File, { shouldValidate: true })}
        />
      </Field>
      <Field
        id="list-retrieved"
        label="Retrieved on"
        error={errors.retrievedOn?.message}
        hint="The day you downloaded the list: the source is dated by it."
      >
        <input id="list-retrieved" type="date" {...fieldAria("list-retrieved", errors.retrievedOn)} {...register("retrievedOn")} />
      </Field>
      <div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Uploading…" : "Upload and match"}
        </button>
      </div>
    </form>
  );
}
