// The words that tell where a name written in Chinese, Japanese or Korean begins and ends.
// Chinese writes no spaces, so a place's name runs back from its administrative ending
// (…区, …市) until a word that is no part of a name: a verb of travel or meeting, a
// preposition, a country. General vocabulary only: no name of any place, person or body.

// Words written right before or after a name, never inside one (访问|中区, 朴民浩|访问).
export const HAN_BOUNDARY_WORDS = [
  "访问",
  "拜访",
  "走访",
  "出访",
  "回访",
  "互访",
  "到访",
  "前往",
  "来到",
  "抵达",
  "到达",
  "飞往",
  "飞抵",
  "返回",
  "回到",
  "离开",
  "进入",
  "走进",
  "深入",
  "赠予",
  "赠送",
  "送给",
  "授予",
  "给予",
  "落户",
  "入驻",
  "途经",
  "经过",
  "位于",
  "来自",
  "包括",
  "会见",
  "会晤",
  "会谈",
  "接见",
  "看望",
  "考察",
  "参观",
  "调研",
  "视察",
  "出席",
  "参加",
  "主持",
  "举行",
  "举办",
  "签署",
  "签订",
  "缔结",
  "结为",
  "结成",
  "率团",
  "率领",
  "带领",
  "陪同",
  "一同",
  "一起",
  "表示",
  "指出",
  "强调",
  "介绍",
  "致辞",
  "讲话",
  "欢迎",
  "感谢",
  "希望",
  "认为",
  "今年",
  "去年",
  "明年",
  "近日",
  "日前",
  "此前",
  "此次",
  "本次",
  "随后",
  "期间",
  "以及",
  "同时",
  "代表团",
  "访问团",
  "考察团",
  "一行",
  "双方",
  "首次",
  "再次",
  "正式",
  "分别",
  "先后",
  "共同",
  "与会",
  "訪問",
  "会談",
  "表敬",
];

// Single characters that end the words before a name (在|青松市, 与|和平区). Left out are
// those that often start a name themselves (和, 同, 向).
export const HAN_BOUNDARY_CHARS = "在于赴从与及对由将随了的是为至到往去回自经把被给让并也都又还已曾或即";

// Characters that start the words after a person's name (王明|等, 李华|率团).
export const AFTER_HAN_NAME_CHARS = "、，,。.；;：:等随在与和同向对率出是为将说赴的（(也已曾还于";

// Family names of two characters, matched before the one-character ones (欧阳 before 欧).
export const HAN_COMPOUND_SURNAMES = [
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "皇甫",
  "南宫",
  "鲜于",
  "独孤",
  "司徒",
  "东方",
  "夏侯",
  "令狐",
  "慕容",
];
export const HANGUL_COMPOUND_SURNAMES = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"];

// Words ending like a place's name that name none: 城市 "city", 开发区 "development zone",
// 市町村 "municipalities", 报道 "report".
export const NOT_HAN_PLACE_ENDINGS =
  /(?:城市|都市|地区|社区|市区|园区|辖区|街区|片区|小区|校区|灾区|开发区|示范区|试验区|保税区|工业区|风景区|自贸区|合作区|功能区|经济区|自治区|自治州|自治县|省市|县市|市县|市区县|市町村|市町|町村|政府|首府|学府|官府|都道|道府|府県|国道|省道|县道|報道|报道|知道|渠道|街道|轨道|频道|赛道|通道|人道|大道|铁道|车道|步道|全省|全市|全县|全区|本市|本省|该市|该省|该县|该区|两区|两省|两市|各省|各市|各区|各县|外省|外市)$/u;
// Words that name no place alone, but end some names (中山区, 浦东新区).
export const GENERIC_HAN_PLACES = /^(?:山区|城区|郊区|景区|新区|老区|湾区|分区|矿区|林区|牧区)$/u;
// Endings of more than one character, where the name stops before the whole (仁川|广域市).
export const HAN_LONG_PLACE_ENDINGS = ["广域市", "廣域市", "特别市", "特別市", "特别自治市", "特别自治道"];
// A place's name does not start with these (的青松市 is 青松市).
export const NOT_HAN_PLACE_START = /^[的了是为两各本该全此其我每副正]/u;

// An ending and what follows it that make another word: 市长 "mayor", 市场 "market", 市民
// "citizens", 道路 "road".
export const NOT_PLACE_ENDING = /^(?:.[长長场場民]|道[路德理歉谢])/u;

// Korean particles written onto the word before them (해운대구를, 시장은).
export const KOREAN_PARTICLES = [
  "께서",
  "에게",
  "에서",
  "으로",
  "로",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "과",
  "와",
  "의",
  "도",
  "에",
  "님",
  "씨",
];

// Hangul words ending like a place's name that name none: 도시 "city", 연구 "research",
// 실시 "carrying out", 제도 "system".
export const NOT_HANGUL_PLACE_ENDINGS =
  /(?:도시|연구|요구|친구|인구|실시|개시|제시|표시|지시|당시|동시|즉시|(?<!광)역시|지도|제도|정도|태도|속도|의도|시도|각도|도구|가구|입구|출구|항구|전국)$/u;
