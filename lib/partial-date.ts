import { z } from "zod";

// A date with its precision: "2007", "2024-06" or "2024-06-19". Stored as text, which
// sorts chronologically; the length is the precision.
const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export type DatePrecision = "year" | "month" | "day";

export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (!day) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day);
}

export function datePrecision(value: string): DatePrecision {
  return value.length === 4 ? "year" : value.length === 7 ? "month" : "day";
}

// Whether two partial dates can name the same day: a date of lower precision agrees with
// any date it is a prefix of at its own precision ("2010" and "2010-05-23" agree; "2024-05"
// and "2024-06-19" do not).
export function datesAgree(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.startsWith(shorter);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// "2024-06-19" → "19 June 2024"; "2024-06" → "June 2024"; "2007" → "2007".
export function formatPartialDate(value: string | null | undefined): string {
  if (!value) return "";
  const [year, month, day] = value.split("-");
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

// Today's date where it is latest on Earth (UTC+14): no editor's "today" is after it.
export const latestTodayAnywhere = () => new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);

// Why a typed date is refused, in words: a day the calendar lacks (2024-02-30) is named as
// such, since its form is right and "use YYYY-MM-DD" would not say what is wrong.
export function partialDateProblem(value: string, format = "Use YYYY, YYYY-MM or YYYY-MM-DD"): string | null {
  if (isPartialDate(value)) return null;
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/.exec(value);
  if (!match || Number(match[3]) === 0) return format;
  const [, year, month, day] = match;
  return `There is no ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

// A date that may be left empty, as the entry forms ask for it.
export const optionalPartialDate = (format?: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = value === "" ? null : partialDateProblem(value, format);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });

export const partialDateSchema = z
  .string()
  .trim()
  .refine(isPartialDate, "Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2007, 2024-06 or 2024-06-19");

// A moment in the workflow (submitted, approved), to the minute, in UTC.
export function formatTimestamp(date: Date | null | undefined): string {
  return date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—";
}
