import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { activitySummarySchema } from "../../../shared/contracts/activities";
import { api, buildUrl, type PageOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { offsetOf } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { Pagination } from "../../ui/pagination";
import { useResource } from "../../ui/use-resource";
import {
  activityStatusKeys,
  formatNameKey,
  keysOf,
  participantRoleKeys,
  stageKeysOf,
  stageOrder,
} from "./activity-labels";
import { ActivityTitle } from "./activity-summary-item";
import { describeSchedule } from "./schedule-text";

type ActivityPage = PageOf<typeof activitySummarySchema>;

const pageSize = 20;

function Filters(props: { stage: string; status: string; base: string }) {
  const t = useT();
  const { route } = useLocation();
  const [stage, setStage] = useState(props.stage);
  const [status, setStatus] = useState(props.status);
  return (
    <form
      class="filter-form"
      aria-label={t("activities:list.filterLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        route(buildUrl(props.base, { view: "list", stage, status }));
      }}
    >
      <div class="field">
        <label class="field__label" for="filter-stage">
          {t("activities:field.stage")}
        </label>
        <select
          id="filter-stage"
          class="select"
          value={stage}
          onChange={(e) => setStage(e.currentTarget.value)}
        >
          <option value="">{t("activities:list.anyStage")}</option>
          {stageOrder.map((s) => (
            <option key={s} value={String(s)}>
              {t("activities:stage.numbered", { number: s, name: t(stageKeysOf(s).name) })}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="field__label" for="filter-status">
          {t("activities:field.status")}
        </label>
        <select
          id="filter-status"
          class="select"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
        >
          <option value="">{t("activities:list.anyStatus")}</option>
          {keysOf(activityStatusKeys).map((s) => (
            <option key={s} value={s}>
              {t(activityStatusKeys[s])}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("activities:list.filter")}
      </Button>
    </form>
  );
}

function Rows({ page, isFacilitator }: { page: ActivityPage; isFacilitator: boolean }) {
  const t = useT();
  const columns = [
    "activities:field.title",
    "activities:field.format",
    "activities:list.when",
    "activities:field.stages",
    "activities:field.status",
    "activities:list.participants",
  ].map((k) => t(k));
  return (
    <DataTable caption={t("activities:list.caption", { count: page.total })} columns={columns}>
      {page.items.map((a) => (
        <tr key={a.id}>
          <td>
            <ActivityTitle summary={a} isFacilitator={isFacilitator} />
            {a.myParticipantRole ? (
              <span class="tag">
                {t("activities:list.yourRole", {
                  role: t(participantRoleKeys[a.myParticipantRole]),
                })}
              </span>
            ) : null}
          </td>
          <td>{t(formatNameKey(a.formatKey))}</td>
          <td>{describeSchedule(a)}</td>
          <td>{a.stages.join(", ")}</td>
          <td>{t(activityStatusKeys[a.status])}</td>
          <td>{a.participantCount}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Every activity of the initiative in a table, earliest first, filtered by stage and status. */
export function ActivityTable(props: { initiativeId: string; isFacilitator: boolean }) {
  const t = useT();
  const { query } = useLocation();
  const stage = /^[1-4]$/.test(query.stage ?? "") ? (query.stage ?? "") : "";
  const status = query.status && query.status in activityStatusKeys ? query.status : "";
  const offset = offsetOf(query.page, pageSize);
  const path = `/api/initiatives/${props.initiativeId}/activities`;
  const base = `/initiatives/${props.initiativeId}/activities`;
  const list = useResource(`activities:${props.initiativeId}:${stage}:${status}:${offset}`, () =>
    api.get<ActivityPage>(path, { limit: pageSize, offset, stage, status }),
  );
  return (
    <>
      <Filters key={`${stage}:${status}`} stage={stage} status={status} base={base} />
      {list.isLoading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.data && list.data.total === 0 ? (
        <EmptyState
          level={3}
          title={t("activities:list.noMatchTitle")}
          text={t(stage || status ? "activities:list.noMatchText" : "activities:list.emptyText")}
        />
      ) : null}
      {list.data && list.data.total > 0 ? (
        <>
          <Rows page={list.data} isFacilitator={props.isFacilitator} />
          <Pagination
            total={list.data.total}
            limit={list.data.limit}
            offset={list.data.offset}
            hrefFor={(page) => buildUrl(base, { view: "list", stage, status, page })}
          />
        </>
      ) : null}
    </>
  );
}
