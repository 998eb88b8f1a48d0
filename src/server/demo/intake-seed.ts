import type { MemberRole } from "../../shared/contracts/initiatives";
import type { IntakeAnswers } from "../../shared/contracts/intake";
import type { AuthorizedInitiative, AuthorizedInitiativeId } from "../auth/access-gate";
import type { AppContext } from "../context";
import { openSurvey, submitMyResponse } from "../modules/intake/service";

/**
 * The demo peers' intake answers: Sjöby's and Ziwani's people face the same themes (collection
 * that does not reach everyone, fees residents resist, sorting at source) from different ends,
 * written in Swedish or English as each would, so matching has something real to find.
 */
const demoAnswers: Record<string, IntakeAnswers> = {
  "erik.lindqvist": {
    challenges: [
      {
        text: "Insamlingsrutterna för hushållsavfall planerades för tjugo år sedan: bilarna kör halvtomma på landsbygden medan tätorten inte hinner tömmas.",
        tags: ["waste-collection", "data-and-monitoring"],
      },
      {
        text: "Avfallstaxan täcker inte kostnaden för insamlingen av matavfall, och politikerna tvekar att höja den.",
        tags: ["tariffs-and-fees", "budgeting"],
      },
      {
        text: "Vi ska upphandla ett nytt insamlingsavtal 2027 och vet inte hur vi ställer krav på fordon och uppföljning.",
        tags: ["procurement", "waste-collection"],
      },
    ],
    offers:
      "Erfarenhet av att införa viktbaserad avfallstaxa och av att följa upp insamlingen med data från fordonens vågar.",
    wants:
      "Hur man organiserar insamling tillsammans med små lokala aktörer och når hushåll som inte sorterar.",
    currentInitiative: "Ny avfallsplan 2026–2030 med målet att halvera mängden restavfall.",
    availability: "Kan resa februari–april och september–oktober 2027.",
    languages: ["sv", "en"],
    answerLanguage: "sv",
    isChampion: true,
  },
  "amina.otieno": {
    challenges: [
      {
        text: "Household waste in the informal settlements is collected irregularly; trucks cannot reach many streets, so residents burn or dump their waste.",
        tags: ["waste-collection", "urban-planning"],
      },
      {
        text: "Collection fees cover less than a third of the cost and many households do not pay them.",
        tags: ["tariffs-and-fees", "revenue-collection"],
      },
      {
        text: "We have no reliable data on how much waste is generated or where it ends up.",
        tags: ["data-and-monitoring"],
      },
    ],
    offers:
      "How we registered and contracted youth groups that collect waste door to door in the settlements.",
    wants:
      "Planning collection routes, setting fees that households accept, and following up collection with data.",
    currentInitiative:
      "County solid waste management plan, with a pilot of zoned collection in two wards.",
    availability: "Visits in March or October; online meetings on Tuesdays and Thursdays.",
    languages: ["sw", "en"],
    answerLanguage: "en",
    isChampion: false,
  },
  "johan.berg": {
    challenges: [
      {
        text: "Food waste sorting in apartment blocks is poor: bins are contaminated with plastic and the biogas plant rejects whole loads.",
        tags: ["recycling", "citizen-engagement"],
      },
      {
        text: "Recycling stations overflow at weekends and residents complain about litter around them.",
        tags: ["recycling", "service-delivery"],
      },
    ],
    offers:
      "Designing sorting schemes and information campaigns; running the chain from food waste to biogas.",
    wants:
      "Low-cost ways to sort at source, and how to work with informal waste pickers and community groups.",
    currentInitiative: "Pilot of new food waste bins with feedback stickers in 400 apartments.",
    availability: "Flexible; short online meetings suit best.",
    languages: ["sv", "en"],
    answerLanguage: "en",
    isChampion: true,
  },
  "grace.wanjiru": {
    challenges: [
      {
        text: "Waste dumped around the markets blocks the drains and brings cholera outbreaks in the rainy season.",
        tags: ["public-health", "waste-collection"],
      },
      {
        text: "Residents and traders do not separate food waste, although most market waste could be composted.",
        tags: ["recycling", "citizen-engagement"],
      },
    ],
    offers: "Running hygiene awareness campaigns with community health volunteers.",
    wants: "How to organise sorting at source and composting of market and food waste.",
    currentInitiative: "Market hygiene programme with weekly clean-ups in Ziwani central market.",
    availability: "Weekdays; travel needs two months' notice.",
    languages: ["sw", "en"],
    answerLanguage: "en",
    isChampion: false,
  },
  "peter.mwangi": {
    challenges: [
      {
        text: "The council has to approve higher waste collection fees before the election, and residents oppose paying more.",
        tags: ["tariffs-and-fees", "political-leadership", "citizen-engagement"],
      },
      {
        text: "The budget for waste services is cut every year in favour of roads.",
        tags: ["budgeting", "political-leadership"],
      },
    ],
    offers: "Holding public barazas (community meetings) to explain council decisions.",
    wants:
      "How councillors win public support for fees, and how a budget for waste services is protected.",
    currentInitiative: "Review of the county finance act: waste fees and by-laws.",
    availability: "Between council sessions; not in August.",
    languages: ["sw", "en"],
    answerLanguage: "en",
    isChampion: false,
  },
  "karin.sundberg": {
    challenges: [
      {
        text: "Fullmäktige ska besluta om en höjd avfallstaxa, och många invånare vill inte betala mer.",
        tags: ["tariffs-and-fees", "political-leadership", "citizen-engagement"],
      },
      {
        text: "Det är svårt att få invånarna att delta i samrådet om den nya avfallsplanen.",
        tags: ["citizen-engagement"],
      },
    ],
    offers:
      "Erfarenhet av medborgardialoger och av att förankra beslut om taxor i fullmäktige över partigränserna.",
    wants:
      "Hur man når grupper som sällan deltar i samråd och hur man förklarar varför avgifterna behövs.",
    currentInitiative: "Politisk förankring av avfallsplanen 2026–2030 och den nya taxan.",
    availability: "Måndagar och fredagar; resor under sportlovet går bra.",
    languages: ["sv", "en"],
    answerLanguage: "sv",
    isChampion: false,
  },
};

function trustedAuth(
  initiativeId: string,
  personId: string,
  role: MemberRole,
): AuthorizedInitiative {
  // The seed acts for the people it has just created; there is no request to authorise.
  return {
    id: initiativeId as AuthorizedInitiativeId,
    role,
    actor: { personId, systemRole: role === "facilitator" ? "facilitator" : "member" },
  };
}

/** Opens the demo initiative's intake survey (due in two weeks) and files every demo peer's answers. */
export async function seedDemoIntake(
  ctx: AppContext,
  initiativeId: string,
  facilitatorId: string,
  personIds: ReadonlyMap<string, string>,
): Promise<void> {
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await openSurvey(ctx, trustedAuth(initiativeId, facilitatorId, "facilitator"), {
    dueOn: inTwoWeeks,
  });
  for (const [key, answers] of Object.entries(demoAnswers)) {
    const personId = personIds.get(key);
    if (!personId) throw new Error(`demo seed: no person ${key}`);
    await submitMyResponse(ctx, trustedAuth(initiativeId, personId, "peer"), {
      ...answers,
      version: null,
    });
  }
}
