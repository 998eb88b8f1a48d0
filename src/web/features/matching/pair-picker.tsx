import { useState } from "preact/hooks";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { joinList } from "../intake/intake-labels";
import { addPair, type PersonPair } from "./parameters-values";

/** A peer who can be named in a pair. */
export type PeerOption = { personId: string; displayName: string; organisationName: string | null };

type PairPickerProps = {
  /** Prefix of the control ids; `<id>-first` takes error-link focus. */
  id: string;
  legend: string;
  hint: string;
  pairs: PersonPair[];
  peers: readonly PeerOption[];
  /** Already translated error from the form (e.g. a pair both forbidden and required). */
  error?: string | undefined;
  onChange: (pairs: PersonPair[]) => void;
};

/** Names the people of a pair for lists and button labels ("Amina Otieno and Erik Lindqvist"). */
export function namePair(pair: readonly string[], peers: readonly PeerOption[]): string {
  return joinList(pair.map((id) => peers.find((p) => p.personId === id)?.displayName ?? "—"));
}

/** Lists pairs of peers (never together, or always together) and adds one from two choices. */
export function PairPicker({ id, legend, hint, pairs, peers, error, onChange }: PairPickerProps) {
  const t = useT();
  const [first, setFirst] = useState("");
  const [second, setSecond] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const options = peers.map((p) => (
    <option key={p.personId} value={p.personId}>
      {p.organisationName ? `${p.displayName} (${p.organisationName})` : p.displayName}
    </option>
  ));
  function add() {
    if (!first || !second || first === second) {
      setProblem(t("matching:pairs.chooseTwo"));
      return;
    }
    setProblem(null);
    onChange(addPair(pairs, [first, second]));
    setFirst("");
    setSecond("");
  }
  const shownError = error ?? problem ?? undefined;
  return (
    <fieldset class={shownError ? "choice-group field--error" : "choice-group"}>
      <legend class="field__label">{legend}</legend>
      <p class="field__hint">{hint}</p>
      {shownError ? (
        <p class="field__error" role={problem ? "alert" : undefined}>
          <span class="visually-hidden">{t("common:form.errorPrefix")} </span>
          {shownError}
        </p>
      ) : null}
      {pairs.length > 0 ? (
        <ul class="pair-list">
          {pairs.map((pair) => (
            <li key={pair.join("+")}>
              {namePair(pair, peers)}{" "}
              <Button variant="quiet" onClick={() => onChange(pairs.filter((p) => p !== pair))}>
                {t("matching:pairs.remove")}
                <span class="visually-hidden"> {namePair(pair, peers)}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t("matching:pairs.none")}</p>
      )}
      <div class="pair-picker">
        <div class="field">
          <label class="field__label" for={`${id}-first`}>
            {t("matching:pairs.first")}
          </label>
          <select
            id={`${id}-first`}
            class="select"
            value={first}
            onChange={(e) => setFirst(e.currentTarget.value)}
          >
            <option value="">{t("matching:pairs.choose")}</option>
            {options}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for={`${id}-second`}>
            {t("matching:pairs.second")}
          </label>
          <select
            id={`${id}-second`}
            class="select"
            value={second}
            onChange={(e) => setSecond(e.currentTarget.value)}
          >
            <option value="">{t("matching:pairs.choose")}</option>
            {options}
          </select>
        </div>
        <Button variant="secondary" onClick={add}>
          {t("matching:pairs.add")}
          <span class="visually-hidden"> {legend}</span>
        </Button>
      </div>
    </fieldset>
  );
}
