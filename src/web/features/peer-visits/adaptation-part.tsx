import { useEffect, useRef, useState } from "preact/hooks";
import type { z } from "zod";
import type { adaptationSchema } from "../../../shared/contracts/peer-visit-records";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { formatDateTime } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { useResource } from "../../ui/use-resource";
import type { PeerVisitPartProps } from "./part-props";
import { VisibleTo } from "./visible-to";

type Adaptation = z.infer<typeof adaptationSchema>;

/** The API address of the visit's adaptations. */
function adaptationsPath(visit: PeerVisitPartProps["visit"]): string {
  return `/api/initiatives/${visit.initiativeId}/activities/${visit.activityId}/peer-visit/adaptations`;
}

/** The facts `VisibleTo` needs; adaptations are read by the same circle as notes. */
function scopeOf(visit: PeerVisitPartProps["visit"]) {
  return {
    visitId: visit.id,
    initiativeId: visit.initiativeId,
    phase: visit.phase,
    reportSharing: visit.reportSharing,
  };
}

/**
 * The typed text of the reader's own adaptation. When a newer version arrives (saved elsewhere,
 * reloaded after a conflict) an edited text is kept; an untouched one takes the latest.
 */
function useAdaptationDraft(mine: Adaptation | null) {
  const [text, setText] = useState(mine?.text ?? "");
  const base = useRef({ version: mine?.version ?? 0, text });
  useEffect(() => {
    const version = mine?.version ?? 0;
    if (base.current.version === version) return;
    const before = base.current.text;
    const fresh = mine?.text ?? "";
    setText((edited) => (edited === before ? fresh : edited));
    base.current = { version, text: fresh };
  }, [mine]);
  /** What was just sent becomes the base, so the saved (trimmed) text replaces it. */
  const markSent = (sent: string) => {
    base.current = { ...base.current, text: sent };
  };
  return { text, setText, markSent };
}

function MyAdaptationForm(props: {
  visit: PeerVisitPartProps["visit"];
  mine: Adaptation | null;
  onSaved: () => Promise<unknown>;
}) {
  const t = useT();
  const { visit, mine } = props;
  const { text, setText, markSent } = useAdaptationDraft(mine);
  const [hasConflict, setConflict] = useState(false);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus > 0) document.getElementById("adaptation-save")?.focus();
  }, [refocus]);
  const form = useFormSubmit();
  async function save() {
    try {
      const body = { text: text.trim(), version: mine?.version ?? 0 };
      await api.put(`${adaptationsPath(visit)}/mine`, body);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === "CONFLICT")) throw error;
      setConflict(true);
      await props.onSaved();
      return;
    }
    markSent(text);
    setConflict(false);
    showToast(t("peer-visit:adaptation.saved"));
    await props.onSaved();
  }
  function submit(event: Event) {
    event.preventDefault();
    void form
      .run(save, () => requireFilled({ text }, ["text"]))
      .then((isSaved) => {
        // The busy Save button was disabled, which drops focus: give it back once enabled again.
        if (isSaved && document.activeElement === document.body) setRefocus((n) => n + 1);
      });
  }
  const label = t("peer-visit:adaptation.mine");
  return (
    <form class="form" onSubmit={submit} noValidate>
      <FormErrorSummary form={form} fields={[{ name: "text", id: "adaptation-mine", label }]} />
      {hasConflict ? (
        <div class="notice notice--warning" role="alert" data-testid="adaptation-conflict">
          <p>{t("peer-visit:adaptation.conflict")}</p>
        </div>
      ) : null}
      <TextAreaField
        id="adaptation-mine"
        label={label}
        hint={t("peer-visit:adaptation.mineHint")}
        rows={4}
        maxLength={4000}
        value={text}
        onValue={setText}
        error={form.fieldKeys.text ? t(form.fieldKeys.text) : undefined}
      />
      <VisibleTo kind="note" visit={scopeOf(visit)} />
      <Button id="adaptation-save" type="submit" isBusy={form.isBusy}>
        {t("peer-visit:adaptation.save")}
      </Button>
    </form>
  );
}

function AdaptationItem({ item, visit }: { item: Adaptation; visit: PeerVisitPartProps["visit"] }) {
  const t = useT();
  return (
    <li class="card">
      <p class="card__title">
        <strong>{item.isMine ? t("peer-visit:adaptation.byYou") : item.authorName}</strong>{" "}
        <span class="muted">{formatDateTime(item.updatedAt)}</span>
      </p>
      <p class="prewrap">{item.text}</p>
      <VisibleTo kind="note" visit={scopeOf(visit)} isOwn={item.isMine} />
    </li>
  );
}

/**
 * What each visiting peer will adapt in their own organisation: their own entry (visiting peers,
 * during follow-up) and the entries the reader may see (author, host, moderator, facilitators),
 * each saying who can read it.
 */
export function AdaptationPart({ visit }: PeerVisitPartProps) {
  const t = useT();
  const list = useResource(`pv-adaptations:${visit.id}`, () =>
    api.get<{ items: Adaptation[] }>(adaptationsPath(visit)),
  );
  const items = list.data?.items ?? [];
  const mine = items.find((item) => item.isMine) ?? null;
  const others = visit.permissions.canWriteAdaptation ? items.filter((i) => !i.isMine) : items;
  return (
    <section class="section" aria-labelledby="adaptations-title">
      <h3 id="adaptations-title">{t("peer-visit:adaptation.title")}</h3>
      <p>{t("peer-visit:adaptation.intro")}</p>
      {list.error ? <LoadError error={list.error} onRetry={() => void list.reload()} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data && visit.permissions.canWriteAdaptation ? (
        <MyAdaptationForm visit={visit} mine={mine} onSaved={list.reload} />
      ) : null}
      {list.data && others.length === 0 && !visit.permissions.canWriteAdaptation ? (
        <p class="muted">{t("peer-visit:adaptation.empty")}</p>
      ) : null}
      {others.length > 0 ? (
        <ul class="plain-list" data-testid="adaptations">
          {others.map((item) => (
            <AdaptationItem key={item.id} item={item} visit={visit} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
