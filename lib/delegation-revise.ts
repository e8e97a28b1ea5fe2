import "server-only";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { proposedCitation } from "@/lib/claim-citations";
import { uncited } from "@/lib/claim-citation-schema";
import { refId } from "@/lib/citation-policy";
import { personSchema } from "@/lib/person-schema";
import { claimsOf, DELEGATION_REF } from "@/lib/delegation";
import {
  citedFields,
  DELEGATION_CITED_LISTS,
  DELEGATION_CLAIMS,
  delegationSchema,
  NATIVE_LANGUAGES,
  type DelegationCitations,
  type DelegationFormValues,
  type DelegationInput,
  type NewPerson,
} from "@/lib/delegation-schema";

// A change's item as the revise page reads it; its payload is parsed here, not trusted.
type StoredItem = { recordType: RecordType; operation: ChangeOperation; payload: unknown; ref: string | null; recordId: string | null };

const isNativeLanguage = (lang: string): lang is NewPerson["nativeLang"] => Object.hasOwn(NATIVE_LANGUAGES, lang);

// A person the form added, as the form shows them; null for one it could not have made.
function newPersonFrom(item: StoredItem, items: StoredItem[]): NewPerson | null {
  const person = personSchema.safeParse(item.payload);
  if (item.operation !== "CREATE" || !item.ref?.startsWith("person-") || !person.success) return null;
  const [native, ...others] = person.data.names;
  if (others.length > 0 || person.data.summary || (native && (native.kind !== "NATIVE" || !isNativeLanguage(native.lang)))) return null;
  return {
    ref: item.ref,
    name: person.data.name,
    nativeName: native?.text ?? "",
    nativeLang: native && isNativeLanguage(native.lang) ? native.lang : "zh-Hans",
    citation: proposedCitation(items, "PERSON", refId(item.ref), "exists") ?? uncited(),
  };
}

// Each passage the form gave, found under the first field it supports.
function citationsFrom(items: StoredItem[], content: DelegationInput, recordId: string): DelegationCitations {
  const found = (citation: keyof DelegationCitations) =>
    citedFields(content, citation)
      .map((field) => proposedCitation(items, "DELEGATION", recordId, field))
      .find((c) => c !== null) ?? uncited();
  return Object.fromEntries([...DELEGATION_CLAIMS, ...DELEGATION_CITED_LISTS].map((c) => [c, found(c)])) as DelegationCitations;
}

export type DelegationProposal = { values: DelegationFormValues; delegationId?: string };

// The form's values rebuilt from a change's open items, for its author to revise. Null when
// the items hold anything the form cannot show, since saving it would silently drop that.
export function delegationProposalFrom(items: StoredItem[]): DelegationProposal | null {
  const [main, ...others] = items.filter((item) => item.recordType === "DELEGATION");
  const content = delegationSchema.safeParse(main?.payload);
  if (!content.success || others.length > 0) return null;
  const delegationId = main.operation === "UPDATE" ? main.recordId : null;
  if (!(main.operation === "CREATE" && main.ref === DELEGATION_REF) && !delegationId) return null;
  const people = items.filter((item) => item.recordType === "PERSON").map((item) => newPersonFrom(item, items));
  if (people.some((person) => person === null)) return null;
  const recordId = delegationId ?? refId(DELEGATION_REF);
  const values: DelegationFormValues = {
    ...content.data,
    citations: citationsFrom(items, content.data, recordId),
    newPeople: people as NewPerson[],
  };
  const cited = claimsOf(values, recordId).filter((claim) => claim.citation.sourceId).length;
  if (1 + people.length + cited !== items.length) return null;
  return { values, delegationId: delegationId ?? undefined };
}
