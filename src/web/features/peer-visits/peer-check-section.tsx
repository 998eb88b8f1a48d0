import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { visitRecordsPath } from "./notes-api";
import { type PeerCheck, PeerCheckForm } from "./peer-check-form";
import { PeerCheckTable } from "./peer-check-table";

/**
 * Checking the host's self-assessment: visiting peers record their own rating and comment per
 * criterion (visit and feedback phases); the host, moderator and facilitators read every check
 * side by side with the host's own rating.
 */
export function PeerCheckSection({ visit }: { visit: PeerVisit }) {
  const t = useT();
  const checks = useResource(`pv-checks:${visit.id}`, () =>
    api.get<{ items: PeerCheck[] }>(visitRecordsPath(visit, "peer-checks")),
  );
  const { canWritePeerCheck, canReadAllFeedback } = visit.permissions;
  const items = checks.data?.items ?? null;
  if (!canWritePeerCheck && !canReadAllFeedback && (items?.length ?? 0) === 0) return null;
  const mine = items?.find((check) => check.isMine) ?? null;
  const showTable = canReadAllFeedback || !canWritePeerCheck;
  return (
    <section class="section pv-check" aria-labelledby="pv-check-title">
      <h3 id="pv-check-title">{t("pv-records:check.title")}</h3>
      <p class="lead">{t("pv-records:check.intro")}</p>
      {checks.isLoading && !items ? <Loading /> : null}
      {checks.error ? (
        <LoadError error={checks.error} onRetry={() => void checks.reload()} />
      ) : null}
      {items && showTable && items.length === 0 ? (
        <EmptyState
          level={3}
          title={t("pv-records:check.emptyTitle")}
          text={t("pv-records:check.emptyText")}
        />
      ) : null}
      {items && showTable && items.length > 0 ? (
        <PeerCheckTable visit={visit} checks={items} />
      ) : null}
      {items && canWritePeerCheck ? (
        <PeerCheckForm visit={visit} mine={mine} reload={checks.reload} />
      ) : null}
    </section>
  );
}
