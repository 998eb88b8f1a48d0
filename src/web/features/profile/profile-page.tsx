import type { organisationSchema } from "../../../shared/contracts/organisations";
import type { Person } from "../../../shared/contracts/people";
import { api, type PageOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { useSession } from "../../session";
import { LoadError, Loading } from "../../ui/load-status";
import { PageTitle } from "../../ui/page-title";
import { useResource } from "../../ui/use-resource";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";

/** The signed-in person's own profile and password. */
export function ProfilePage() {
  const t = useT();
  const me = useSession();
  const personId = me?.id ?? "";
  const profile = useResource(`person:${personId}`, () =>
    api.get<Person>(`/api/people/${personId}`),
  );
  const organisations = useResource("all-organisations", () =>
    api.get<PageOf<typeof organisationSchema>>("/api/organisations", { limit: 100, offset: 0 }),
  );
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("profile:title")}>{t("profile:title")}</PageTitle>
      <p class="lead">{t("profile:intro")}</p>
      {profile.isLoading && !profile.data ? <Loading /> : null}
      {profile.error ? (
        <LoadError error={profile.error} onRetry={() => void profile.reload()} />
      ) : null}
      {profile.data ? (
        <ProfileForm
          key={profile.data.version}
          person={profile.data}
          organisations={organisations.data?.items ?? []}
          onSaved={profile.setData}
          onReload={() => void profile.reload()}
        />
      ) : null}
      <PasswordForm />
    </div>
  );
}
