"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { Field, FormError } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

const schema = z.object({ body: z.string().trim().min(1, "Write a comment first").max(4000, "At most 4,000 characters") });
type CommentInput = z.infer<typeof schema>;

export function CommentForm({ action }: { action: (body: string) => Promise<ActionResult> }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<CommentInput>({
    resolver: zodResolver(schema),
    defaultValues: { body: "" },
  });
  const { errors, isSubmitting } = formState;
  async function onSubmit({ body }: CommentInput) {
    const result = await action(body);
    if (result.ok) return reset();
    showActionErrors(result, setError);
  }
  return (
    <form className="stack-sm" onSubmit={handleSubmit(onSubmit)} noValidate>
      <FormError message={errors.root?.message} />
      <Field id="body" label="Add a comment" error={errors.body?.message}>
        <textarea id="body" rows={2} aria-invalid={!!errors.body} aria-describedby="body-error" {...register("body")} />
      </Field>
      <div>
        <button type="submit" className="secondary" disabled={isSubmitting}>
          Comment
        </button>
      </div>
    </form>
  );
}
