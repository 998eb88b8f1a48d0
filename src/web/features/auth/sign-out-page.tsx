import { useT } from "../../i18n/use-t";
import { useSession } from "../../session";
import { Button } from "../../ui/button";
import { PageTitle } from "../../ui/page-title";
import { useSignOut } from "../shell/use-sign-out";

/** A page to sign out from (the header button does the same in one step). */
export function SignOutPage() {
  const t = useT();
  const person = useSession();
  const signOutFlow = useSignOut();
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("auth:signOut.title")}>{t("auth:signOut.title")}</PageTitle>
      {person ? (
        <div class="card">
          <p>{t("auth:signOut.signedInAs", { name: person.displayName, email: person.email })}</p>
          <Button isBusy={signOutFlow.isBusy} onClick={signOutFlow.requestSignOut}>
            {t("common:session.signOut")}
          </Button>
          {signOutFlow.dialog}
        </div>
      ) : (
        <p class="lead">
          {t("auth:signOut.alreadySignedOut")} <a href="/sign-in">{t("common:session.signIn")}</a>
        </p>
      )}
    </div>
  );
}
