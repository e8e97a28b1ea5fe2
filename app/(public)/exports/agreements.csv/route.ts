import type { NextRequest } from "next/server";
import { connection } from "next/server";
import { listAgreementRows } from "@/lib/agreement-export";
import { csvResponse } from "@/lib/csv";

// Read at each request, never cached: an export must hold every record published by then,
// and its cache would carry the tag of every record and source in it.
export async function GET(request: NextRequest) {
  await connection();
  return csvResponse(listAgreementRows(request.nextUrl.origin), "amity-agreements.csv");
}
