import type { MatchExplanation } from "../../../domain/matching/explanation";
import type { MatchScore } from "../../../domain/matching/matching-result";
import type { Member } from "../../../shared/contracts/initiatives";
import type {
  MatchingRun,
  MatchingRunSummary,
  StoredParameters,
  unmatchedReasons,
} from "../../../shared/contracts/matching";
import type { MatchingRunTable, MatchResponseTable } from "../../db/schema";

/** One match as stored in a run's result. */
export type StoredMatch = {
  id: string;
  peerIds: string[];
  isLocked: boolean;
  isRequired: boolean;
  score: MatchScore;
  explanation: MatchExplanation;
};

/** A run's result as stored (JSON): what the engine found, plus the facilitator's edits. */
export type StoredResult = {
  matches: StoredMatch[];
  unmatched: { peerId: string; reason: (typeof unmatchedReasons)[number] }[];
  issues: { code: string; peerIds: string[] }[];
  stats: MatchingRun["stats"];
  /** Pairs inside matches the facilitator broke: a re-run from this run forbids them. */
  brokenPairs: string[][];
};

/** A run row with the name of who created it. */
export type RunRow = MatchingRunTable & { created_by_name: string | null };

/** The columns of a run the list shows. */
export type RunSummaryRow = Omit<RunRow, "parameters" | "result" | "published_by">;

/** Accepted and declined counts of a published run. */
export type ResponseCounts = { accepted: number; declined: number };

/** Who is who, for names in answers (people who left the initiative show without a name). */
export type Roster = ReadonlyMap<string, Pick<Member, "displayName" | "organisationName">>;

/** Parses a run's stored result. */
export function readResult(row: MatchingRunTable): StoredResult {
  return JSON.parse(row.result) as StoredResult;
}

/** Parses a run's stored parameters. */
export function readParameters(row: MatchingRunTable): StoredParameters {
  return JSON.parse(row.parameters) as StoredParameters;
}

/** The sum of the pair scores inside all matches (a group of k holds k(k-1)/2 pairs). */
export function sumScores(matches: readonly StoredMatch[]): number {
  return matches.reduce((sum, m) => sum + m.score.total * m.score.pairCount, 0);
}

/** A person reference with the name to show. */
export function toPersonRef(roster: Roster, personId: string) {
  const m = roster.get(personId);
  return {
    personId,
    displayName: m?.displayName ?? null,
    organisationName: m?.organisationName ?? null,
  };
}

/** The list view of a run. */
export function toRunSummary(
  row: RunSummaryRow,
  roster: Roster,
  counts: ResponseCounts | undefined,
): MatchingRunSummary {
  return {
    id: row.id,
    status: row.status as MatchingRunSummary["status"],
    mode: row.mode as MatchingRunSummary["mode"],
    groupSize: row.group_size,
    note: row.note,
    basedOnRunId: row.based_on_run_id,
    totalScore: Number(row.total_score),
    matchCount: row.match_count,
    unmatchedCount: row.unmatched_count,
    acceptedCount: counts?.accepted ?? 0,
    declinedCount: counts?.declined ?? 0,
    createdBy: row.created_by
      ? { ...toPersonRef(roster, row.created_by), displayName: row.created_by_name }
      : null,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    version: row.version,
  };
}

/** The full view of a run, with the members' answers when it was published. */
export function toRun(
  row: RunRow,
  roster: Roster,
  responses: readonly MatchResponseTable[],
): MatchingRun {
  const result = readResult(row);
  const byKey = new Map(responses.map((r) => [`${r.match_id}:${r.person_id}`, r]));
  const counts = {
    accepted: responses.filter((r) => r.status === "accepted").length,
    declined: responses.filter((r) => r.status === "declined").length,
  };
  return {
    ...toRunSummary(row, roster, counts),
    parameters: readParameters(row),
    matches: result.matches.map((m) => {
      const members = m.peerIds.map((id) => {
        const r = byKey.get(`${m.id}:${id}`);
        const response = r
          ? {
              status: r.status as "proposed" | "accepted" | "declined",
              declineReason: r.decline_reason,
              respondedAt: r.responded_at,
            }
          : null;
        return { ...toPersonRef(roster, id), response };
      });
      return {
        id: m.id,
        members,
        isLocked: m.isLocked,
        isRequired: m.isRequired,
        isDeclined: members.some((x) => x.response?.status === "declined"),
        score: m.score,
        explanation: m.explanation as MatchingRun["matches"][number]["explanation"],
      };
    }),
    unmatched: result.unmatched.map((u) => ({
      ...toPersonRef(roster, u.peerId),
      reason: u.reason,
    })),
    issues: result.issues,
    stats: result.stats,
  };
}
