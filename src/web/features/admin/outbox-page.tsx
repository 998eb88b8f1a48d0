import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { outboxMessageSchema } from "../../../shared/contracts/mail-outbox";
import { api, buildUrl, type PageOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { formatDateTime, offsetOf } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { PageTitle } from "../../ui/page-title";
import { Pagination } from "../../ui/pagination";
import { SearchForm } from "../../ui/search-form";
import { useResource } from "../../ui/use-resource";
import { MessageView, statusKeyOf } from "./message-view";

const pageSize = 25;

/** The mail outbox (admins): what Kollega sent or will send, filterable by recipient. */
export function OutboxPage() {
  const t = useT();
  const { query, route } = useLocation();
  const to = query.to ?? "";
  const offset = offsetOf(query.page, pageSize);
  const [filter, setFilter] = useState(to);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useResource(`outbox:${to}:${offset}`, () =>
    api.get<PageOf<typeof outboxMessageSchema>>("/api/admin/outbox", {
      to,
      limit: pageSize,
      offset,
    }),
  );
  const page = list.data;
  const open = page?.items.find((m) => m.id === openId) ?? null;
  return (
    <div class="page">
      <PageTitle documentTitle={t("admin:outbox.title")}>{t("admin:outbox.title")}</PageTitle>
      <p class="lead">{t("admin:outbox.intro")}</p>
      <SearchForm
        id="outbox-to"
        label={t("admin:outbox.filter")}
        value={filter}
        onValue={setFilter}
        onSearch={(text) => route(buildUrl("/admin/outbox", { to: text }))}
      />
      {open ? <MessageView message={open} onClose={() => setOpenId(null)} /> : null}
      {list.isLoading && !page ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.reload()} /> : null}
      {page && page.total === 0 ? (
        <EmptyState title={t("admin:outbox.emptyTitle")} text={t("admin:outbox.emptyText")} />
      ) : null}
      {page && page.total > 0 ? (
        <>
          <DataTable
            caption={t("admin:outbox.caption", { count: page.total })}
            columns={[
              t("admin:outbox.created"),
              t("admin:outbox.to"),
              t("admin:outbox.subject"),
              t("admin:outbox.statusTitle"),
            ]}
          >
            {page.items.map((m) => (
              <tr key={m.id} class={m.id === openId ? "is-selected" : undefined}>
                <td>{formatDateTime(m.createdAt)}</td>
                <td>{m.to}</td>
                <td>
                  <button type="button" class="link-button" onClick={() => setOpenId(m.id)}>
                    {m.subject}
                  </button>
                </td>
                <td>{t(statusKeyOf(m), { attempts: m.attempts })}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination
            total={page.total}
            limit={pageSize}
            offset={offset}
            hrefFor={(n) => buildUrl("/admin/outbox", { to, page: n > 1 ? n : undefined })}
          />
        </>
      ) : null}
    </div>
  );
}
