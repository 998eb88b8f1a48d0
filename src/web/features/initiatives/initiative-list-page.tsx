import { useLocation } from "preact-iso";
import type { initiativeSummarySchema } from "../../../shared/contracts/initiatives";
import { api, type PageOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { canManageDirectory, useSession } from "../../session";
import { ButtonLink } from "../../ui/button";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { formatDate, offsetOf } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { PageTitle } from "../../ui/page-title";
import { Pagination } from "../../ui/pagination";
import { useResource } from "../../ui/use-resource";
import { initiativeKindKeys, memberRoleKeys } from "./labels";

const pageSize = 20;

const columnKeys = [
  "initiatives:field.name",
  "initiatives:field.kind",
  "initiatives:field.reformArea",
  "initiatives:list.myRole",
  "initiatives:list.members",
  "initiatives:list.scoping",
  "initiatives:list.dates",
];

function InitiativeTable({ page }: { page: PageOf<typeof initiativeSummarySchema> }) {
  const t = useT();
  return (
    <DataTable
      caption={t("initiatives:list.caption", { count: page.total })}
      columns={columnKeys.map((k) => t(k))}
    >
      {page.items.map((item) => (
        <tr key={item.id}>
          <td>
            <a href={`/initiatives/${item.id}`}>{item.name}</a>
          </td>
          <td>{t(initiativeKindKeys[item.kind])}</td>
          <td>{item.reformArea || "—"}</td>
          <td>{t(memberRoleKeys[item.myRole])}</td>
          <td>{item.memberCount}</td>
          <td>
            {t("initiatives:completeness.short", {
              answered: item.scopingCompleteness.answered,
              total: item.scopingCompleteness.total,
            })}
          </td>
          <td>
            {item.startsOn || item.endsOn
              ? `${formatDate(item.startsOn)} – ${formatDate(item.endsOn)}`
              : t("initiatives:overview.noDates")}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The initiatives the signed-in person belongs to (the home page when signed in). */
export function InitiativeListPage() {
  const t = useT();
  const person = useSession();
  const { query } = useLocation();
  const offset = offsetOf(query.page, pageSize);
  const list = useResource(`initiatives:${offset}`, () =>
    api.get<PageOf<typeof initiativeSummarySchema>>("/api/initiatives", {
      limit: pageSize,
      offset,
    }),
  );
  const canCreate = canManageDirectory(person);
  const page = list.data;
  return (
    <div class="page">
      <div class="page-head">
        <PageTitle documentTitle={t("initiatives:list.title")}>
          {t("initiatives:list.title")}
        </PageTitle>
        {canCreate && page?.total !== 0 ? (
          <ButtonLink href="/initiatives/new">{t("initiatives:list.new")}</ButtonLink>
        ) : null}
      </div>
      {list.isLoading && !page ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.reload()} /> : null}
      {page && page.total === 0 ? (
        <EmptyState
          title={t("initiatives:list.emptyTitle")}
          text={t(
            canCreate ? "initiatives:list.emptyTextFacilitator" : "initiatives:list.emptyText",
          )}
        >
          {canCreate ? (
            <ButtonLink href="/initiatives/new">{t("initiatives:list.new")}</ButtonLink>
          ) : null}
        </EmptyState>
      ) : null}
      {page && page.total > 0 ? (
        <>
          <InitiativeTable page={page} />
          <Pagination
            total={page.total}
            limit={pageSize}
            offset={offset}
            hrefFor={(n) => (n > 1 ? `/initiatives?page=${n}` : "/initiatives")}
          />
        </>
      ) : null}
    </div>
  );
}
