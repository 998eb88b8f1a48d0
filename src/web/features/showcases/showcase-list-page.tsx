import { useLocation } from "preact-iso";
import type { showcaseSchema } from "../../../shared/contracts/showcases";
import { api, type PageOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { ButtonLink } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { offsetOf } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { Pagination } from "../../ui/pagination";
import { useResource } from "../../ui/use-resource";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { ShowcaseCard, showcasePath } from "./showcase-card";

const pageSize = 10;

type ShowcasePage = PageOf<typeof showcaseSchema>;

/** Showcases and champions: practices that work somewhere and can be visited. */
export function ShowcaseListPage({ id }: { id: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const { query } = useLocation();
  const offset = offsetOf(query.page, pageSize);
  const list = useResource(`showcases:${id}:${offset}`, () =>
    api.get<ShowcasePage>(`/api/initiatives/${id}/showcases`, { limit: pageSize, offset }),
  );
  return (
    <InitiativeFrame id={id} section="showcases" initiative={initiative}>
      {(data) => {
        const canWrite = data.myRole === "facilitator";
        return (
          <>
            <div class="section-head">
              <h2>{t("showcases:list.title")}</h2>
              {canWrite ? (
                <ButtonLink href={showcasePath(id, "new")}>{t("showcases:list.new")}</ButtonLink>
              ) : null}
            </div>
            <p class="lead">{t("showcases:list.intro")}</p>
            {list.isLoading && !list.data ? <Loading /> : null}
            {list.error ? (
              <LoadError error={list.error} onRetry={() => void list.reload()} />
            ) : null}
            {list.data && list.data.total === 0 ? (
              <EmptyState
                title={t("showcases:list.emptyTitle")}
                text={t(canWrite ? "showcases:list.emptyText" : "showcases:list.emptyTextMember")}
              />
            ) : null}
            {list.data && list.data.total > 0 ? (
              <>
                <ul class="showcase-list">
                  {list.data.items.map((s) => (
                    <ShowcaseCard key={s.id} showcase={s} canWrite={canWrite} />
                  ))}
                </ul>
                <Pagination
                  total={list.data.total}
                  limit={list.data.limit}
                  offset={list.data.offset}
                  hrefFor={(page) => `${showcasePath(id)}?page=${page}`}
                />
              </>
            ) : null}
          </>
        );
      }}
    </InitiativeFrame>
  );
}
