import type { MatchingRun } from "../../../shared/contracts/matching";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { useTags } from "../intake/peer-intake";
import { MatchList } from "./match-list";
import { useMatchingDefaults, usePeers } from "./matching-data";
import { FacilitatorsOnly } from "./matching-page";
import { RunActions } from "./run-actions";
import { RunOverview } from "./run-overview";
import { UnmatchedList } from "./unmatched-list";
import { useRunCommands } from "./use-run-commands";

function RunReview({ initiativeId, runId }: { initiativeId: string; runId: string }) {
  const run = useResource(`matching-run:${runId}`, () =>
    api.get<MatchingRun>(`/api/initiatives/${initiativeId}/matching/runs/${runId}`),
  );
  const defaults = useMatchingDefaults(initiativeId);
  const peers = usePeers(initiativeId);
  const tags = useTags(initiativeId);
  const commands = useRunCommands(initiativeId, runId, run);
  const error = run.error ?? defaults.error ?? peers.error ?? tags.error;
  if (error) return <LoadError error={error} onRetry={() => void run.reload()} />;
  if (!run.data || !defaults.data || !peers.data || !tags.data) return <Loading />;
  return (
    <>
      <RunOverview run={run.data} initiativeId={initiativeId} />
      <MatchList
        run={run.data}
        tags={tags.data.items}
        isBusy={commands.isBusy}
        send={commands.send}
      />
      <UnmatchedList run={run.data} />
      <RunActions
        initiativeId={initiativeId}
        run={run.data}
        defaults={defaults.data}
        peers={peers.data}
        isBusy={commands.isBusy}
        send={commands.send}
      />
    </>
  );
}

/**
 * One matching run for review: each match with its explanation and score parts, the unmatched
 * with their reasons; in a draft, lock, swap or break matches, re-run around the locks, publish.
 */
export function RunPage({ id, runId }: { id: string; runId: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  return (
    <InitiativeFrame id={id} section="matching" initiative={initiative}>
      {(data) =>
        data.myRole === "facilitator" ? (
          <>
            <p>
              <a href={`/initiatives/${id}/matching`}>{t("matching:run.allRuns")}</a>
            </p>
            <RunReview key={runId} initiativeId={id} runId={runId} />
          </>
        ) : (
          <FacilitatorsOnly initiativeId={id} isPeer={data.myRole === "peer"} />
        )
      }
    </InitiativeFrame>
  );
}
