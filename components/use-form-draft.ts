"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { answerOf } from "@/components/ui/show-action-errors";
import { useFormDraftScope, type FormDraftScope } from "@/components/form-draft-provider";

const ENDPOINT = "/admin/api/form-drafts";
const QUIET_MS = 1000;
// Browsers refuse a keepalive request over 64 kB; a larger draft is sent as usual.
const KEEPALIVE_LIMIT = 60_000;

async function request(method: "PUT" | "DELETE", body: object, isLeaving: boolean): Promise<Response> {
  const json = JSON.stringify(body);
  return fetch(ENDPOINT, {
    method,
    headers: { "Content-Type": "application/json" },
    body: json,
    keepalive: isLeaving && json.length < KEEPALIVE_LIMIT,
  });
}

// Sends the form's values a second after typing stops (and at once when the page goes away),
// one request after the other so a discard is never overtaken by an older save. Values the
// same as those last sent are not sent again; values back to what the form opened with
// discard the draft.
function useDraftSaver<T extends FieldValues>(form: UseFormReturn<T>, scope: FormDraftScope | null) {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastSent = useRef<string | null>(null);
  const markSent = useCallback(() => {
    lastSent.current = JSON.stringify(form.getValues());
  }, [form]);
  const send = useCallback(
    (isLeaving: boolean) => {
      if (!scope) return;
      const values = form.getValues();
      const json = JSON.stringify(values);
      if (json === (lastSent.current ?? JSON.stringify(form.formState.defaultValues))) return;
      lastSent.current = json;
      const isUnchanged = json === JSON.stringify(form.formState.defaultValues);
      const run = async () => {
        if (isUnchanged) return request("DELETE", { formKey: scope.formKey }, isLeaving);
        const response = await request("PUT", { formKey: scope.formKey, values, picks: [...scope.picks.values()] }, isLeaving);
        const answer = await response.json().catch(() => ({}));
        if (response.ok) scope.saved(new Date(answer.savedAt));
        else scope.failed(answer.error ?? "Your draft could not be kept; save it as a draft change instead.");
      };
      // A page going away has no time to wait for the queue.
      queue.current = isLeaving ? run() : queue.current.then(run, run);
      queue.current.catch(() => scope.failed("Your draft could not be kept: the server did not answer."));
    },
    [form, scope],
  );
  const discard = useCallback(() => {
    if (!scope) return;
    queue.current = queue.current.then(() => request("DELETE", { formKey: scope.formKey }, true)).catch(() => undefined);
    scope.discarded();
  }, [scope]);
  return useMemo(() => ({ send, discard, markSent }), [send, discard, markSent]);
}

type Saver = { discard: () => void; markSent: () => void };

// Restores the user's kept draft once (a form hidden and shown again by Next keeps its own
// state), and says so; "Discard draft" puts back what the form opened with.
function useRestore<T extends FieldValues>(form: UseFormReturn<T>, scope: FormDraftScope | null, saver: Saver) {
  const isRestored = useRef(false);
  useEffect(() => {
    if (!scope?.kept || isRestored.current) return;
    isRestored.current = true;
    const opened = structuredClone(form.getValues());
    // The opened values stay the defaults, so the form counts as changed; whatever the page
    // holds outside the values (the version it opened, the change it revises) is the server's.
    form.reset({ ...opened, ...scope.kept.values }, { keepDefaultValues: true });
    saver.markSent();
    scope.restored(scope.kept.savedAt, () => {
      form.reset(opened);
      saver.discard();
      saver.markSent();
    });
  }, [form, scope, saver]);
}

// Any react-hook-form form keeps what its user types as a draft inside <FormDraft>
// (components/form-draft.tsx). Wrap the form's server action in `afterSave`: a change
// saved (or a redirect after saving) discards the draft; a refusal keeps it.
export function useFormDraft<T extends FieldValues>(form: UseFormReturn<T>) {
  const scope = useFormDraftScope();
  const saver = useDraftSaver(form, scope);
  const { send, discard, markSent } = saver;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const isSaving = useRef(false);
  useRestore(form, scope, saver);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      send(false);
    }, QUIET_MS);
  }, [send]);

  useEffect(() => {
    if (!scope) return;
    const flush = () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      timer.current = undefined;
      send(true);
    };
    const flushIfHidden = () => document.visibilityState === "hidden" && flush();
    const subscription = form.watch(() => !isSaving.current && schedule());
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flushIfHidden);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flushIfHidden);
      flush();
    };
  }, [form, scope, send, schedule]);

  // A refusal keeps the draft (and sends what was typed meanwhile), as does a failure on the
  // server (answerOf); a saved change discards it, and a redirect after saving also stops
  // further saves, the page being on its way.
  const afterSave = useCallback(
    async <T>(pending: Promise<ActionResult<T>>): Promise<ActionResult<T>> => {
      isSaving.current = true;
      clearTimeout(timer.current);
      timer.current = undefined;
      let result: ActionResult<T>;
      try {
        result = await answerOf(pending);
      } catch (navigation) {
        discard();
        throw navigation;
      }
      isSaving.current = false;
      if (result.ok) {
        discard();
        markSent();
      } else schedule();
      return result;
    },
    [discard, markSent, schedule],
  );

  return { afterSave };
}
