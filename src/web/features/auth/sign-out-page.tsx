import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useT } from "../../i18n/use-t";
import { signOut, useSession } from "../../session";
import { Button } from "../../ui/button";
import { PageTitle } from "../../ui/page-title";
import { showToast } from "../../ui/toast";

/** A page to sign out from (the header button does the same in one step). */
export function SignOutPage() {
  const t = useT();
  const person = useSession();
  const { route } = useLocation();
  const [isBusy, setBusy] = useState(false);
  async function handleSignOut() {
    setBusy(true);
    try {
      await signOut();
      showToast(t("common:session.signedOut"));
      route("/sign-in");
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("auth:signOut.title")}>{t("auth:signOut.title")}</PageTitle>
      {person ? (
        <div class="card">
          <p>{t("auth:signOut.signedInAs", { name: person.displayName, email: person.email })}</p>
          <Button isBusy={isBusy} onClick={() => void handleSignOut()}>
            {t("common:session.signOut")}
          </Button>
        </div>
      ) : (
        <p class="lead">
          {t("auth:signOut.alreadySignedOut")} <a href="/sign-in">{t("common:session.signIn")}</a>
        </p>
      )}
    </div>
  );
}
