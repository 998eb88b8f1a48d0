import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { MatchingRun, RunMatch } from "../../../shared/contracts/matching";
import { ApiError } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { SelectField } from "../../ui/form-field";
import { nameMatch, nameMember } from "./match-card";
import { ruleKeys } from "./matching-labels";

type SwapDialogProps = {
  run: MatchingRun;
  /** The match the swap starts from; null while closed. */
  match: RunMatch | null;
  isBusy: boolean;
  /** Sends the swap; resolves with the refusal to show, or null when done. */
  onSwap: (personIds: [string, string]) => Promise<unknown>;
  onClose: () => void;
};

/** Who the other person can be: members of other unlocked matches, or someone unmatched. */
function partnersFor(run: MatchingRun, match: RunMatch) {
  const inMatches = run.matches
    .filter((m) => m.id !== match.id && !m.isLocked)
    .flatMap((m) =>
      m.members.map((p) => ({ value: p.personId, label: `${nameMember(p)} (${nameMatch(m)})` })),
    );
  const unmatched = run.unmatched.map((u) => ({ value: u.personId, label: nameMember(u) }));
  return { inMatches, unmatched };
}

function refusalMessages(error: unknown, t: (key: string) => string): string[] {
  if (!(error instanceof ApiError) || error.details.length === 0)
    return [t("matching:swap.failed")];
  const codes = [...new Set(error.details.map((d) => d.code))];
  return codes.map((code) => t(ruleKeys[code] ?? "matching:rule.other"));
}

/**
 * Swaps a member of one match with someone in another match or someone unmatched, in a modal
 * dialog; a swap that would break a rule is refused and the rule named here.
 */
export function SwapDialog({ run, match, isBusy, onSwap, onClose }: SwapDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<Element | null>(null);
  const titleId = useId();
  const [mover, setMover] = useState("");
  const [other, setOther] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (match && !dialog.open) {
      openerRef.current = document.activeElement;
      setMover(match.members[0]?.personId ?? "");
      setOther("");
      setProblems([]);
      dialog.showModal();
    } else if (!match && dialog.open) {
      dialog.close();
      if (openerRef.current instanceof HTMLElement && openerRef.current.isConnected)
        openerRef.current.focus();
    }
  }, [match]);
  const choices = match ? partnersFor(run, match) : { inMatches: [], unmatched: [] };
  async function submit(event: Event) {
    event.preventDefault();
    if (!mover || !other) {
      setProblems([t("matching:swap.chooseBoth")]);
      return;
    }
    const refusal = await onSwap([mover, other]);
    setProblems(refusal ? refusalMessages(refusal, t) : []);
  }
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} class="dialog__title">
        {t("matching:swap.title")}
      </h2>
      {match ? <p>{t("matching:swap.intro", { name: nameMatch(match) })}</p> : null}
      {problems.length > 0 ? (
        <div class="error-summary" role="alert">
          <p class="error-summary__title">{t("matching:swap.refused")}</p>
          <ul class="error-summary__list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form noValidate onSubmit={submit}>
        <SelectField
          id="swap-mover"
          label={t("matching:swap.mover")}
          value={mover}
          options={(match?.members ?? []).map((m) => ({ value: m.personId, label: nameMember(m) }))}
          onValue={setMover}
        />
        <div class="field">
          <label class="field__label" for="swap-other">
            {t("matching:swap.other")}
          </label>
          <select
            id="swap-other"
            class="select"
            value={other}
            onChange={(e) => setOther(e.currentTarget.value)}
          >
            <option value="">{t("matching:pairs.choose")}</option>
            {choices.inMatches.length > 0 ? (
              <optgroup label={t("matching:swap.inMatches")}>
                {choices.inMatches.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {choices.unmatched.length > 0 ? (
              <optgroup label={t("matching:swap.unmatched")}>
                {choices.unmatched.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <p class="field__hint">{t("matching:swap.lockNote")}</p>
        <div class="button-row">
          <Button type="submit" isBusy={isBusy}>
            {t("matching:swap.confirm")}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t("common:action.cancel")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
