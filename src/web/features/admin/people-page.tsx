import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { SystemRole } from "../../../shared/contracts/auth";
import type { Person, personSchema } from "../../../shared/contracts/people";
import { api, buildUrl, errorKeyOf, type PageOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { useSession } from "../../session";
import { Button } from "../../ui/button";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { offsetOf } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { PageTitle } from "../../ui/page-title";
import { Pagination } from "../../ui/pagination";
import { SearchForm } from "../../ui/search-form";
import { showToast } from "../../ui/toast";
import { useResource } from "../../ui/use-resource";

const pageSize = 25;

const systemRoleKeys = {
  admin: "admin:systemRole.admin",
  facilitator: "admin:systemRole.facilitator",
  member: "admin:systemRole.member",
} as const satisfies Record<SystemRole, string>;

function SystemRoleForm({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const t = useT();
  const me = useSession();
  const [role, setRole] = useState<SystemRole>(person.systemRole);
  const [isBusy, setBusy] = useState(false);
  const selectId = `system-role-${person.id}`;
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      await api.patch(`/api/admin/people/${person.id}`, { systemRole: role });
      showToast(
        t("admin:people.changed", { name: person.displayName, role: t(systemRoleKeys[role]) }),
      );
      onChanged();
    } catch (error) {
      showToast(t(errorKeyOf(error)));
      setRole(person.systemRole);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="inline-form" onSubmit={submit}>
      <label class="visually-hidden" for={selectId}>
        {t("admin:people.roleOf", { name: person.displayName })}
      </label>
      <select
        id={selectId}
        class="select select--compact"
        value={role}
        disabled={person.id === me?.id}
        onChange={(e) => setRole(e.currentTarget.value as SystemRole)}
      >
        {(Object.keys(systemRoleKeys) as SystemRole[]).map((r) => (
          <option key={r} value={r}>
            {t(systemRoleKeys[r])}
          </option>
        ))}
      </select>
      <Button
        type="submit"
        variant="secondary"
        isBusy={isBusy}
        disabled={role === person.systemRole}
      >
        {t("admin:people.change")}
        <span class="visually-hidden"> {person.displayName}</span>
      </Button>
    </form>
  );
}

/** Everyone with an account (admins): search and change system roles. */
export function PeoplePage() {
  const t = useT();
  const { query, route } = useLocation();
  const q = query.q ?? "";
  const offset = offsetOf(query.page, pageSize);
  const [search, setSearch] = useState(q);
  const list = useResource(`people:${q}:${offset}`, () =>
    api.get<PageOf<typeof personSchema>>("/api/admin/people", { q, limit: pageSize, offset }),
  );
  const page = list.data;
  return (
    <div class="page">
      <PageTitle documentTitle={t("admin:people.title")}>{t("admin:people.title")}</PageTitle>
      <p class="lead">{t("admin:people.intro")}</p>
      <SearchForm
        id="people-search"
        label={t("admin:people.search")}
        value={search}
        onValue={setSearch}
        onSearch={(text) => route(buildUrl("/admin/people", { q: text }))}
      />
      {list.isLoading && !page ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.reload()} /> : null}
      {page && page.total === 0 ? (
        <EmptyState title={t("admin:people.emptyTitle")} text={t("admin:people.emptyText")} />
      ) : null}
      {page && page.total > 0 ? (
        <>
          <DataTable
            caption={t("admin:people.caption", { count: page.total })}
            columns={[
              t("admin:people.name"),
              t("admin:people.email"),
              t("admin:people.organisation"),
              t("admin:people.systemRoleTitle"),
            ]}
          >
            {page.items.map((p) => (
              <tr key={p.id}>
                <td>{p.displayName}</td>
                <td>{p.email}</td>
                <td>{p.organisationName ?? "—"}</td>
                <td>
                  <SystemRoleForm
                    key={`${p.id}:${p.systemRole}`}
                    person={p}
                    onChanged={() => void list.reload()}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination
            total={page.total}
            limit={pageSize}
            offset={offset}
            hrefFor={(n) => buildUrl("/admin/people", { q, page: n > 1 ? n : undefined })}
          />
        </>
      ) : null}
    </div>
  );
}
