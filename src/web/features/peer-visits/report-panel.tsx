import { useState } from "preact/hooks";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, api, errorKeyOf } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { formatDateTime } from "../../ui/format";
import { showToast } from "../../ui/toast";
import type { PeerVisitPartProps } from "./part-props";
import { reportUrlOf } from "./report-links";
import { VisibleTo } from "./visible-to";

/** Links to the visit report as a web page and as PDF, in the reader's language. */
export function ReportLinks({
  initiativeId,
  activityId,
}: {
  initiativeId: string;
  activityId: string;
}) {
  const t = useT();
  const lang = getLocale();
  return (
    <ul class="button-row plain-list">
      <li>
        <a
          href={reportUrlOf(initiativeId, activityId, "html", lang)}
          target="_blank"
          rel="noopener"
        >
          {t("peer-visit:report.html")}
          <span class="visually-hidden"> {t("peer-visit:report.opensNewTab")}</span>
        </a>
      </li>
      <li>
        <a href={reportUrlOf(initiativeId, activityId, "pdf", lang)} download>
          {t("peer-visit:report.pdf")}
        </a>
      </li>
    </ul>
  );
}

function SharingControl({ visit, reload }: PeerVisitPartProps) {
  const t = useT();
  const [isAsking, setAsking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const isShared = visit.reportSharing === "initiative";
  const next = isShared ? "confidential" : "initiative";
  async function change() {
    setBusy(true);
    try {
      const path = `/api/initiatives/${visit.initiativeId}/activities/${visit.activityId}/peer-visit/report-sharing`;
      await api.put<PeerVisit>(path, { sharing: next, version: visit.version });
      showToast(isShared ? t("peer-visit:report.unshared") : t("peer-visit:report.shared"));
    } catch (error) {
      const isConflict = error instanceof ApiError && error.code === "CONFLICT";
      showToast(isConflict ? t("peer-visit:report.conflict") : t(errorKeyOf(error)));
    } finally {
      setBusy(false);
      setAsking(false);
    }
    await reload();
  }
  return (
    <>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {isShared ? t("peer-visit:report.unshare") : t("peer-visit:report.share")}
      </Button>
      <ConfirmDialog
        isOpen={isAsking}
        title={isShared ? t("peer-visit:report.unshareTitle") : t("peer-visit:report.shareTitle")}
        body={isShared ? t("peer-visit:report.unshareBody") : t("peer-visit:report.shareBody")}
        confirmLabel={
          isShared ? t("peer-visit:report.unshareConfirm") : t("peer-visit:report.shareConfirm")
        }
        isBusy={isBusy}
        onConfirm={() => void change()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

/**
 * The visit report: links to it as HTML and PDF for those who may read it, who can see it now,
 * and for the host the choice to share it with the whole initiative or take it back (asked
 * first, saying who will see it). It never holds individual notes or feedback items.
 */
export function ReportPanel(props: PeerVisitPartProps) {
  const t = useT();
  const { visit } = props;
  if (!visit.permissions.canReadReport) return null;
  const scope = {
    visitId: visit.id,
    initiativeId: visit.initiativeId,
    phase: visit.phase,
    reportSharing: visit.reportSharing,
  };
  return (
    <section class="section card" aria-labelledby="report-title">
      <h3 id="report-title" class="card__title">
        {t("peer-visit:report.title")}
      </h3>
      <p>{t("peer-visit:report.intro")}</p>
      <ReportLinks initiativeId={visit.initiativeId} activityId={visit.activityId} />
      <VisibleTo kind="report" visit={scope} id="report-visible-to" />
      {visit.reportSharing === "initiative" && visit.reportSharedAt ? (
        <p class="muted">
          {t("peer-visit:report.sharedAt", { date: formatDateTime(visit.reportSharedAt) })}
        </p>
      ) : null}
      {visit.permissions.canShareReport ? <SharingControl {...props} /> : null}
    </section>
  );
}
