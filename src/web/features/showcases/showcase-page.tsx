import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { Showcase } from "../../../shared/contracts/showcases";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { useResource } from "../../ui/use-resource";
import { useMembers } from "../activities/use-members";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { ShowcaseFacts, showcasePath } from "./showcase-card";
import { ShowcaseForm } from "./showcase-form";

function DeleteShowcase({ showcase }: { showcase: Showcase }) {
  const t = useT();
  const { route } = useLocation();
  const [isAsking, setAsking] = useState(false);
  async function remove() {
    try {
      await api.delete(`/api/initiatives/${showcase.initiativeId}/showcases/${showcase.id}`);
      showToast(t("showcases:deleted", { title: showcase.title }));
      route(showcasePath(showcase.initiativeId));
    } catch (error) {
      showToast(t(errorKeyOf(error)));
      setAsking(false);
    }
  }
  return (
    <>
      <Button variant="quiet" onClick={() => setAsking(true)}>
        {t("showcases:delete")}
      </Button>
      <ConfirmDialog
        isOpen={isAsking}
        title={t("showcases:deleteTitle")}
        body={t("showcases:deleteBody", { title: showcase.title })}
        confirmLabel={t("showcases:deleteConfirm")}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

function EditShowcase(props: { showcase: Showcase; reload: () => Promise<Showcase | null> }) {
  const t = useT();
  const members = useMembers(props.showcase.initiativeId);
  const [formKey, setFormKey] = useState(0);
  const { showcase } = props;
  return (
    <section class="section" aria-labelledby="showcase-form-title">
      <h3 id="showcase-form-title">{t("showcases:editTitle")}</h3>
      <ShowcaseForm
        key={`${showcase.version}:${formKey}`}
        showcase={showcase}
        members={members.data?.items ?? []}
        submitLabel={t("showcases:save")}
        save={async (body) => {
          const path = `/api/initiatives/${showcase.initiativeId}/showcases/${showcase.id}`;
          await api.patch(path, { ...body, version: showcase.version });
          showToast(t("common:status.saved"));
          await props.reload();
        }}
        onReload={() => {
          void props.reload().then(() => setFormKey((k) => k + 1));
        }}
      />
    </section>
  );
}

/** One showcase: its facts, visits planned to it and, for facilitators, editing and deletion. */
export function ShowcasePage({ id, showcaseId }: { id: string; showcaseId: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const showcase = useResource(`showcase:${showcaseId}`, () =>
    api.get<Showcase>(`/api/initiatives/${id}/showcases/${showcaseId}`),
  );
  const data = showcase.data;
  return (
    <InitiativeFrame id={id} section="showcases" initiative={initiative}>
      {(init) => (
        <>
          <p class="breadcrumb">
            <a href={showcasePath(id)}>{t("showcases:list.title")}</a>
          </p>
          {showcase.isLoading && !data ? <Loading /> : null}
          {showcase.error ? (
            <LoadError error={showcase.error} onRetry={() => void showcase.reload()} />
          ) : null}
          {data ? (
            <>
              <h2>{data.title}</h2>
              <section class="card" aria-label={t("showcases:factsLabel")}>
                <ShowcaseFacts showcase={data} />
              </section>
              {init.myRole === "facilitator" ? (
                <>
                  <p class="button-row">
                    <a class="button" href={showcasePath(id, data.id, "plan-visit")}>
                      {t("showcases:planVisit")}
                    </a>
                    <DeleteShowcase showcase={data} />
                  </p>
                  <EditShowcase showcase={data} reload={showcase.reload} />
                </>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </InitiativeFrame>
  );
}
