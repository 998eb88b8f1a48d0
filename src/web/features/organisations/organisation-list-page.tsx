import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { organisationSchema } from "../../../shared/contracts/organisations";
import { api, buildUrl, type PageOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { canManageDirectory, useSession } from "../../session";
import { ButtonLink } from "../../ui/button";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { offsetOf } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { PageTitle } from "../../ui/page-title";
import { Pagination } from "../../ui/pagination";
import { SearchForm } from "../../ui/search-form";
import { useResource } from "../../ui/use-resource";
import { governmentLevelKeys, organisationKindKeys } from "./labels";

const pageSize = 20;

/** Organisations (homes of peers, hosts of visits): search by name, page through, open to edit. */
export function OrganisationListPage() {
  const t = useT();
  const person = useSession();
  const { query, route } = useLocation();
  const q = query.q ?? "";
  const offset = offsetOf(query.page, pageSize);
  const [search, setSearch] = useState(q);
  const list = useResource(`organisations:${q}:${offset}`, () =>
    api.get<PageOf<typeof organisationSchema>>("/api/organisations", {
      q,
      limit: pageSize,
      offset,
    }),
  );
  const canEdit = canManageDirectory(person);
  const page = list.data;
  return (
    <div class="page">
      <div class="page-head">
        <PageTitle documentTitle={t("organisations:list.title")}>
          {t("organisations:list.title")}
        </PageTitle>
        {canEdit ? (
          <ButtonLink href="/organisations/new">{t("organisations:list.new")}</ButtonLink>
        ) : null}
      </div>
      <SearchForm
        id="organisation-search"
        label={t("organisations:list.search")}
        value={search}
        onValue={setSearch}
        onSearch={(text) => route(buildUrl("/organisations", { q: text }))}
      />
      {list.isLoading && !page ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.reload()} /> : null}
      {page && page.total === 0 ? (
        <EmptyState
          title={t(q ? "organisations:list.noMatchTitle" : "organisations:list.emptyTitle")}
          text={t(q ? "organisations:list.noMatchText" : "organisations:list.emptyText", { q })}
        />
      ) : null}
      {page && page.total > 0 ? (
        <>
          <DataTable
            caption={t(q ? "organisations:list.captionSearch" : "organisations:list.caption", {
              count: page.total,
              q,
            })}
            columns={[
              t("organisations:field.name"),
              t("organisations:field.country"),
              t("organisations:field.level"),
              t("organisations:field.kind"),
            ]}
          >
            {page.items.map((o) => (
              <tr key={o.id}>
                <td>{canEdit ? <a href={`/organisations/${o.id}`}>{o.name}</a> : o.name}</td>
                <td>{o.country}</td>
                <td>{t(governmentLevelKeys[o.level])}</td>
                <td>{t(organisationKindKeys[o.kind])}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination
            total={page.total}
            limit={pageSize}
            offset={offset}
            hrefFor={(n) => buildUrl("/organisations", { q, page: n > 1 ? n : undefined })}
          />
        </>
      ) : null}
    </div>
  );
}
