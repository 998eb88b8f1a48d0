import { useEffect } from "preact/hooks";
import {
  listWorkshopMethods,
  type WorkshopMethodId,
} from "../../../domain/peer-visit/workshop-methods";
import type { Workshop } from "../../../shared/contracts/workshops";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { type FieldErrorKeys, useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "../activities/activity-change";
import { RadioGroup } from "../matching/radio-group";
import { useRebasedDraft } from "../peer-methods/rebased-draft";
import { pvKey } from "../peer-visits/peer-visit-keys";
import { parseClockTime } from "../peer-visits/workshops/clock-time";

type MethodFormProps = {
  base: string;
  /** The workshop to change; null chooses the method for the first time. */
  workshop: Workshop | null;
  reload: () => Promise<unknown>;
  /** Called after a successful change, and on cancel (change only). */
  onDone?: () => void;
};

function validate(startTime: string): FieldErrorKeys {
  return startTime && parseClockTime(startTime) === null
    ? { startTime: "workshop:method.startTimeInvalid" }
    : {};
}

/** Sends the choice: POST the first time, PATCH with the version seen afterwards. */
function useMethodSave(props: MethodFormProps) {
  const { base, workshop, reload } = props;
  // A change keeps the typed choice after a stale-version reload; a second set-up just reloads.
  const conflictKey = workshop ? "workshop:conflictKept" : "workshop:conflict";
  const form = useFormSubmit({
    messageKeyFor: (error) => (isConflict(error) ? conflictKey : undefined),
  });
  const save = (methodId: WorkshopMethodId, startTime: string) =>
    form.run(
      async () => {
        const choice = { methodId, startTime: startTime || null };
        try {
          if (workshop)
            await api.patch(`${base}/workshop`, { ...choice, version: workshop.version });
          else await api.post(`${base}/workshop`, choice);
        } catch (error) {
          if (isConflict(error)) await reload();
          throw error;
        }
      },
      () => validate(startTime),
    );
  return { form, save };
}

/**
 * Chooses the workshop's method from the library (reflecting team, café, appreciative inquiry)
 * and the local time it starts, which sets the clock times of the run sheet.
 */
export function WorkshopMethodForm(props: MethodFormProps) {
  const t = useT();
  const { workshop, reload, onDone } = props;
  const [choice, setChoice] = useRebasedDraft(
    {
      methodId: workshop?.method.id ?? ("reflecting_team" as WorkshopMethodId),
      startTime: workshop?.startTime ?? "",
    },
    workshop?.version ?? 0,
  );
  const { methodId, startTime } = choice;
  const setMethodId = (next: WorkshopMethodId) => setChoice({ ...choice, methodId: next });
  const setStartTime = (next: string) => setChoice({ ...choice, startTime: next });
  const { form, save } = useMethodSave(props);
  const prefix = workshop ? "workshop-change" : "workshop-setup";
  useEffect(() => {
    // Opened by "Change the method": the chosen method's radio button takes the focus.
    if (workshop) document.getElementById(`${prefix}-method-${methodId}`)?.focus();
  }, []);
  async function submit(event: Event) {
    event.preventDefault();
    if (!(await save(methodId, startTime))) return;
    showToast(t(workshop ? "workshop:method.changed" : "workshop:setup.done"));
    await reload();
    onDone?.();
  }
  const options = listWorkshopMethods().map((m) => ({
    value: m.id,
    label: t(pvKey(m.nameKey)),
    hint: t(pvKey(m.summaryKey)),
  }));
  const startLabel = t("workshop:method.startTime");
  const fields = [{ name: "startTime", id: `${prefix}-start`, label: startLabel }];
  const title = t(workshop ? "workshop:method.changeTitle" : "workshop:setup.title");
  return (
    <>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form" noValidate onSubmit={submit} aria-label={title}>
        <RadioGroup
          id={`${prefix}-method`}
          legend={t("workshop:method.label")}
          options={options}
          value={methodId}
          onValue={(v) => setMethodId(v as WorkshopMethodId)}
        />
        <p>
          <a href={`/workshop-methods/${methodId}`}>{t("workshop:method.guideLink")}</a>
        </p>
        <TextField
          id={`${prefix}-start`}
          type="time"
          class="input--short"
          label={startLabel}
          hint={t("workshop:method.startTimeHint")}
          value={startTime}
          isOptional
          error={form.fieldKeys.startTime ? t(form.fieldKeys.startTime) : undefined}
          onValue={setStartTime}
        />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t(workshop ? "workshop:method.save" : "workshop:setup.submit")}
          </Button>
          {workshop ? (
            <Button variant="secondary" onClick={() => onDone?.()}>
              {t("common:action.cancel")}
            </Button>
          ) : null}
        </div>
      </form>
    </>
  );
}
