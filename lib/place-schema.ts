import { z } from "zod";
import { removalSchema } from "@/lib/removal-schema";
import { COUNTRY_CODES } from "@/lib/countries";
import { PlaceLevel } from "@/lib/generated/prisma/enums";
import { emptyName, nameSchema, MAX_NAMES } from "@/lib/name-schema";
import { mergeSchema } from "@/lib/merge-schema";
import { plainText } from "@/lib/text-rules";

export const PLACE_LEVEL_LABELS: Record<PlaceLevel, string> = {
  COUNTRY: "Country",
  PROVINCE: "Province",
  AUTONOMOUS_REGION: "Autonomous region",
  MUNICIPALITY: "Municipality (直辖市)",
  SPECIAL_ADMINISTRATIVE_REGION: "Special administrative region",
  PREFECTURE: "Prefecture (都道府県)",
  SPECIAL_CITY: "Special city (특별시)",
  METROPOLITAN_CITY: "Metropolitan city (광역시)",
  SPECIAL_SELF_GOVERNING_CITY: "Special self-governing city / province",
  PREFECTURE_LEVEL_CITY: "Prefecture-level city",
  SUB_PROVINCIAL_CITY: "Sub-provincial city",
  COUNTY_LEVEL_CITY: "County-level city",
  CITY: "City",
  SPECIAL_WARD: "Special ward",
  DISTRICT: "District (区 / 구)",
  COUNTY: "County (县 / 郡 / 군)",
  TOWN: "Town",
  VILLAGE: "Village",
  OTHER: "Other",
  UNKNOWN: "Not yet known",
};

const coordinate = (label: string, limit: number) =>
  z
    .number(`${label} must be a number`)
    .min(-limit, `${label} must be between -${limit} and ${limit}`)
    .max(limit, `${label} must be between -${limit} and ${limit}`)
    .nullable();

// One schema for the form (react-hook-form resolver) and the server action. Its input
// and output are the same shape, so the server re-validates exactly what the form sent.
export const placeSchema = z.object({
  name: plainText().min(2, "Enter the place's English name").max(120, "At most 120 characters"),
  country: z.enum(COUNTRY_CODES, "Choose a country"),
  level: z.enum(PlaceLevel, "Choose the administrative level"),
  parentId: z.string().min(1).max(100).nullable(),
  names: z.array(nameSchema).max(MAX_NAMES, `At most ${MAX_NAMES} names`),
  latitude: coordinate("Latitude", 90),
  longitude: coordinate("Longitude", 180),
  summary: plainText({ multiline: true }).max(2000, "At most 2,000 characters"),
});

export type PlaceInput = z.infer<typeof placeSchema>;

export const PLACE_FIELD_LABELS: Record<keyof PlaceInput, string> = {
  name: "English name",
  country: "Country",
  level: "Administrative level",
  parentId: "Part of",
  names: "Names in other scripts",
  latitude: "Latitude",
  longitude: "Longitude",
  summary: "Summary",
};

// A function: each new form gets names with ids of its own.
export const emptyPlace = (): PlaceInput => ({
  name: "",
  country: "CN",
  level: "CITY",
  parentId: null,
  names: [emptyName("zh-Hans")],
  latitude: null,
  longitude: null,
  summary: "",
});

// The claims about a place that a citation can support.
export const PLACE_CLAIM_LABELS: Record<string, string> = {
  exists: "That the place exists",
  name: PLACE_FIELD_LABELS.name,
  level: PLACE_FIELD_LABELS.level,
  parentId: PLACE_FIELD_LABELS.parentId,
  latitude: "Coordinates",
  summary: PLACE_FIELD_LABELS.summary,
};

export const placeRemovalSchema = removalSchema("place");

export const placeMergeSchema = mergeSchema("place");
