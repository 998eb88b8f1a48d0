import type { MatchingPeer, PeerLevel } from "../src/domain/matching/matching-peer";
import { createSeededRandom } from "../src/domain/matching/seeded-random";

/** Fifteen reform topics, each with its tag and about 18 words a peer might use about it. */
const topics: readonly { tag: string; words: string }[] = [
  {
    tag: "public-finance",
    words:
      "budget budgeting fiscal expenditure revenue deficit allocation appropriation forecast treasury spending ceilings execution arrears accounts programme medium-term cash",
  },
  {
    tag: "procurement",
    words:
      "procurement tender tenders supplier suppliers contract contracts bidding bids award e-procurement purchasing vendors specifications collusion framework-agreements catalogue prices",
  },
  {
    tag: "taxation",
    words:
      "tax taxation taxpayers compliance collection property assessment valuation exemptions vat enforcement evasion returns filing customs excise levies rates",
  },
  {
    tag: "digital-government",
    words:
      "digital e-services platform interoperability registry identity portal cybersecurity software cloud digitisation databases online applications signatures broadband websites helpdesk",
  },
  {
    tag: "civil-service",
    words:
      "recruitment merit salaries pay appraisal workforce retention careers competencies vacancies promotion absenteeism payroll civil servants induction mentoring grading",
  },
  {
    tag: "decentralisation",
    words:
      "decentralisation municipalities councils devolution transfers mandates grants counties districts autonomy equalisation councillors wards subsidiarity own-source intergovernmental mayors",
  },
  {
    tag: "water-sanitation",
    words:
      "water sanitation pipes leakage tariffs utility wastewater connections metering boreholes drainage sewerage treatment non-revenue pumping reservoirs latrines",
  },
  {
    tag: "waste-management",
    words:
      "waste recycling landfill collection sorting composting circular disposal dumping plastics incineration scavengers bins trucks hazardous separation",
  },
  {
    tag: "education",
    words:
      "schools teachers pupils curriculum enrolment classrooms literacy numeracy examinations textbooks dropout headteachers inspection boarding vocational bursaries",
  },
  {
    tag: "health",
    words:
      "clinics patients nurses vaccination hospitals medicines maternal immunisation doctors dispensaries referrals insurance epidemics ambulances pharmacies stockouts",
  },
  {
    tag: "urban-planning",
    words:
      "zoning permits land housing transport infrastructure building informal settlements roads densification cadastre parking masterplan slums tenure",
  },
  {
    tag: "integrity",
    words:
      "integrity corruption transparency accountability whistleblowing ethics declarations oversight bribery conflicts-of-interest sanctions investigations ombudsman disclosure",
  },
  {
    tag: "audit-control",
    words:
      "audit auditors controls risk findings assurance internal-audit recommendations verification reconciliation irregularities sampling follow-up committees",
  },
  {
    tag: "citizen-participation",
    words:
      "participation citizens consultation feedback participatory engagement complaints hearings forums petitions surveys scorecards residents dialogue",
  },
  {
    tag: "gender-inclusion",
    words:
      "gender equality mainstreaming inclusion women disability youth minorities accessibility discrimination quotas harassment empowerment elderly",
  },
];

const genericWords = (
  "improve capacity systems coordination data reform staff skills resources quality service " +
  "delivery planning monitoring evaluation implementation management processes efficiency " +
  "institutions ministries policy regulation legal stakeholders performance results strategy " +
  "priorities guidelines"
).split(" ");

const templates = [
  "We struggle with {t} and {t} because {g} of {t} is weak.",
  "Our {t} {t} lacks {g} and {g}, so {t} suffers.",
  "How can we make {t} work when {t} and {t} depend on poor {g}?",
  "The {g} of {t} is slow; {t} and {t} are not linked to {g}.",
  "{t} reform stalls: {t}, {t} and {g} need better {g}.",
];

const countries = [
  { code: "SE", languages: ["sv", "en"], englishShare: 0.95 },
  { code: "KE", languages: ["en", "sw"], englishShare: 1 },
  { code: "TZ", languages: ["sw"], englishShare: 0.7 },
  { code: "UG", languages: ["en"], englishShare: 1 },
  { code: "FR", languages: ["fr"], englishShare: 0.6 },
  { code: "ES", languages: ["es"], englishShare: 0.6 },
];
const fields = [
  "public finance",
  "procurement",
  "tax administration",
  "information technology",
  "human resources",
  "local government",
  "water engineering",
  "environmental services",
  "education",
  "public health",
  "urban planning",
  "law",
  "internal audit",
  "communication",
];
const positions: Record<PeerLevel, readonly string[]> = {
  political: ["mayor", "councillor", "deputy minister", "committee chair"],
  managerial: ["head of department", "director", "programme manager", "unit head"],
  technical: ["budget analyst", "engineer", "procurement officer", "data officer", "planner"],
};

/** Options of `generatePeers`. */
export interface PeerGeneratorOptions {
  readonly count: number;
  readonly seed: number;
  /** Share of peers marked champion; the rest are learners (default 0.25). */
  readonly championShare?: number;
}

/**
 * Realistic synthetic peers, the same for the same seed: 1-3 challenge statements drawn mostly
 * from one of 15 reform topics (about 300 words in all), topic tags, 40 organisations in 6
 * countries, the country's languages (English for most), level, position, field, years,
 * offers, wants and a current initiative. All texts are English (`lang: "en"`).
 */
export function generatePeers(options: PeerGeneratorOptions): MatchingPeer[] {
  const random = createSeededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const topicWords = topics.map((t) => t.words.split(" "));
  const organisations = Array.from({ length: 40 }, (_, i) => ({
    id: `org-${i}`,
    country: countries[i % 6]!,
  }));
  return Array.from({ length: options.count }, (_, i) => {
    const main = Math.floor(random() * topics.length);
    const second = random() < 0.4 ? Math.floor(random() * topics.length) : main;
    const word = () => pick(topicWords[random() < 0.8 ? main : second]!);
    const sentence = () =>
      pick(templates).replace(/\{([tg])\}/g, (_, kind) =>
        kind === "t" ? word() : pick(genericWords),
      );
    const organisation = pick(organisations);
    const { country } = organisation;
    const languages = [...country.languages];
    if (!languages.includes("en") && random() < country.englishShare) languages.push("en");
    const level = pick(["political", "managerial", "technical", "technical"] as const);
    const challengeCount = 1 + Math.floor(random() * 3);
    return {
      id: `peer-${i}`,
      organisationId: organisation.id,
      country: country.code,
      languages,
      level,
      position: pick(positions[level]),
      field: random() < 0.7 ? fields[main % fields.length]! : pick(fields),
      yearsOfService: Math.floor(random() * 35),
      challenges: Array.from({ length: challengeCount }, () => ({
        text: sentence(),
        tags:
          second !== main && random() < 0.5
            ? [topics[main]!.tag, topics[second]!.tag]
            : [topics[main]!.tag],
      })),
      offers: `${word()} ${word()} ${pick(genericWords)}`,
      wants: `${word()} ${pick(genericWords)} ${word()}`,
      currentInitiative: `${pick(genericWords)} ${word()} ${word()}`,
      lang: "en",
      side: random() < (options.championShare ?? 0.25) ? "champion" : "learner",
    };
  });
}
