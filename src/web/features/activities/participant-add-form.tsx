import { useState } from "preact/hooks";
import type { Activity } from "../../../shared/contracts/activities";
import type { ParticipantRole } from "../../../shared/contracts/activity-items";
import type { Member } from "../../../shared/contracts/initiatives";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "./activity-change";
import { keysOf, participantRoleKeys } from "./activity-labels";

type Values = { personId: string; role: ParticipantRole };

/** Adds a member of the initiative to the activity with a role (facilitators). */
export function ParticipantAddForm(props: {
  activity: Activity;
  members: Member[];
  reload: () => Promise<unknown>;
}) {
  const t = useT();
  const [values, setValues] = useState<Values>({ personId: "", role: "visiting_peer" });
  const form = useFormSubmit({
    fieldFor: () => "personId",
    messageKeyFor: (error) => (isConflict(error) ? "activities:people.alreadyIn" : undefined),
  });
  const taken = new Set(props.activity.participants.map((p) => p.personId));
  const candidates = props.members.filter((m) => !taken.has(m.personId));
  async function submit(event: Event) {
    event.preventDefault();
    const path = `/api/initiatives/${props.activity.initiativeId}/activities/${props.activity.id}/participants`;
    const ok = await form.run(
      () => api.post(path, values),
      () => requireFilled(values, ["personId"]),
    );
    if (!ok) return;
    const name = props.members.find((m) => m.personId === values.personId)?.displayName ?? "";
    showToast(t("activities:people.added", { name }));
    setValues({ ...values, personId: "" });
    await props.reload();
  }
  const fields = [
    { name: "personId", id: "participant-person", label: t("activities:people.person") },
  ];
  return (
    <div class="card">
      <h4 class="card__title">{t("activities:people.addTitle")}</h4>
      <FormErrorSummary form={form} fields={fields} />
      {candidates.length === 0 ? (
        <p>{t("activities:people.everyoneIn")}</p>
      ) : (
        <form
          class="form"
          noValidate
          onSubmit={submit}
          aria-label={t("activities:people.addTitle")}
        >
          <div class="field-row">
            <SelectField
              id="participant-person"
              label={t("activities:people.person")}
              error={form.fieldKeys.personId ? t(form.fieldKeys.personId) : undefined}
              value={values.personId}
              emptyLabel={t("activities:people.choose")}
              options={candidates.map((m) => ({
                value: m.personId,
                label: m.organisationName
                  ? `${m.displayName} (${m.organisationName})`
                  : m.displayName,
              }))}
              onValue={(personId) => setValues({ ...values, personId })}
            />
            <SelectField
              id="participant-role"
              label={t("activities:people.role")}
              value={values.role}
              options={keysOf(participantRoleKeys).map((r) => ({
                value: r,
                label: t(participantRoleKeys[r]),
              }))}
              onValue={(role) => setValues({ ...values, role: role as ParticipantRole })}
            />
          </div>
          <Button type="submit" isBusy={form.isBusy}>
            {t("activities:people.add")}
          </Button>
        </form>
      )}
    </div>
  );
}
