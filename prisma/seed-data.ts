// The demo data: what three real articles (in /work/shared/sources, not part of the repo)
// say about local diplomacy between Jiangsu, Gyeonggi, Licheng, Gangnam and their partners.
//
// The facts are the articles'; every sentence of prose here (summaries, purposes, notes)
// is our own. Quotes are short fragments copied verbatim, and a Source's snapshot holds
// only those fragments (`excerpts`), never the article itself. seed.ts checks that every
// quote below occurs in its source's excerpts, and that every excerpt is fully quoted.
//
// Facts that come from DESIGN.md or general knowledge rather than the articles (native
// names, coordinates, Yangzhou–Nara's exact days, when someone took office) carry no
// citation: a citation must point at a passage that really says it.

import type {
  AgreementKind,
  EventKind,
  FigureQualifier,
  NameKind,
  OrganisationKind,
  PlaceLevel,
  SourceKind,
  TieEventType,
  TieKind,
} from "../lib/generated/prisma/enums";

// ---------- shapes ----------

export type SourceKey = "licheng" | "gyeonggi" | "jiangsu";

// One citation of one claim. `field` is a column of the record it is attached to, or
// "exists" for the claim that the record itself is real; `value` is what the source asserts.
export type Cite = { field: string; source: SourceKey; quote: string; value?: string };

export type SourceSpec = {
  key: SourceKey;
  file: string; // the article's file name in the shared sources folder (checked when present)
  url: string;
  title: string;
  publisher: string;
  lang: string;
  kind: SourceKind;
  publishedOn: string;
  accessedOn: string;
  // The fragments this seed quotes, in the order they appear in the article. Overlapping
  // quotes are written as one fragment; the snapshot joins the fragments with "\n…\n".
  excerpts: string[];
};

export type NameSpec = { text: string; lang: string; kind: NameKind; preferred?: boolean; cites?: Cite[] };

export type PlaceSpec = {
  slug: string;
  name: string;
  country: "CN" | "JP" | "KR";
  level: PlaceLevel;
  parent?: string; // slug; parents are listed before their children
  latitude?: number;
  longitude?: number;
  summary?: string;
  names: NameSpec[];
  cites?: Cite[];
};

export type OrganisationSpec = {
  slug: string;
  name: string;
  kind: OrganisationKind;
  country?: string;
  place?: string;
  summary?: string;
  names: NameSpec[];
  cites?: Cite[];
};

// A position is identified by its person and title, so re-seeding keeps its id (delegations
// and signatures point at it).
export type PositionSpec = {
  title: string;
  place?: string;
  organisation?: string;
  startOn?: string;
  endOn?: string;
  cites?: Cite[];
};

export type PersonSpec = {
  slug: string;
  name: string;
  summary?: string;
  names: NameSpec[];
  positions: PositionSpec[];
  cites?: Cite[];
};

export type PositionRef = { person: string; title: string };

export type DelegationSpec = {
  slug: string;
  title: string;
  leader?: string;
  leaderPosition?: PositionRef;
  leaderTitle?: string;
  sendingPlace?: string;
  sendingOrganisation?: string;
  startOn?: string;
  endOn?: string;
  purpose?: string;
  cites?: Cite[];
  members: { person: string; position?: PositionRef; title?: string; cites?: Cite[] }[];
  stops: { place: string; startOn?: string; endOn?: string; cites?: Cite[] }[];
  meetings: {
    person?: string;
    organisation?: string;
    place?: string;
    counterpartTitle?: string;
    occurredOn?: string;
    summary?: string;
    cites?: Cite[];
  }[];
  siteVisits: { name: string; organisation?: string; place?: string; occurredOn?: string; cites?: Cite[] }[];
  gifts: {
    description: string;
    fromPlace?: string;
    toPlace?: string;
    toOrganisation?: string;
    occurredOn?: string;
    cites?: Cite[];
  }[];
};

export type EventSpec = {
  slug: string;
  name: string;
  kind: EventKind;
  startOn?: string;
  endOn?: string;
  place?: string;
  organiser?: string;
  delegation?: string;
  isRecurring?: boolean;
  summary?: string;
  cites?: Cite[];
};

export type AgreementSpec = {
  slug: string;
  title: string;
  kind: AgreementKind;
  signedOn?: string;
  venue?: string;
  venuePlace?: string;
  delegation?: string;
  event?: string;
  summary?: string;
  cites?: Cite[];
  parties: { place?: string; organisation?: string; cites?: Cite[] }[];
  signatories: { person: string; position?: PositionRef; title?: string; cites?: Cite[] }[];
  fields: { name: string; cites?: Cite[] }[];
};

export type TieSpec = {
  places: [string, string]; // slugs, in any order: seed.ts orders the pair
  summary?: string;
  cites?: Cite[];
  events: {
    type: TieEventType;
    kind?: TieKind;
    term?: string;
    occurredOn?: string;
    agreement?: string;
    note?: string;
    cites?: Cite[];
  }[];
};

export type FigureSpec = {
  label: string;
  value: number;
  qualifier?: FigureQualifier;
  unit?: string;
  asOf?: string;
  place?: string;
  organisation?: string;
  tie?: [string, string];
  cites?: Cite[];
};

export type UserSpec = { email: string; name: string; password: string; role: "ADMIN" | "REVIEWER" | "EDITOR" };

const cite = (field: string, source: SourceKey, quote: string, value?: string): Cite => ({
  field,
  source,
  quote,
  value,
});

// ---------- accounts ----------

// Known logins, for the demo only: a real installation gets its first admin from
// `npm run admin:create` and never runs the seed.
export function demoUsers(): UserSpec[] {
  return [
    { email: "admin@amity.test", name: "Demo Admin", password: "amity-admin", role: "ADMIN" },
    { email: "reviewer@amity.test", name: "Demo Reviewer", password: "amity-reviewer", role: "REVIEWER" },
    { email: "reviewer2@amity.test", name: "Second Reviewer", password: "amity-reviewer", role: "REVIEWER" },
    { email: "editor@amity.test", name: "Demo Editor", password: "amity-editor", role: "EDITOR" },
    { email: "editor2@amity.test", name: "Second Editor", password: "amity-editor", role: "EDITOR" },
  ];
}

// ---------- sources ----------

export const SOURCES: SourceSpec[] = [
  {
    key: "licheng",
    file: "licheng-gangnam.txt",
    url: "https://demo.amity.test/sources/licheng-gangnam",
    title: "Licheng District, Jinan and Gangnam District, Seoul: Deepening Exchanges and Renewing Sister City Ties",
    publisher: "China.org.cn",
    lang: "en", // with Chinese paragraphs alongside the English
    kind: "NEWS",
    publishedOn: "2025-04-18",
    accessedOn: "2026-11-21",
    excerpts: [
      "Licheng District, Jinan and Gangnam District, Seoul",
      "On April 10, Wen Haisheng, a member of the Standing Committee of the Licheng District CPC Committee and Deputy Mayor of Jinan's Licheng District",
      "accompanied a Jinan delegation on an inspection and exchange visit to South Korea",
      "he held discussions with Kim Jin-man, Deputy Mayor of Gangnam District",
      "Sim Hyuk-bo, Director of the Planning and Economy Bureau",
      "Seo Won-hee, Chief of the Budget Section",
      "Wen presented Gangnam District the iconic Licheng-themed painting Autumn Colors on the Que and Hua Mountains",
      "济南市历城区委常委、副区长文海生随济南市访问团赴韩国考察交流",
      "与江南区副区厅长金镇万、企划经济局局长沈赫宝、预算科长徐元熙等展开座谈交流",
      "将具有历城特色的《鹊华秋色图》赠予江南区",
      "Licheng District and Gangnam District officially became sister cities in 2007",
      "历城区与江南区于2007年结为友好合作城市",
    ],
  },
  {
    key: "gyeonggi",
    file: "gyeonggi-jiangsu-sisterhood.txt",
    url: "https://demo.amity.test/sources/gyeonggi-jiangsu-sisterhood",
    title: "From Friendship to Sisterhood: Gyeonggi Province and Jiangsu Province",
    publisher: "Gyeonggi Province",
    lang: "en",
    kind: "OFFICIAL",
    // The article says only "On May 19"; the year is 2024 per the Jiangsu report.
    publishedOn: "2024-06",
    accessedOn: "2026-11-21",
    excerpts: [
      "Gyeonggi Province has officially established a sisterhood relationship with Jiangsu Province",
      "On May 19, Gyeonggi Province Governor Dong-yeon Kim and Jiangsu Party Secretary Xin Changxing met at Dodamso, the historic former gubernatorial residence of Gyeonggi Province",
      "Gyeonggi Province and Jiangsu Province first forged a friendly relationship in 2011",
      "Strengthening industrial partnerships in sectors such as semiconductors, new energy, and auto parts",
      "Promoting friendly exchanges in tourism, culture, and education",
      'the two leaders signed the "Sisterhood Agreement between Gyeonggi Province and Jiangsu Province,"',
      "Representative Park Jung from the Korea-China Parliamentary Friendship Association",
      "Park Seung-hee, President of Samsung Electronics' Corporate Relations",
      "Lee Soo-il, CEO and Vice Chairman of Hankook Tire & Technology",
      "After the ceremony, Party Secretary Xin, his delegation",
      "Hao Peng, the Party Secretary of Liaoning Province",
      "Gyeonggi Province now has sisterhood relationships with Guangdong Province, China's largest economy; Jiangsu Province, the second largest; and Shandong Province, the third largest",
    ],
  },
  {
    key: "jiangsu",
    file: "jiangsu-delegation-japan-korea.txt",
    url: "https://demo.amity.test/sources/jiangsu-delegation-japan-korea",
    title: "Jiangsu delegation's trip to Japan and South Korea is intensive and fruitful",
    publisher: "Jiangsu provincial news report", // machine-translated from Chinese
    lang: "en",
    kind: "NEWS",
    publishedOn: "2024-06",
    accessedOn: "2026-11-21",
    excerpts: [
      "Recently, Mr. Xin Changxing, Secretary of Jiangsu Provincial Party Committee, led a delegation from Jiangsu Province to Japan and South Korea",
      "Jiangsu - Japan open innovation cooperation and exchange meeting",
      "China (Jiangsu) - South Korea economic and trade cooperation and exchange meeting",
      "The first stop of the delegation's visit to Japan was Nara Prefecture",
      "In 2010, Yangzhou City and Nara City formally concluded a friendship city",
      "Just last year, the two places also carried out an exchange of interaction",
      "Yangzhou invited Nara, Japan and Gyeongju, South Korea to participate in the Mayor's Dialogue",
      'released the "jointly build" East Asian Cultural Capital "Yangzhou Initiative"',
      "The delegation also met with Takatoshi Nishiwaki, Governor of Kyoto Prefecture",
      "As early as May 1989, Ayabe City of Kyoto Prefecture and Changshu City formally established a friendship city relationship",
      "becoming Changshu's first international friendship city",
      "Fukuoka Prefecture, which the delegation visited",
      "As early as 1992, Jiangsu and Fukuoka concluded a friendship province and prefecture",
      "In 2002, on the occasion of the 10th anniversary of the friendship between the two prefectures, Jiangsu Province presented Fukuoka Prefecture with Taihu stones",
      "Yohei Kono, President of Japan Association for the Promotion of International Trade (JAPAN)",
      "Kenhiko Ishiguro, President of Japan External Trade Organization (JETRO)",
      "Japan Trade Promotion Organization (JTPA)",
      "Japan International Trade Promotion Association in 1954",
      "Last July, Ishiguro Kenihiko to Jiangsu inspection and exchange",
      "Ishiguro Kenhiko assumed office as chairman of the board of directors",
      "The name of Japanese director Ryo Takeuchi also appeared in the news coverage of the delegation's visit to Japan",
      "Noboru Changxing encouraged him to continue to produce excellent works",
      "From June 19 to 20, a delegation from Jiangsu Province paid a study visit to South Korea",
      "Korean Prime Minister Han Deok-soo met with Provincial Party Secretary Xin Changxing and his delegation",
      "The delegation also had exchanges with the Ministry of Industry, Trade and Resources and the cities of Gyeonggi and Seoul, and visited SK Group",
      "with more than 6,500 Korean enterprises in Suzhou",
      "June 19, Jiangsu and Gyeonggi Province formally signed the two provinces and provinces Road friendship agreement",
      "So far, Jiangsu and South Korea to establish 33 pairs of friendship city relations",
      "Gyeonggi-do is located in Seoul's",
      "Back in 2011, Jiangsu and Gyeonggi Province signed a friendship exchange and cooperation agreement",
      "the Jiangsu delegation in South Korea to visit another city is Seoul",
      '"continue to deepen practical cooperation in various fields" is the two sides talked to reach a consensus',
      'Just a few days ago, with the "Er" hand in hand - "Water Rhythm Jiangsu" (Seoul) culture and tourism promotion activities held in Seoul',
    ],
  },
];

// Quotes used more than once.
const Q = {
  xinLed:
    "Mr. Xin Changxing, Secretary of Jiangsu Provincial Party Committee, led a delegation from Jiangsu Province to Japan and South Korea",
  xinPosition: "Mr. Xin Changxing, Secretary of Jiangsu Provincial Party Committee",
  mayNineteen: "On May 19, Gyeonggi Province Governor Dong-yeon Kim and Jiangsu Party Secretary Xin Changxing met at Dodamso",
  juneNineteen: "June 19, Jiangsu and Gyeonggi Province formally signed",
  dodamso: "Dodamso, the historic former gubernatorial residence of Gyeonggi Province",
  agreementTitle: 'the two leaders signed the "Sisterhood Agreement between Gyeonggi Province and Jiangsu Province,"',
  koreaDates: "From June 19 to 20, a delegation from Jiangsu Province paid a study visit to South Korea",
  koreaExchanges:
    "The delegation also had exchanges with the Ministry of Industry, Trade and Resources and the cities of Gyeonggi and Seoul, and visited SK Group",
  kyoto: "The delegation also met with Takatoshi Nishiwaki, Governor of Kyoto Prefecture",
  kono: "Yohei Kono, President of Japan Association for the Promotion of International Trade (JAPAN)",
  ishiguro: "Kenhiko Ishiguro, President of Japan External Trade Organization (JETRO)",
  takeuchi: "The name of Japanese director Ryo Takeuchi also appeared in the news coverage of the delegation's visit to Japan",
  han: "Korean Prime Minister Han Deok-soo met with Provincial Party Secretary Xin Changxing and his delegation",
  gyeonggiSisters:
    "Gyeonggi Province now has sisterhood relationships with Guangdong Province, China's largest economy; Jiangsu Province, the second largest; and Shandong Province, the third largest",
  wen: "Wen Haisheng, a member of the Standing Committee of the Licheng District CPC Committee and Deputy Mayor of Jinan's Licheng District",
  aprilTen: "On April 10, Wen Haisheng",
  jinanDelegation: "accompanied a Jinan delegation on an inspection and exchange visit to South Korea",
  wenZh: "济南市历城区委常委、副区长文海生随济南市访问团赴韩国考察交流",
  gangnamZh: "与江南区副区厅长金镇万、企划经济局局长沈赫宝、预算科长徐元熙等展开座谈交流",
  kimJinMan: "he held discussions with Kim Jin-man, Deputy Mayor of Gangnam District",
  sim: "Sim Hyuk-bo, Director of the Planning and Economy Bureau",
  seo: "Seo Won-hee, Chief of the Budget Section",
  lichengTitle: "Licheng District, Jinan and Gangnam District, Seoul",
} as const;

// ---------- places ----------

export const PLACES: PlaceSpec[] = [
  {
    slug: "china",
    name: "China",
    country: "CN",
    level: "COUNTRY",
    latitude: 35.86,
    longitude: 104.2,
    names: [
      { text: "中国", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "中國", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "中华人民共和国", lang: "zh-Hans", kind: "ALIAS" },
      { text: "中華人民共和國", lang: "zh-Hant", kind: "ALIAS" },
      { text: "Zhōngguó", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
      { text: "People's Republic of China", lang: "en", kind: "ALIAS" },
    ],
  },
  {
    slug: "japan",
    name: "Japan",
    country: "JP",
    level: "COUNTRY",
    latitude: 36.2,
    longitude: 138.25,
    names: [
      { text: "日本", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Nihon", lang: "ja-Latn", kind: "ROMANIZATION" },
    ],
  },
  {
    slug: "south-korea",
    name: "South Korea",
    country: "KR",
    level: "COUNTRY",
    latitude: 35.91,
    longitude: 127.77,
    names: [
      { text: "대한민국", lang: "ko", kind: "NATIVE", preferred: true },
      { text: "Daehan Minguk", lang: "ko-Latn", kind: "ROMANIZATION" },
      { text: "Republic of Korea", lang: "en", kind: "ALIAS" },
    ],
  },
  // --- China ---
  {
    slug: "jiangsu",
    name: "Jiangsu Province",
    country: "CN",
    level: "PROVINCE",
    parent: "china",
    latitude: 32.97,
    longitude: 119.46,
    summary:
      "Coastal province of eastern China on the lower Yangtze, and one of the most active Chinese provinces in ties with Japan and Korea.",
    names: [
      { text: "江苏省", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "江蘇省", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "Jiāngsū", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
      { text: "Jiangsu", lang: "en", kind: "ALIAS" },
    ],
    cites: [cite("exists", "jiangsu", "a delegation from Jiangsu Province to Japan and South Korea")],
  },
  {
    slug: "suzhou",
    name: "Suzhou",
    country: "CN",
    level: "PREFECTURE_LEVEL_CITY",
    parent: "jiangsu",
    latitude: 31.3,
    longitude: 120.62,
    summary: "Prefecture-level city in southern Jiangsu, home to a large community of Korean companies.",
    names: [
      { text: "苏州市", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "蘇州市", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "Sūzhōu", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
    ],
    cites: [cite("exists", "jiangsu", "Korean enterprises in Suzhou")],
  },
  {
    slug: "changshu",
    name: "Changshu",
    country: "CN",
    level: "COUNTY_LEVEL_CITY",
    parent: "suzhou",
    latitude: 31.65,
    longitude: 120.75,
    summary: "County-level city administered by Suzhou.",
    names: [
      // 常熟市 is written the same in traditional characters, so there is no zh-Hant row.
      { text: "常熟市", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "Chángshú", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
    ],
    cites: [cite("exists", "jiangsu", "Changshu City formally established a friendship city relationship")],
  },
  {
    slug: "yangzhou",
    name: "Yangzhou",
    country: "CN",
    level: "PREFECTURE_LEVEL_CITY",
    parent: "jiangsu",
    latitude: 32.39,
    longitude: 119.41,
    summary: "Prefecture-level city in central Jiangsu on the Grand Canal.",
    names: [
      { text: "扬州市", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "揚州市", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "Yángzhōu", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
    ],
    cites: [cite("exists", "jiangsu", "In 2010, Yangzhou City and Nara City formally concluded a friendship city")],
  },
  {
    slug: "shandong",
    name: "Shandong Province",
    country: "CN",
    level: "PROVINCE",
    parent: "china",
    latitude: 36.3,
    longitude: 118.2,
    summary: "Province of eastern China facing the Korean peninsula across the Yellow Sea.",
    names: [
      { text: "山东省", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "山東省", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "Shāndōng", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
      { text: "Shandong", lang: "en", kind: "ALIAS" },
    ],
    cites: [cite("exists", "gyeonggi", "Shandong Province, the third largest")],
  },
  {
    slug: "jinan",
    name: "Jinan",
    country: "CN",
    level: "SUB_PROVINCIAL_CITY",
    parent: "shandong",
    latitude: 36.65,
    longitude: 117.12,
    summary: "Capital of Shandong Province.",
    names: [
      { text: "济南市", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "濟南市", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "Jǐnán", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
    ],
    cites: [cite("exists", "licheng", Q.jinanDelegation)],
  },
  {
    slug: "licheng",
    name: "Licheng District",
    country: "CN",
    level: "DISTRICT",
    parent: "jinan",
    latitude: 36.68,
    longitude: 117.07,
    summary: "District of Jinan, tied to Gangnam District in Seoul since 2007.",
    names: [
      { text: "历城区", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "歷城區", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "Lìchéng Qū", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
    ],
    cites: [cite("exists", "licheng", Q.lichengTitle), cite("parentId", "licheng", "Deputy Mayor of Jinan's Licheng District", "jinan")],
  },
  {
    slug: "guangdong",
    name: "Guangdong Province",
    country: "CN",
    level: "PROVINCE",
    parent: "china",
    latitude: 23.38,
    longitude: 113.42,
    summary: "Southern Chinese province, the country's largest provincial economy.",
    names: [
      { text: "广东省", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "廣東省", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "Guǎngdōng", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
      { text: "Guangdong", lang: "en", kind: "ALIAS" },
    ],
    cites: [cite("exists", "gyeonggi", "Guangdong Province, China's largest economy")],
  },
  {
    slug: "liaoning",
    name: "Liaoning Province",
    country: "CN",
    level: "PROVINCE",
    parent: "china",
    latitude: 41.3,
    longitude: 122.6,
    summary: "Province of north-eastern China bordering North Korea.",
    names: [
      { text: "辽宁省", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "遼寧省", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "Liáoníng", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
    ],
    cites: [cite("exists", "gyeonggi", "Hao Peng, the Party Secretary of Liaoning Province")],
  },
  // --- Japan ---
  {
    slug: "fukuoka-prefecture",
    name: "Fukuoka Prefecture",
    country: "JP",
    level: "PREFECTURE",
    parent: "japan",
    latitude: 33.61,
    longitude: 130.42,
    summary: "Prefecture in northern Kyushu, Jiangsu's friendship partner since 1992.",
    names: [
      { text: "福岡県", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Fukuoka-ken", lang: "ja-Latn", kind: "ROMANIZATION" },
      { text: "福冈县", lang: "zh-Hans", kind: "ALIAS" },
      { text: "후쿠오카현", lang: "ko", kind: "ALIAS" },
    ],
    cites: [cite("exists", "jiangsu", "Fukuoka Prefecture, which the delegation visited")],
  },
  {
    slug: "nara-prefecture",
    name: "Nara Prefecture",
    country: "JP",
    level: "PREFECTURE",
    parent: "japan",
    latitude: 34.3,
    longitude: 135.83,
    summary: "Prefecture in the Kansai region, around the ancient capital of Nara.",
    names: [
      { text: "奈良県", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Nara-ken", lang: "ja-Latn", kind: "ROMANIZATION" },
    ],
    cites: [cite("exists", "jiangsu", "The first stop of the delegation's visit to Japan was Nara Prefecture")],
  },
  {
    slug: "nara",
    name: "Nara",
    country: "JP",
    level: "CITY",
    parent: "nara-prefecture",
    latitude: 34.685,
    longitude: 135.805,
    summary: "Capital city of Nara Prefecture and Yangzhou's friendship city since 2010.",
    names: [
      { text: "奈良市", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Nara-shi", lang: "ja-Latn", kind: "ROMANIZATION" },
    ],
    cites: [cite("exists", "jiangsu", "Yangzhou City and Nara City")],
  },
  {
    slug: "kyoto-prefecture",
    name: "Kyoto Prefecture",
    country: "JP",
    level: "PREFECTURE",
    parent: "japan",
    latitude: 35.25,
    longitude: 135.45,
    summary: "Prefecture in the Kansai region around the city of Kyoto.",
    names: [
      { text: "京都府", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Kyōto-fu", lang: "ja-Latn", kind: "ROMANIZATION" },
    ],
    cites: [cite("exists", "jiangsu", "Governor of Kyoto Prefecture")],
  },
  {
    slug: "ayabe",
    name: "Ayabe",
    country: "JP",
    level: "CITY",
    parent: "kyoto-prefecture",
    latitude: 35.3,
    longitude: 135.26,
    summary: "City in northern Kyoto Prefecture, Changshu's first international friendship city.",
    names: [
      { text: "綾部市", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Ayabe-shi", lang: "ja-Latn", kind: "ROMANIZATION" },
    ],
    cites: [
      cite("exists", "jiangsu", "Ayabe City of Kyoto Prefecture"),
      cite("parentId", "jiangsu", "Ayabe City of Kyoto Prefecture", "kyoto-prefecture"),
    ],
  },
  // --- Korea ---
  {
    slug: "seoul",
    name: "Seoul",
    country: "KR",
    level: "SPECIAL_CITY",
    parent: "south-korea",
    latitude: 37.5665,
    longitude: 126.978,
    summary: "Capital of South Korea.",
    names: [
      { text: "서울특별시", lang: "ko", kind: "NATIVE", preferred: true },
      { text: "서울", lang: "ko", kind: "ALIAS" },
      { text: "Seoul Teukbyeolsi", lang: "ko-Latn", kind: "ROMANIZATION" },
      // What Japanese sources call it. Its Chinese name, 首尔市, is left for the intake of the
      // Licheng article to teach (as an editor would: e2e/article-intake.spec.ts).
      { text: "ソウル", lang: "ja", kind: "ALIAS" },
    ],
    cites: [cite("exists", "jiangsu", "the Jiangsu delegation in South Korea to visit another city is Seoul")],
  },
  {
    slug: "gangnam",
    name: "Gangnam District",
    country: "KR",
    level: "DISTRICT",
    parent: "seoul",
    latitude: 37.5172,
    longitude: 127.0473,
    summary: "District (gu) of Seoul south of the Han River.",
    names: [
      { text: "강남구", lang: "ko", kind: "NATIVE", preferred: true },
      { text: "Gangnam-gu", lang: "ko-Latn", kind: "ROMANIZATION" },
      // How the Chinese paragraphs of the Licheng article write it.
      { text: "江南区", lang: "zh-Hans", kind: "VARIANT", cites: [cite("exists", "licheng", "将具有历城特色的《鹊华秋色图》赠予江南区")] },
    ],
    cites: [cite("exists", "licheng", Q.lichengTitle), cite("parentId", "licheng", "Gangnam District, Seoul", "seoul")],
  },
  {
    slug: "gyeonggi",
    name: "Gyeonggi Province",
    country: "KR",
    level: "PROVINCE",
    parent: "south-korea",
    latitude: 37.41,
    longitude: 127.52,
    summary: "Province surrounding Seoul, South Korea's largest provincial economy, with its seat in Suwon.",
    names: [
      { text: "경기도", lang: "ko", kind: "NATIVE", preferred: true },
      {
        text: "Gyeonggi-do",
        lang: "ko-Latn",
        kind: "ROMANIZATION",
        cites: [cite("exists", "jiangsu", "Gyeonggi-do is located in Seoul's")],
      },
      { text: "Gyeonggi", lang: "en", kind: "ALIAS" },
      // Chinese and Japanese write it in the same characters.
      { text: "京畿道", lang: "zh-Hans", kind: "ALIAS" },
    ],
    cites: [cite("exists", "gyeonggi", "Gyeonggi Province has officially established a sisterhood relationship with Jiangsu Province")],
  },
];

// ---------- organisations ----------

export const ORGANISATIONS: OrganisationSpec[] = [
  {
    slug: "jiangsu-provincial-party-committee",
    name: "Jiangsu Provincial Party Committee",
    kind: "PARTY_COMMITTEE",
    country: "CN",
    place: "jiangsu",
    summary: "The Communist Party of China's committee for Jiangsu Province, led by the provincial Party Secretary.",
    names: [
      { text: "中国共产党江苏省委员会", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "中共江苏省委", lang: "zh-Hans", kind: "ALIAS" },
    ],
    cites: [cite("exists", "jiangsu", "Secretary of Jiangsu Provincial Party Committee")],
  },
  {
    slug: "gyeonggi-provincial-government",
    name: "Gyeonggi Provincial Government",
    kind: "GOVERNMENT",
    country: "KR",
    place: "gyeonggi",
    summary: "The provincial administration of Gyeonggi Province, headed by its elected Governor.",
    names: [{ text: "경기도청", lang: "ko", kind: "NATIVE", preferred: true }],
  },
  {
    slug: "jetro",
    name: "Japan External Trade Organization",
    kind: "GOVERNMENT",
    country: "JP",
    summary: "Japanese government-related agency that promotes trade and investment between Japan and the world.",
    names: [
      { text: "日本貿易振興機構", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "JETRO", lang: "en", kind: "ALIAS", cites: [cite("exists", "jiangsu", "Japan External Trade Organization (JETRO)")] },
    ],
    cites: [cite("exists", "jiangsu", "Japan External Trade Organization (JETRO)")],
  },
  {
    slug: "japan-association-for-the-promotion-of-international-trade",
    name: "Japan Association for the Promotion of International Trade",
    kind: "ASSOCIATION",
    country: "JP",
    summary: "Japanese association, founded in 1954, that promotes trade and economic exchange with China.",
    names: [
      { text: "日本国際貿易促進協会", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "JAPIT", lang: "en", kind: "ALIAS" },
      // Names the machine-translated Jiangsu report gave the same body.
      {
        text: "Japan Trade Promotion Organization",
        lang: "en",
        kind: "VARIANT",
        cites: [cite("exists", "jiangsu", "Japan Trade Promotion Organization (JTPA)")],
      },
      { text: "JTPA", lang: "en", kind: "VARIANT", cites: [cite("exists", "jiangsu", "Japan Trade Promotion Organization (JTPA)")] },
      {
        text: "Japan International Trade Promotion Association",
        lang: "en",
        kind: "VARIANT",
        cites: [cite("exists", "jiangsu", "Japan International Trade Promotion Association in 1954")],
      },
    ],
    cites: [cite("exists", "jiangsu", "Japan Association for the Promotion of International Trade")],
  },
  {
    slug: "sk-group",
    name: "SK Group",
    kind: "COMPANY",
    country: "KR",
    summary: "South Korean conglomerate (chaebol) in energy, chemicals, telecommunications and semiconductors.",
    names: [{ text: "SK그룹", lang: "ko", kind: "NATIVE", preferred: true }],
    cites: [cite("exists", "jiangsu", "visited SK Group")],
  },
  {
    slug: "samsung-electronics",
    name: "Samsung Electronics",
    kind: "COMPANY",
    country: "KR",
    summary: "South Korean electronics and semiconductor maker.",
    names: [{ text: "삼성전자", lang: "ko", kind: "NATIVE", preferred: true }],
    cites: [cite("exists", "gyeonggi", "Park Seung-hee, President of Samsung Electronics' Corporate Relations")],
  },
  {
    slug: "hankook-tire-technology",
    name: "Hankook Tire & Technology",
    kind: "COMPANY",
    country: "KR",
    summary: "South Korean tyre manufacturer.",
    names: [{ text: "한국타이어앤테크놀로지", lang: "ko", kind: "NATIVE", preferred: true }],
    cites: [cite("exists", "gyeonggi", "Lee Soo-il, CEO and Vice Chairman of Hankook Tire & Technology")],
  },
  {
    slug: "korea-china-parliamentary-friendship-association",
    name: "Korea-China Parliamentary Friendship Association",
    kind: "ASSOCIATION",
    country: "KR",
    summary: "Group of members of the Korean National Assembly devoted to relations with China.",
    names: [],
    cites: [cite("exists", "gyeonggi", "Representative Park Jung from the Korea-China Parliamentary Friendship Association")],
  },
];

// ---------- people ----------

export const PEOPLE: PersonSpec[] = [
  {
    slug: "xin-changxing",
    name: "Xin Changxing",
    summary: "Chinese politician, Party Secretary of Jiangsu Province.",
    names: [
      { text: "信长星", lang: "zh-Hans", kind: "NATIVE", preferred: true },
      { text: "信長星", lang: "zh-Hant", kind: "NATIVE", preferred: true },
      { text: "Xìn Chángxīng", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
      // 信长星 read through Japanese: 信 as "Noboru". One person, one more recorded variant.
      {
        text: "Noboru Changxing",
        lang: "en",
        kind: "VARIANT",
        cites: [cite("exists", "jiangsu", "Noboru Changxing encouraged him")],
      },
    ],
    positions: [
      {
        title: "Party Secretary of the Jiangsu Provincial Party Committee",
        place: "jiangsu",
        organisation: "jiangsu-provincial-party-committee",
        startOn: "2023-01", // succeeded Wu Zhenglong in January 2023; not from the articles
        cites: [cite("exists", "jiangsu", Q.xinPosition), cite("exists", "gyeonggi", "Jiangsu Party Secretary Xin Changxing")],
      },
    ],
    cites: [cite("exists", "gyeonggi", "Jiangsu Party Secretary Xin Changxing")],
  },
  {
    slug: "kim-dong-yeon",
    name: "Kim Dong-yeon",
    summary: "South Korean politician and economist, Governor of Gyeonggi Province.",
    names: [
      { text: "김동연", lang: "ko", kind: "NATIVE", preferred: true },
      {
        text: "Dong-yeon Kim",
        lang: "en",
        kind: "ALIAS",
        cites: [cite("exists", "gyeonggi", "Gyeonggi Province Governor Dong-yeon Kim")],
      },
    ],
    positions: [
      {
        title: "Governor of Gyeonggi Province",
        place: "gyeonggi",
        organisation: "gyeonggi-provincial-government",
        startOn: "2022-07",
        cites: [cite("exists", "gyeonggi", "Gyeonggi Province Governor Dong-yeon Kim")],
      },
    ],
    cites: [cite("exists", "gyeonggi", "Gyeonggi Province Governor Dong-yeon Kim")],
  },
  {
    slug: "wen-haisheng",
    name: "Wen Haisheng",
    summary: "Chinese official in Licheng District, Jinan.",
    names: [
      { text: "文海生", lang: "zh-Hans", kind: "NATIVE", preferred: true, cites: [cite("exists", "licheng", "副区长文海生")] },
      { text: "Wén Hǎishēng", lang: "zh-Latn-pinyin", kind: "ROMANIZATION" },
    ],
    positions: [
      {
        title: "Deputy Mayor of Licheng District",
        place: "licheng",
        cites: [cite("exists", "licheng", Q.wen), cite("exists", "licheng", "副区长文海生")],
      },
      {
        title: "Member of the Standing Committee of the Licheng District CPC Committee",
        place: "licheng",
        cites: [cite("exists", "licheng", Q.wen), cite("exists", "licheng", "济南市历城区委常委")],
      },
    ],
    cites: [cite("exists", "licheng", Q.wen)],
  },
  {
    slug: "kim-jin-man",
    name: "Kim Jin-man",
    summary: "South Korean official, Deputy Mayor of Gangnam District.",
    names: [{ text: "金镇万", lang: "zh-Hans", kind: "VARIANT", cites: [cite("exists", "licheng", "江南区副区厅长金镇万")] }],
    positions: [
      {
        title: "Deputy Mayor of Gangnam District",
        place: "gangnam",
        cites: [cite("exists", "licheng", "Kim Jin-man, Deputy Mayor of Gangnam District")],
      },
    ],
    cites: [cite("exists", "licheng", Q.kimJinMan)],
  },
  {
    slug: "sim-hyuk-bo",
    name: "Sim Hyuk-bo",
    summary: "South Korean official in Gangnam District.",
    names: [{ text: "沈赫宝", lang: "zh-Hans", kind: "VARIANT", cites: [cite("exists", "licheng", "企划经济局局长沈赫宝")] }],
    positions: [
      {
        title: "Director of the Planning and Economy Bureau, Gangnam District",
        place: "gangnam",
        cites: [cite("exists", "licheng", Q.sim)],
      },
    ],
    cites: [cite("exists", "licheng", Q.sim)],
  },
  {
    slug: "seo-won-hee",
    name: "Seo Won-hee",
    summary: "South Korean official in Gangnam District.",
    names: [{ text: "徐元熙", lang: "zh-Hans", kind: "VARIANT", cites: [cite("exists", "licheng", "预算科长徐元熙")] }],
    positions: [
      {
        title: "Chief of the Budget Section, Gangnam District",
        place: "gangnam",
        cites: [cite("exists", "licheng", Q.seo)],
      },
    ],
    cites: [cite("exists", "licheng", Q.seo)],
  },
  {
    slug: "han-deok-soo",
    name: "Han Deok-soo",
    summary: "South Korean politician, Prime Minister of South Korea.",
    names: [{ text: "한덕수", lang: "ko", kind: "NATIVE", preferred: true }],
    positions: [
      {
        title: "Prime Minister of South Korea",
        place: "south-korea",
        startOn: "2022-05",
        cites: [cite("exists", "jiangsu", "Korean Prime Minister Han Deok-soo")],
      },
    ],
    cites: [cite("exists", "jiangsu", Q.han)],
  },
  {
    // Canonical English names follow the brief's given-name-first form for Japanese
    // people; the family-name-first romanization is kept as a name row so both match.
    slug: "takatoshi-nishiwaki",
    name: "Takatoshi Nishiwaki",
    summary: "Japanese politician, Governor of Kyoto Prefecture.",
    names: [
      { text: "西脇隆俊", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Nishiwaki Takatoshi", lang: "ja-Latn", kind: "ROMANIZATION" },
    ],
    positions: [
      {
        title: "Governor of Kyoto Prefecture",
        place: "kyoto-prefecture",
        startOn: "2018-04",
        cites: [cite("exists", "jiangsu", "Takatoshi Nishiwaki, Governor of Kyoto Prefecture")],
      },
    ],
    cites: [cite("exists", "jiangsu", Q.kyoto)],
  },
  {
    // The Jiangsu report renders him three different ways, none of them right.
    slug: "norihiko-ishiguro",
    name: "Norihiko Ishiguro",
    summary: "Japanese former trade official, Chairman and CEO of JETRO.",
    names: [
      { text: "石黒憲彦", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Ishiguro Norihiko", lang: "ja-Latn", kind: "ROMANIZATION" },
      { text: "Kenhiko Ishiguro", lang: "en", kind: "VARIANT", cites: [cite("exists", "jiangsu", Q.ishiguro)] },
      {
        text: "Ishiguro Kenihiko",
        lang: "en",
        kind: "VARIANT",
        cites: [cite("exists", "jiangsu", "Last July, Ishiguro Kenihiko to Jiangsu inspection and exchange")],
      },
      {
        text: "Ishiguro Kenhiko",
        lang: "en",
        kind: "VARIANT",
        cites: [cite("exists", "jiangsu", "Ishiguro Kenhiko assumed office as chairman of the board of directors")],
      },
    ],
    positions: [
      {
        title: "Chairman and CEO of JETRO",
        organisation: "jetro",
        cites: [
          cite("exists", "jiangsu", Q.ishiguro),
          cite("exists", "jiangsu", "Ishiguro Kenhiko assumed office as chairman of the board of directors"),
        ],
      },
    ],
    cites: [cite("exists", "jiangsu", Q.ishiguro)],
  },
  {
    slug: "yohei-kono",
    name: "Yohei Kono",
    summary: "Japanese politician, former Speaker of the House of Representatives, who heads a trade association working with China.",
    names: [
      { text: "河野洋平", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Kōno Yōhei", lang: "ja-Latn", kind: "ROMANIZATION" },
    ],
    positions: [
      {
        title: "President of the Japan Association for the Promotion of International Trade",
        organisation: "japan-association-for-the-promotion-of-international-trade",
        cites: [cite("exists", "jiangsu", Q.kono)],
      },
    ],
    cites: [cite("exists", "jiangsu", Q.kono)],
  },
  {
    slug: "ryo-takeuchi",
    name: "Ryo Takeuchi",
    summary: "Japanese documentary director based in Nanjing.",
    names: [
      { text: "竹内亮", lang: "ja", kind: "NATIVE", preferred: true },
      { text: "Takeuchi Ryō", lang: "ja-Latn", kind: "ROMANIZATION" },
    ],
    positions: [],
    cites: [cite("exists", "jiangsu", Q.takeuchi)],
  },
];

// ---------- delegations ----------

export const DELEGATIONS: DelegationSpec[] = [
  {
    slug: "jiangsu-delegation-japan-korea-2024",
    title: "Jiangsu delegation to Japan and South Korea",
    leader: "xin-changxing",
    leaderPosition: { person: "xin-changxing", title: "Party Secretary of the Jiangsu Provincial Party Committee" },
    leaderTitle: "Secretary of the Jiangsu Provincial Party Committee",
    sendingPlace: "jiangsu",
    startOn: "2024-06",
    endOn: "2024-06-20",
    purpose:
      "Provincial visit to Japan (Nara, Kyoto, Fukuoka) and South Korea (Gyeonggi, Seoul) to deepen economic, trade and cultural cooperation; the sisterhood agreement with Gyeonggi was signed during the Korean leg.",
    cites: [
      cite("exists", "jiangsu", Q.xinLed),
      cite("leaderId", "jiangsu", Q.xinLed, "Xin Changxing"),
      cite("leaderTitle", "jiangsu", Q.xinPosition, "Secretary of Jiangsu Provincial Party Committee"),
      cite("sendingPlaceId", "jiangsu", Q.xinLed, "jiangsu"),
      // "Recently", in a report published in June 2024.
      cite(
        "startOn",
        "jiangsu",
        "Recently, Mr. Xin Changxing, Secretary of Jiangsu Provincial Party Committee, led a delegation",
        "2024-06",
      ),
      cite("endOn", "jiangsu", Q.koreaDates, "2024-06-20"),
    ],
    members: [],
    stops: [
      {
        place: "nara-prefecture",
        startOn: "2024-06",
        cites: [cite("exists", "jiangsu", "The first stop of the delegation's visit to Japan was Nara Prefecture")],
      },
      { place: "kyoto-prefecture", startOn: "2024-06", cites: [cite("exists", "jiangsu", Q.kyoto)] },
      {
        place: "fukuoka-prefecture",
        startOn: "2024-06",
        cites: [cite("exists", "jiangsu", "Fukuoka Prefecture, which the delegation visited")],
      },
      {
        place: "gyeonggi",
        startOn: "2024-06-19",
        endOn: "2024-06-20",
        cites: [
          cite("exists", "jiangsu", Q.koreaExchanges),
          cite("startOn", "jiangsu", Q.koreaDates, "2024-06-19"),
          cite("endOn", "jiangsu", Q.koreaDates, "2024-06-20"),
        ],
      },
      {
        place: "seoul",
        startOn: "2024-06-19",
        endOn: "2024-06-20",
        cites: [
          cite("exists", "jiangsu", Q.koreaExchanges),
          cite("exists", "jiangsu", "the Jiangsu delegation in South Korea to visit another city is Seoul"),
          cite("startOn", "jiangsu", Q.koreaDates, "2024-06-19"),
          cite("endOn", "jiangsu", Q.koreaDates, "2024-06-20"),
        ],
      },
    ],
    meetings: [
      {
        person: "takatoshi-nishiwaki",
        place: "kyoto-prefecture",
        counterpartTitle: "Governor of Kyoto Prefecture",
        occurredOn: "2024-06",
        cites: [cite("exists", "jiangsu", Q.kyoto)],
      },
      {
        person: "yohei-kono",
        organisation: "japan-association-for-the-promotion-of-international-trade",
        counterpartTitle: "President of the Japan Association for the Promotion of International Trade",
        occurredOn: "2024-06",
        cites: [cite("exists", "jiangsu", Q.kono)],
      },
      {
        person: "norihiko-ishiguro",
        organisation: "jetro",
        counterpartTitle: "President of Japan External Trade Organization (JETRO)",
        occurredOn: "2024-06",
        summary: 'The report gives his name as "Kenhiko Ishiguro"; he had visited Jiangsu in July 2023.',
        cites: [cite("exists", "jiangsu", Q.ishiguro)],
      },
      {
        person: "ryo-takeuchi",
        counterpartTitle: "Documentary director",
        occurredOn: "2024-06",
        summary: "Xin Changxing encouraged him to keep making documentaries about China for Japanese audiences.",
        cites: [
          cite("exists", "jiangsu", Q.takeuchi),
          cite("exists", "jiangsu", "Noboru Changxing encouraged him to continue to produce excellent works"),
        ],
      },
      {
        person: "han-deok-soo",
        place: "seoul",
        counterpartTitle: "Prime Minister",
        occurredOn: "2024-06",
        cites: [cite("exists", "jiangsu", Q.han)],
      },
      {
        person: "kim-dong-yeon",
        organisation: "gyeonggi-provincial-government",
        place: "gyeonggi",
        counterpartTitle: "Governor of Gyeonggi Province",
        // The day is the disputed signing day (19 May or 19 June), so only the year is stored.
        occurredOn: "2024",
        summary: "Met at Dodamso and signed the sisterhood agreement between the two provinces.",
        cites: [cite("exists", "gyeonggi", Q.mayNineteen), cite("exists", "jiangsu", Q.koreaExchanges)],
      },
      {
        place: "seoul",
        counterpartTitle: "City of Seoul",
        occurredOn: "2024-06",
        summary: "Both sides agreed to keep deepening practical cooperation across fields.",
        cites: [
          cite("exists", "jiangsu", Q.koreaExchanges),
          cite(
            "summary",
            "jiangsu",
            '"continue to deepen practical cooperation in various fields" is the two sides talked to reach a consensus',
          ),
        ],
      },
    ],
    siteVisits: [
      {
        name: "SK Group",
        organisation: "sk-group",
        occurredOn: "2024-06",
        cites: [cite("exists", "jiangsu", "visited SK Group")],
      },
    ],
    gifts: [],
  },
  {
    slug: "jinan-delegation-gangnam-2025",
    title: "Jinan delegation to Gangnam District",
    leader: "wen-haisheng",
    leaderPosition: { person: "wen-haisheng", title: "Deputy Mayor of Licheng District" },
    leaderTitle: "Member of the Standing Committee of the Licheng District CPC Committee and Deputy Mayor of Licheng District",
    sendingPlace: "jinan",
    startOn: "2025-04-10",
    endOn: "2025-04-10",
    purpose:
      "Inspection and exchange visit to South Korea by a Jinan city delegation. The source reports only the talks in Gangnam District, which Wen Haisheng (who accompanied the delegation) held for Licheng; he is recorded as leader of that part.",
    cites: [
      cite("exists", "licheng", Q.jinanDelegation),
      cite("exists", "licheng", Q.wenZh),
      cite("leaderId", "licheng", Q.wen, "Wen Haisheng"),
      cite("leaderTitle", "licheng", Q.wen),
      cite("sendingPlaceId", "licheng", Q.jinanDelegation, "jinan"),
      cite("startOn", "licheng", Q.aprilTen, "2025-04-10"),
      cite("endOn", "licheng", Q.aprilTen, "2025-04-10"),
    ],
    members: [],
    stops: [
      {
        place: "gangnam",
        startOn: "2025-04-10",
        endOn: "2025-04-10",
        cites: [cite("exists", "licheng", Q.kimJinMan), cite("startOn", "licheng", Q.aprilTen, "2025-04-10")],
      },
    ],
    meetings: [
      {
        person: "kim-jin-man",
        place: "gangnam",
        counterpartTitle: "Deputy Mayor of Gangnam District",
        occurredOn: "2025-04-10",
        summary: "Talks on urban development and cooperation in science and technology, education, culture, investment and trade.",
        cites: [cite("exists", "licheng", Q.kimJinMan), cite("exists", "licheng", Q.gangnamZh)],
      },
      {
        person: "sim-hyuk-bo",
        place: "gangnam",
        counterpartTitle: "Director of the Planning and Economy Bureau",
        occurredOn: "2025-04-10",
        cites: [cite("exists", "licheng", Q.sim), cite("exists", "licheng", Q.gangnamZh)],
      },
      {
        person: "seo-won-hee",
        place: "gangnam",
        counterpartTitle: "Chief of the Budget Section",
        occurredOn: "2025-04-10",
        cites: [cite("exists", "licheng", Q.seo), cite("exists", "licheng", Q.gangnamZh)],
      },
    ],
    siteVisits: [],
    gifts: [
      {
        description: "The painting Autumn Colors on the Que and Hua Mountains (鹊华秋色图), a Licheng-themed work",
        fromPlace: "licheng",
        toPlace: "gangnam",
        occurredOn: "2025-04-10",
        cites: [
          cite(
            "exists",
            "licheng",
            "Wen presented Gangnam District the iconic Licheng-themed painting Autumn Colors on the Que and Hua Mountains",
          ),
          cite("exists", "licheng", "将具有历城特色的《鹊华秋色图》赠予江南区"),
          cite("occurredOn", "licheng", Q.aprilTen, "2025-04-10"),
        ],
      },
    ],
  },
];

// ---------- events ----------

export const EVENTS: EventSpec[] = [
  {
    slug: "jiangsu-japan-open-innovation-exchange-meeting-2024",
    name: "Jiangsu–Japan Open Innovation Cooperation and Exchange Meeting",
    kind: "FORUM",
    startOn: "2024-06",
    delegation: "jiangsu-delegation-japan-korea-2024",
    summary: "Business meeting held in Japan during the Jiangsu delegation's 2024 visit.",
    cites: [cite("exists", "jiangsu", "Jiangsu - Japan open innovation cooperation and exchange meeting")],
  },
  {
    slug: "jiangsu-korea-economic-trade-exchange-meeting-2024",
    name: "China (Jiangsu)–South Korea Economic and Trade Cooperation and Exchange Meeting",
    kind: "FORUM",
    startOn: "2024-06",
    delegation: "jiangsu-delegation-japan-korea-2024",
    summary: "Business meeting held in South Korea during the Jiangsu delegation's 2024 visit.",
    cites: [cite("exists", "jiangsu", "China (Jiangsu) - South Korea economic and trade cooperation and exchange meeting")],
  },
  {
    slug: "water-rhythm-jiangsu-seoul-2024",
    name: "“Water Rhythm Jiangsu” culture and tourism promotion, Seoul",
    kind: "PROMOTION",
    // "Just a few days ago", in a report published in June 2024.
    startOn: "2024-06",
    place: "seoul",
    summary:
      "Street promotion of Jiangsu culture and tourism (水韵江苏) in Seoul, with intangible-heritage and photo exhibitions, Kunqu and Huaiju opera and traditional music, part of the 2024 China (Jiangsu)–Korea culture and tourism exchange year.",
    cites: [
      cite("exists", "jiangsu", '"Water Rhythm Jiangsu" (Seoul) culture and tourism promotion activities held in Seoul'),
      cite(
        "startOn",
        "jiangsu",
        'Just a few days ago, with the "Er" hand in hand - "Water Rhythm Jiangsu" (Seoul) culture and tourism promotion activities held in Seoul',
        "2024-06",
      ),
      cite("places", "jiangsu", "culture and tourism promotion activities held in Seoul", "seoul"),
    ],
  },
];

// ---------- agreements ----------

export const AGREEMENTS: AgreementSpec[] = [
  {
    slug: "gyeonggi-jiangsu-sisterhood-agreement",
    title: "Sisterhood Agreement between Gyeonggi Province and Jiangsu Province",
    kind: "SISTERHOOD_AGREEMENT",
    // The two sources disagree on the day (19 May vs 19 June 2024). The record keeps only
    // the precision both agree on; the two citations below carry the conflicting days
    // until a reviewer settles it.
    signedOn: "2024",
    venue: "Dodamso (former gubernatorial residence), Suwon",
    venuePlace: "gyeonggi",
    delegation: "jiangsu-delegation-japan-korea-2024",
    summary:
      "Raises the 2011 friendly-exchange relationship between the two provinces to full sisterhood, with a working group to carry cooperation forward.",
    cites: [
      cite("exists", "gyeonggi", Q.agreementTitle),
      cite("exists", "jiangsu", "formally signed the two provinces and provinces Road friendship agreement"),
      cite("title", "gyeonggi", Q.agreementTitle, "Sisterhood Agreement between Gyeonggi Province and Jiangsu Province"),
      cite("signedOn", "gyeonggi", Q.mayNineteen, "2024-05-19"),
      cite("signedOn", "jiangsu", Q.juneNineteen, "2024-06-19"),
      cite("venue", "gyeonggi", Q.dodamso, "Dodamso"),
      cite("venuePlaceId", "gyeonggi", Q.dodamso, "gyeonggi"),
      cite("delegationId", "gyeonggi", "After the ceremony, Party Secretary Xin, his delegation", "jiangsu-delegation-japan-korea-2024"),
    ],
    parties: [
      { place: "gyeonggi", cites: [cite("exists", "gyeonggi", Q.agreementTitle)] },
      { place: "jiangsu", cites: [cite("exists", "gyeonggi", Q.agreementTitle)] },
    ],
    signatories: [
      {
        person: "kim-dong-yeon",
        position: { person: "kim-dong-yeon", title: "Governor of Gyeonggi Province" },
        title: "Governor of Gyeonggi Province",
        cites: [cite("exists", "gyeonggi", "Gyeonggi Province Governor Dong-yeon Kim")],
      },
      {
        person: "xin-changxing",
        position: { person: "xin-changxing", title: "Party Secretary of the Jiangsu Provincial Party Committee" },
        title: "Party Secretary of Jiangsu",
        cites: [cite("exists", "gyeonggi", "Jiangsu Party Secretary Xin Changxing")],
      },
    ],
    // The key areas Xin Changxing set out at the signing.
    fields: [
      ...["semiconductors", "new energy", "auto parts"].map((name) => ({
        name,
        cites: [
          cite("exists", "gyeonggi", "Strengthening industrial partnerships in sectors such as semiconductors, new energy, and auto parts"),
        ],
      })),
      ...["tourism", "culture", "education"].map((name) => ({
        name,
        cites: [cite("exists", "gyeonggi", "Promoting friendly exchanges in tourism, culture, and education")],
      })),
    ],
  },
  {
    slug: "yangzhou-initiative-2023",
    title: "Jointly Build East Asian Cultural Capital — Yangzhou Initiative",
    kind: "INITIATIVE",
    signedOn: "2023",
    summary: "Issued at a mayors' dialogue hosted by Yangzhou with Nara and Gyeongju, former Culture Cities of East Asia.",
    cites: [
      cite("exists", "jiangsu", 'released the "jointly build" East Asian Cultural Capital "Yangzhou Initiative"'),
      cite("signedOn", "jiangsu", "Just last year, the two places also carried out an exchange of interaction", "2023"),
    ],
    parties: [
      {
        place: "yangzhou",
        cites: [cite("exists", "jiangsu", "Yangzhou invited Nara, Japan and Gyeongju, South Korea to participate in the Mayor's Dialogue")],
      },
      {
        place: "nara",
        cites: [cite("exists", "jiangsu", "Yangzhou invited Nara, Japan and Gyeongju, South Korea to participate in the Mayor's Dialogue")],
      },
    ],
    signatories: [],
    fields: [{ name: "culture" }],
  },
];

// ---------- ties ----------

export const TIES: TieSpec[] = [
  {
    places: ["jiangsu", "gyeonggi"],
    summary: "Friendly exchange since 2011, raised to full sisterhood in 2024.",
    cites: [
      cite("exists", "gyeonggi", "Gyeonggi Province has officially established a sisterhood relationship with Jiangsu Province"),
      cite("exists", "jiangsu", "Back in 2011, Jiangsu and Gyeonggi Province signed a friendship exchange and cooperation agreement"),
    ],
    events: [
      {
        type: "ESTABLISHED",
        kind: "FRIENDSHIP_EXCHANGE",
        term: "friendship exchange and cooperation agreement",
        occurredOn: "2011",
        cites: [
          cite("occurredOn", "gyeonggi", "Gyeonggi Province and Jiangsu Province first forged a friendly relationship in 2011", "2011"),
          cite(
            "occurredOn",
            "jiangsu",
            "Back in 2011, Jiangsu and Gyeonggi Province signed a friendship exchange and cooperation agreement",
            "2011",
          ),
          cite("kind", "jiangsu", "signed a friendship exchange and cooperation agreement", "FRIENDSHIP_EXCHANGE"),
        ],
      },
      {
        type: "UPGRADE",
        kind: "SISTER",
        term: "sisterhood",
        // Disputed day, as on the agreement: keep the year both sources agree on.
        occurredOn: "2024",
        agreement: "gyeonggi-jiangsu-sisterhood-agreement",
        note: 'The Jiangsu report calls it a "friendship agreement"; the sources differ on the day (19 May or 19 June 2024).',
        cites: [
          cite("occurredOn", "gyeonggi", Q.mayNineteen, "2024-05-19"),
          cite("occurredOn", "jiangsu", Q.juneNineteen, "2024-06-19"),
          cite(
            "kind",
            "gyeonggi",
            "Gyeonggi Province has officially established a sisterhood relationship with Jiangsu Province",
            "SISTER",
          ),
          cite("agreementId", "gyeonggi", Q.agreementTitle, "gyeonggi-jiangsu-sisterhood-agreement"),
        ],
      },
    ],
  },
  {
    places: ["jiangsu", "fukuoka-prefecture"],
    summary: "Friendship province–prefecture since 1992, marked by a memorial garden of Taihu stones in Fukuoka.",
    cites: [cite("exists", "jiangsu", "As early as 1992, Jiangsu and Fukuoka concluded a friendship province and prefecture")],
    events: [
      {
        type: "ESTABLISHED",
        kind: "FRIENDSHIP",
        term: "friendship province and prefecture",
        occurredOn: "1992",
        cites: [
          cite("occurredOn", "jiangsu", "As early as 1992, Jiangsu and Fukuoka concluded a friendship province and prefecture", "1992"),
          cite("kind", "jiangsu", "concluded a friendship province and prefecture", "FRIENDSHIP"),
        ],
      },
      {
        type: "ANNIVERSARY",
        occurredOn: "2002",
        note: "10th anniversary: Jiangsu gave Fukuoka Taihu stones for a Friendship Memorial Garden in Higashi-koen Park, in front of Fukuoka City Hall.",
        cites: [
          cite(
            "occurredOn",
            "jiangsu",
            "In 2002, on the occasion of the 10th anniversary of the friendship between the two prefectures, Jiangsu Province presented Fukuoka Prefecture with Taihu stones",
            "2002",
          ),
        ],
      },
    ],
  },
  {
    places: ["yangzhou", "nara"],
    summary: "Friendship cities since 2010, with exchanges in culture, commerce, education and tourism.",
    cites: [cite("exists", "jiangsu", "In 2010, Yangzhou City and Nara City formally concluded a friendship city")],
    events: [
      // The exact days are from DESIGN.md, not from the article, so they are not cited.
      { type: "MEMORANDUM", occurredOn: "2010-02-20" },
      {
        type: "ESTABLISHED",
        kind: "FRIENDSHIP",
        term: "friendship city",
        occurredOn: "2010-05-23",
        cites: [
          cite("occurredOn", "jiangsu", "In 2010, Yangzhou City and Nara City formally concluded a friendship city", "2010"),
          cite("kind", "jiangsu", "formally concluded a friendship city", "FRIENDSHIP"),
        ],
      },
    ],
  },
  {
    places: ["changshu", "ayabe"],
    summary: "Friendship cities since May 1989.",
    cites: [
      cite(
        "exists",
        "jiangsu",
        "As early as May 1989, Ayabe City of Kyoto Prefecture and Changshu City formally established a friendship city relationship",
      ),
    ],
    events: [
      {
        type: "ESTABLISHED",
        kind: "FRIENDSHIP",
        term: "friendship city",
        occurredOn: "1989-05",
        note: "Changshu's first international friendship city.",
        cites: [
          cite(
            "occurredOn",
            "jiangsu",
            "As early as May 1989, Ayabe City of Kyoto Prefecture and Changshu City formally established a friendship city relationship",
            "1989-05",
          ),
          cite("kind", "jiangsu", "formally established a friendship city relationship", "FRIENDSHIP"),
          cite("note", "jiangsu", "becoming Changshu's first international friendship city"),
        ],
      },
    ],
  },
  {
    places: ["licheng", "gangnam"],
    summary: "Friendly cooperation cities since 2007; the English version of the source calls them sister cities.",
    cites: [
      cite("exists", "licheng", "Licheng District and Gangnam District officially became sister cities in 2007"),
      cite("exists", "licheng", "历城区与江南区于2007年结为友好合作城市"),
    ],
    events: [
      {
        type: "ESTABLISHED",
        kind: "FRIENDLY_COOPERATION",
        term: "友好合作城市",
        occurredOn: "2007",
        cites: [
          cite("occurredOn", "licheng", "历城区与江南区于2007年结为友好合作城市", "2007"),
          cite("occurredOn", "licheng", "Licheng District and Gangnam District officially became sister cities in 2007", "2007"),
          cite("kind", "licheng", "历城区与江南区于2007年结为友好合作城市", "FRIENDLY_COOPERATION"),
        ],
      },
    ],
  },
  {
    places: ["gyeonggi", "guangdong"],
    summary: "Sisterhood provinces; the date it was established is not recorded yet.",
    cites: [cite("exists", "gyeonggi", "Gyeonggi Province now has sisterhood relationships with Guangdong Province")],
    events: [
      {
        type: "ESTABLISHED",
        kind: "SISTER",
        term: "sisterhood",
        cites: [cite("kind", "gyeonggi", "Gyeonggi Province now has sisterhood relationships with Guangdong Province", "SISTER")],
      },
    ],
  },
  {
    places: ["gyeonggi", "shandong"],
    summary: "Sisterhood provinces; the date it was established is not recorded yet.",
    cites: [cite("exists", "gyeonggi", Q.gyeonggiSisters)],
    events: [
      {
        type: "ESTABLISHED",
        kind: "SISTER",
        term: "sisterhood",
        cites: [cite("kind", "gyeonggi", Q.gyeonggiSisters, "SISTER")],
      },
    ],
  },
];

// ---------- figures ----------

// A figure has no natural key; (label, place) identifies a demo figure across runs.
export const FIGURES: FigureSpec[] = [
  {
    label: "Friendship-city pairs between Jiangsu and South Korea",
    value: 33,
    unit: "pairs",
    asOf: "2024-06",
    place: "jiangsu",
    cites: [cite("value", "jiangsu", "So far, Jiangsu and South Korea to establish 33 pairs of friendship city relations", "33")],
  },
  {
    label: "Korean enterprises in Suzhou",
    value: 6500,
    qualifier: "MORE_THAN",
    unit: "enterprises",
    asOf: "2024-06",
    place: "suzhou",
    cites: [cite("value", "jiangsu", "with more than 6,500 Korean enterprises in Suzhou", "6500")],
  },
];
