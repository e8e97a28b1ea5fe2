"use client";

import { useState } from "react";
import type { IntakeDraft } from "@/lib/intake";
import { IntakeArticleForm } from "@/components/intake-article-form";
import { IntakeReviewForm } from "@/components/intake-review-form";

// First the article, then the editor's decisions on what it says.
export function IntakeScreen() {
  const [draft, setDraft] = useState<IntakeDraft | null>(null);
  return draft ? <IntakeReviewForm draft={draft} /> : <IntakeArticleForm onAnalysed={setDraft} />;
}
