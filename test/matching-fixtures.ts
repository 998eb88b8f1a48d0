import type { AuthorizedInitiative, AuthorizedInitiativeId } from "../src/server/auth/access-gate";
import type { AppContext } from "../src/server/context";
import { getAnswersOf, openSurvey, submitMyResponse } from "../src/server/modules/intake/service";
import { addTag } from "../src/server/modules/intake/tag-service";
import { getMyMatches } from "../src/server/modules/matching/my-match-service";
import { publishRun } from "../src/server/modules/matching/review-service";
import { createRun } from "../src/server/modules/matching/service";
import type { IntakeAnswers } from "../src/shared/contracts/intake";
import type { CreateMatchingRun } from "../src/shared/contracts/matching";

let counter = 0;

/** Acts as a facilitator of an initiative without a request (fixtures only). */
export function asFacilitator(initiativeId: string, personId: string): AuthorizedInitiative {
  return {
    id: initiativeId as AuthorizedInitiativeId,
    role: "facilitator",
    actor: { personId, systemRole: "facilitator" },
  };
}

/** Acts as a peer of an initiative without a request (fixtures only). */
export function asPeer(initiativeId: string, personId: string): AuthorizedInitiative {
  return {
    id: initiativeId as AuthorizedInitiativeId,
    role: "peer",
    actor: { personId, systemRole: "member" },
  };
}

/** Plain valid answers, overridable field by field. */
export function buildAnswers(overrides: Partial<IntakeAnswers> = {}): IntakeAnswers {
  return {
    challenges: [{ text: "Household waste is not collected in the outskirts", tags: [] }],
    offers: "",
    wants: "",
    currentInitiative: "",
    availability: "",
    languages: ["en"],
    answerLanguage: "en",
    isChampion: false,
    ...overrides,
  };
}

/** Makes sure the initiative's survey is open (opening an open survey changes nothing else). */
export async function ensureSurveyOpen(
  ctx: AppContext,
  initiativeId: string,
  facilitatorId: string,
) {
  await openSurvey(ctx, asFacilitator(initiativeId, facilitatorId), { dueOn: null });
}

/** A peer's current answers with their version, ready to send back as a `PUT` body. */
export async function currentAnswersBody(ctx: AppContext, initiativeId: string, personId: string) {
  const r = await getAnswersOf(ctx, asPeer(initiativeId, personId), personId);
  return {
    ...buildAnswers({
      challenges: r.challenges,
      offers: r.offers,
      wants: r.wants,
      currentInitiative: r.currentInitiative,
      availability: r.availability,
      languages: r.languages,
      answerLanguage: r.answerLanguage,
      isChampion: r.isChampion,
    }),
    version: r.version,
  };
}

/** Files answers for a peer (the survey must be open). */
export async function buildIntakeResponse(
  ctx: AppContext,
  initiativeId: string,
  personId: string,
  overrides: Partial<IntakeAnswers> = {},
) {
  return submitMyResponse(ctx, asPeer(initiativeId, personId), {
    ...buildAnswers(overrides),
    version: null,
  });
}

/** Adds a uniquely named tag to the vocabulary. */
export async function buildTag(ctx: AppContext, initiativeId: string, facilitatorId: string) {
  counter += 1;
  return addTag(ctx, asFacilitator(initiativeId, facilitatorId), `Fixture tag ${counter}`);
}

/** Runs matching as the facilitator and returns the draft. */
export async function buildDraftRun(
  ctx: AppContext,
  initiativeId: string,
  facilitatorId: string,
  input: CreateMatchingRun = { mode: "pairs" },
) {
  return createRun(ctx, asFacilitator(initiativeId, facilitatorId), input);
}

/** Runs matching and publishes the result. */
export async function buildPublishedRun(
  ctx: AppContext,
  initiativeId: string,
  facilitatorId: string,
) {
  const draft = await buildDraftRun(ctx, initiativeId, facilitatorId);
  return publishRun(ctx, asFacilitator(initiativeId, facilitatorId), draft.id, draft.version);
}

/** A peer's first match in the published run (id and version), or null when unmatched. */
export async function findMyMatch(ctx: AppContext, initiativeId: string, personId: string) {
  const mine = await getMyMatches(ctx, asPeer(initiativeId, personId));
  const first = mine.items[0];
  return first ? { matchId: first.matchId, version: first.version } : null;
}
