import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useT } from "../../i18n/use-t";
import { countUnsentNoteDrafts, signOut } from "../../session";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { showToast } from "../../ui/toast";

/**
 * Signing out, shared by the header button and the sign-out page. Signing out deletes the
 * person's note drafts from this device (so the next person on a shared computer cannot read
 * them); when some of them never reached the server, the person is asked first.
 */
export function useSignOut() {
  const t = useT();
  const { route } = useLocation();
  const [unsent, setUnsent] = useState(0);
  const [isBusy, setBusy] = useState(false);
  async function confirmSignOut() {
    setBusy(true);
    try {
      await signOut();
      showToast(t("common:session.signedOut"));
      route("/sign-in");
    } catch {
      showToast(t("common:apiError.NETWORK"));
    } finally {
      setBusy(false);
      setUnsent(0);
    }
  }
  function requestSignOut() {
    const count = countUnsentNoteDrafts();
    if (count > 0) setUnsent(count);
    else void confirmSignOut();
  }
  const dialog = (
    <ConfirmDialog
      isOpen={unsent > 0}
      title={t("common:session.unsentTitle")}
      body={t("common:session.unsentBody", { count: unsent })}
      confirmLabel={t("common:session.unsentConfirm")}
      isBusy={isBusy}
      onConfirm={() => void confirmSignOut()}
      onCancel={() => setUnsent(0)}
    />
  );
  return { requestSignOut, isBusy, dialog };
}
