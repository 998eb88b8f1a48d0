import type { Organisation } from "../../../shared/contracts/organisations";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { canManageDirectory, useSession } from "../../session";
import { LoadError, Loading } from "../../ui/load-status";
import { PageTitle } from "../../ui/page-title";
import { useResource } from "../../ui/use-resource";
import { ForbiddenPage } from "../shell/not-found-page";
import { OrganisationForm } from "./organisation-form";

/** Creates (`/organisations/new`) or edits (`/organisations/:id`) an organisation. */
export function OrganisationEditPage({ id }: { id?: string }) {
  const t = useT();
  const person = useSession();
  const existing = useResource(`organisation:${id ?? "new"}`, () =>
    id ? api.get<Organisation>(`/api/organisations/${id}`) : Promise.resolve(null),
  );
  if (!canManageDirectory(person)) return <ForbiddenPage />;
  const loaded = existing.data;
  const title = id ? t("organisations:form.editTitle") : t("organisations:form.newTitle");
  return (
    <div class="page page--narrow">
      <p class="breadcrumb">
        <a href="/organisations">{t("organisations:list.title")}</a>
      </p>
      <PageTitle documentTitle={loaded ? `${title} – ${loaded.name}` : title}>{title}</PageTitle>
      {id && existing.isLoading && !loaded ? <Loading /> : null}
      {existing.error ? (
        <LoadError error={existing.error} onRetry={() => void existing.reload()} />
      ) : null}
      {!id || loaded ? (
        <OrganisationForm
          key={loaded?.version ?? 0}
          existing={loaded}
          onReload={() => void existing.reload()}
        />
      ) : null}
    </div>
  );
}
