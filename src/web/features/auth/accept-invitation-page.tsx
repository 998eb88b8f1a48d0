import { useLocation } from "preact-iso";
import type { z } from "zod";
import type {
  acceptInvitationResponseSchema,
  InvitationPreview,
} from "../../../shared/contracts/invitations";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { fetchSession, useSession } from "../../session";
import { formatDate } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { PageTitle } from "../../ui/page-title";
import { showToast } from "../../ui/toast";
import { useResource } from "../../ui/use-resource";
import { memberRoleKeys } from "../initiatives/labels";
import { AcceptForms } from "./accept-invitation-forms";

type AcceptAnswer = z.infer<typeof acceptInvitationResponseSchema>;

/** The body sent to accept: name and password for a new account, password alone for an existing one. */
export type AcceptBody = { displayName?: string; password?: string };

const statusKeys = {
  accepted: "auth:invitation.status.accepted",
  expired: "auth:invitation.status.expired",
  revoked: "auth:invitation.status.revoked",
} as const;

/**
 * The page an invitation mail links to (`/invitations/:token`): who invites whom to what, then
 * the shortest way in: register, sign in, or just accept.
 */
export function AcceptInvitationPage({ token }: { token: string }) {
  const t = useT();
  const person = useSession();
  const { route } = useLocation();
  const path = `/api/invitations/${encodeURIComponent(token)}`;
  const preview = useResource(path, () => api.get<InvitationPreview>(path));
  const invitation = preview.data;

  async function accept(body: AcceptBody) {
    const answer = await api.post<AcceptAnswer>(`${path}/accept`, { ...body, locale: getLocale() });
    await fetchSession();
    showToast(t("auth:invitation.welcome", { name: invitation?.initiativeName ?? "" }));
    route(`/initiatives/${answer.initiativeId}`);
  }

  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("auth:invitation.title")}>{t("auth:invitation.title")}</PageTitle>
      {preview.isLoading && !invitation ? <Loading /> : null}
      {preview.error ? <LoadError error={preview.error} /> : null}
      {invitation ? (
        <>
          <p class="lead">
            {t("auth:invitation.intro", {
              inviter: invitation.invitedByName,
              initiative: invitation.initiativeName,
              role: t(memberRoleKeys[invitation.role]),
            })}
          </p>
          <dl class="facts card">
            <dt>{t("auth:invitation.initiative")}</dt>
            <dd>{invitation.initiativeName}</dd>
            <dt>{t("auth:invitation.invitedBy")}</dt>
            <dd>{invitation.invitedByName}</dd>
            <dt>{t("auth:invitation.role")}</dt>
            <dd>{t(memberRoleKeys[invitation.role])}</dd>
            <dt>{t("auth:invitation.email")}</dt>
            <dd>{invitation.email}</dd>
            <dt>{t("auth:invitation.expires")}</dt>
            <dd>{formatDate(invitation.expiresAt)}</dd>
          </dl>
          {invitation.status === "pending" ? (
            <AcceptForms invitation={invitation} person={person} onAccept={accept} />
          ) : (
            // biome-ignore lint/a11y/useSemanticElements: <output> allows only phrasing content; this live region holds paragraphs.
            <div class="notice" role="status">
              <p>{t(statusKeys[invitation.status])}</p>
              <p>
                <a href="/sign-in">{t("common:session.signIn")}</a>
              </p>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}
