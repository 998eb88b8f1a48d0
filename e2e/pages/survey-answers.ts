/** One peer's survey answers as the journey types them (tag keys; labels come from the page object). */
export type SurveyAnswers = {
  challenges: { text: string; tags: string[] }[];
  offers: string;
  wants: string;
  currentInitiative: string;
  languages: string[];
  answerLanguage: string;
  isChampion: boolean;
};

/**
 * What seven peers of a Swedish and a Kenyan council answer (in the spirit of the demo data):
 * Sjöby's three in Swedish, Ziwani's four in English. Keys are person keys of the demo accounts.
 */
export const surveyAnswers: Record<string, SurveyAnswers> = {
  "erik.lindqvist": {
    challenges: [
      {
        text: "Insamlingsrutterna planerades för tjugo år sedan och bilarna kör halvtomma på landsbygden.",
        tags: ["waste-collection", "data-and-monitoring"],
      },
      {
        text: "Avfallstaxan täcker inte kostnaden för insamlingen av matavfall.",
        tags: ["tariffs-and-fees"],
      },
    ],
    offers: "Erfarenhet av viktbaserad avfallstaxa och uppföljning med data från fordonens vågar.",
    wants: "Hur man når hushåll som inte sorterar.",
    currentInitiative: "Ny avfallsplan 2026–2030.",
    languages: ["sv", "en"],
    answerLanguage: "sv",
    isChampion: true,
  },
  "johan.berg": {
    challenges: [
      {
        text: "Sorteringen av matavfall i flerbostadshus är dålig och biogasanläggningen avvisar lass.",
        tags: ["recycling", "citizen-engagement"],
      },
    ],
    offers: "Informationskampanjer om sortering och kedjan från matavfall till biogas.",
    wants: "Billiga sätt att sortera vid källan och att samarbeta med informella avfallsplockare.",
    currentInitiative: "Försök med nya kärl för matavfall i 400 lägenheter.",
    languages: ["sv", "en"],
    answerLanguage: "sv",
    isChampion: true,
  },
  "karin.sundberg": {
    challenges: [
      {
        text: "Fullmäktige ska besluta om en höjd avfallstaxa och många invånare vill inte betala mer.",
        tags: ["tariffs-and-fees", "political-leadership", "citizen-engagement"],
      },
    ],
    offers: "Medborgardialoger och förankring av taxebeslut över partigränserna.",
    wants: "Hur man förklarar varför avgifterna behövs.",
    currentInitiative: "Politisk förankring av den nya taxan.",
    languages: ["sv", "en"],
    answerLanguage: "sv",
    isChampion: false,
  },
  "amina.otieno": {
    challenges: [
      {
        text: "Household waste in the informal settlements is collected irregularly; trucks cannot reach many streets.",
        tags: ["waste-collection", "urban-planning"],
      },
      {
        text: "Collection fees cover less than a third of the cost and many households do not pay.",
        tags: ["tariffs-and-fees"],
      },
    ],
    offers: "How we contracted youth groups that collect waste door to door.",
    wants: "Planning collection routes and following up collection with data.",
    currentInitiative: "County solid waste management plan with zoned collection in two wards.",
    languages: ["sw", "en"],
    answerLanguage: "en",
    isChampion: false,
  },
  "grace.wanjiru": {
    challenges: [
      {
        text: "Market traders do not separate food waste, although most of it could be composted.",
        tags: ["recycling", "public-health"],
      },
    ],
    offers: "Hygiene awareness campaigns with community health volunteers.",
    wants: "How to organise sorting at source and composting of food waste.",
    currentInitiative: "Market hygiene programme with weekly clean-ups.",
    languages: ["sw", "en"],
    answerLanguage: "en",
    isChampion: false,
  },
  "peter.mwangi": {
    challenges: [
      {
        text: "The council has to approve higher waste collection fees and residents oppose paying more.",
        tags: ["tariffs-and-fees", "political-leadership"],
      },
    ],
    offers: "Public community meetings to explain council decisions.",
    wants: "How councillors win public support for fees.",
    currentInitiative: "Review of the county finance act: waste fees and by-laws.",
    languages: ["sw", "en"],
    answerLanguage: "en",
    isChampion: false,
  },
  "halima.achieng": {
    challenges: [
      {
        text: "The waste budget is cut every year and collection contracts are hard to follow up.",
        tags: ["budgeting", "sorting-at-source"],
      },
    ],
    offers: "Running the council's performance contracts.",
    wants: "How to procure and follow up collection contracts.",
    currentInitiative: "New procurement of waste collection services.",
    languages: ["sw", "en"],
    answerLanguage: "en",
    isChampion: false,
  },
};

/** The demo accounts who take part as peers, with their interface language. */
export const journeyPeers = [
  { key: "erik.lindqvist", name: "Erik Lindqvist", org: "sjoby", lang: "sv" },
  { key: "johan.berg", name: "Johan Berg", org: "sjoby", lang: "sv" },
  { key: "karin.sundberg", name: "Karin Sundberg", org: "sjoby", lang: "sv" },
  { key: "amina.otieno", name: "Amina Otieno", org: "ziwani", lang: "en" },
  { key: "grace.wanjiru", name: "Grace Wanjiru", org: "ziwani", lang: "en" },
  { key: "peter.mwangi", name: "Peter Mwangi", org: "ziwani", lang: "en" },
  { key: "halima.achieng", name: "Halima Achieng", org: "ziwani", lang: "en" },
] as const;

/** A journey peer's sign-in. */
export function peerAccount(key: string) {
  return { email: `${key}@demo.kollega.test`, password: "kollega-demo" };
}
