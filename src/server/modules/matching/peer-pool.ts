import type { MatchingPeer } from "../../../domain/matching/matching-peer";
import type { Member } from "../../../shared/contracts/initiatives";
import type { IntakeResponse } from "../../../shared/contracts/intake";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { listAnswers } from "../intake/service";
import { getMembers } from "../members/service";
import { getPeopleWithCountry } from "../people/service";
import type { Roster } from "./run-shapes";

/** The people a run is about: every peer, and those who answered the survey as matcher input. */
export type PeerPool = {
  /** Person ids of every member with the peer role. */
  peerIds: ReadonlySet<string>;
  /** Names of every member (facilitators included), for shaping answers. */
  roster: Roster;
  /** Peers who answered, as the matcher sees them, ordered by person id. */
  peers: MatchingPeer[];
};

/** Names of every member of the initiative. */
export async function loadRoster(ctx: AppContext, auth: AuthorizedInitiative): Promise<Roster> {
  return rosterOf(await getMembers(ctx, auth));
}

function rosterOf(members: readonly Member[]): Roster {
  return new Map(members.map((m) => [m.personId, m]));
}

/**
 * Gathers the matcher's input: each answering peer's survey answers with their profile
 * (position, level, field, years of service) and their organisation's country. A peer's
 * survey languages count; the profile's languages fill in when the survey gave none.
 */
export async function gatherPeerPool(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<PeerPool> {
  const members = await getMembers(ctx, auth);
  const peerIds = new Set(members.filter((m) => m.role === "peer").map((m) => m.personId));
  const answers = (await listAnswers(ctx, auth)).filter((a) => peerIds.has(a.personId));
  const profiles = await getPeopleWithCountry(
    ctx,
    answers.map((a) => a.personId),
  );
  const peers: MatchingPeer[] = [];
  for (const answer of answers) {
    const profile = profiles.get(answer.personId);
    if (profile) peers.push(toMatchingPeer(answer, profile));
  }
  return { peerIds, roster: rosterOf(members), peers };
}

function toMatchingPeer(
  answer: IntakeResponse,
  profile: {
    organisationId: string | null;
    country: string | null;
    level: MatchingPeer["level"];
    position: string;
    field: string;
    yearsOfService: number | null;
    languages: string[];
  },
): MatchingPeer {
  return {
    id: answer.personId,
    organisationId: profile.organisationId,
    country: profile.country,
    languages: answer.languages.length > 0 ? answer.languages : profile.languages,
    level: profile.level,
    position: profile.position,
    field: profile.field,
    yearsOfService: profile.yearsOfService,
    challenges: answer.challenges,
    offers: answer.offers,
    wants: answer.wants,
    currentInitiative: answer.currentInitiative,
    lang: answer.answerLanguage,
    side: answer.isChampion ? "champion" : "learner",
  };
}
