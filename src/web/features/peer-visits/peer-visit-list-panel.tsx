import type { z } from "zod";
import { phaseKey } from "../../../domain/peer-visit/message-keys";
import type { peerVisitListSchema } from "../../../shared/contracts/peer-visits";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { pvKey } from "./peer-visit-keys";
import { peerVisitPagePath, reportUrlOf } from "./report-links";
import { joinList } from "./visible-to";

type PeerVisitSummary = z.infer<typeof peerVisitListSchema>["items"][number];

function VisitRow({ initiativeId, item }: { initiativeId: string; item: PeerVisitSummary }) {
  const t = useT();
  const isInCircle = item.myRoles.length > 0;
  const roles = isInCircle
    ? joinList(
        item.myRoles.map((role) => t(pvKey(`role.${role}`))),
        getLocale(),
      )
    : t("peer-visit:list.reportReader");
  return (
    <tr>
      <td>
        {isInCircle ? (
          <a href={peerVisitPagePath(initiativeId, item.activityId)}>{item.activityTitle}</a>
        ) : (
          item.activityTitle
        )}
      </td>
      <td>{t(pvKey(phaseKey(item.phase)))}</td>
      <td>{formatDate(item.visitStartsOn)}</td>
      <td>{roles}</td>
      <td>
        {item.canReadReport ? (
          <a href={reportUrlOf(initiativeId, item.activityId, "pdf", getLocale())} download>
            {t("peer-visit:list.reportPdf")}
            <span class="visually-hidden"> {item.activityTitle}</span>
          </a>
        ) : (
          <span class="muted">{t("peer-visit:list.noReport")}</span>
        )}
      </td>
    </tr>
  );
}

/**
 * "My peer visits" for the initiative overview: the visits the reader takes part in or
 * facilitates (linked to their page), and those whose report the host shared with the
 * initiative (report link only), with phase, start date and the reader's roles. Needs the
 * `peer-visit` i18n namespace loaded by the page that mounts it.
 */
export function MyPeerVisitsPanel({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const list = useResource(`peer-visits:${initiativeId}`, () =>
    api.get<z.infer<typeof peerVisitListSchema>>(`/api/initiatives/${initiativeId}/peer-visits`),
  );
  const items = list.data?.items ?? [];
  return (
    <section class="section" aria-labelledby="my-peer-visits-title">
      <h2 id="my-peer-visits-title">{t("peer-visit:list.title")}</h2>
      {list.error ? <LoadError error={list.error} onRetry={() => void list.reload()} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data && items.length === 0 ? (
        <EmptyState
          level={3}
          title={t("peer-visit:list.emptyTitle")}
          text={t("peer-visit:list.emptyText")}
        />
      ) : null}
      {items.length > 0 ? (
        <DataTable
          caption={t("peer-visit:list.caption", { count: items.length })}
          isCaptionHidden
          columns={[
            t("peer-visit:list.visit"),
            t("peer-visit:list.phase"),
            t("peer-visit:list.startsOn"),
            t("peer-visit:list.myRoles"),
            t("peer-visit:list.report"),
          ]}
        >
          {items.map((item) => (
            <VisitRow key={item.id} initiativeId={initiativeId} item={item} />
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
