import type { StoredParameters } from "../../../shared/contracts/matching";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { DataTable } from "../../ui/data-table";
import { describeParameters, type ParameterRow } from "./run-parameters";

/** A setting of both runs: its label and each run's value (null when that run does not use it). */
type ComparedSetting = { id: string; label: string; a: string | null; b: string | null };

function pairUp(
  a: readonly ParameterRow[],
  b: readonly ParameterRow[],
  label: (row: ParameterRow) => string,
) {
  return a
    .map(
      (row, i): ComparedSetting => ({
        id: row.id,
        label: label(row),
        a: row.value,
        b: b[i]?.value ?? null,
      }),
    )
    .filter((s) => s.a !== null || s.b !== null);
}

/** Both runs' settings, row by row in the same order; settings neither run uses are left out. */
export function compareSettings(
  a: StoredParameters,
  b: StoredParameters,
  t: Parameters<typeof describeParameters>[1],
  locale: string,
): ComparedSetting[] {
  const pa = describeParameters(a, t, locale);
  const pb = describeParameters(b, t, locale);
  const weight = (r: ParameterRow) => t("matching:params.weightOf", { criterion: r.label });
  return [
    ...pairUp(pa.general, pb.general, (r) => r.label),
    ...pairUp(pa.weights, pb.weights, weight),
    ...pairUp(pa.pairs, pb.pairs, (r) => r.label),
  ];
}

/**
 * The settings of two runs side by side; rows whose values differ carry a visible "differs"
 * marker (not colour alone), and a sentence above says how many differ.
 */
export function CompareParameters(props: { a: StoredParameters; b: StoredParameters }) {
  const t = useT();
  const settings = compareSettings(props.a, props.b, t, getLocale());
  const differing = settings.filter((s) => s.a !== s.b).length;
  const shown = (value: string | null) =>
    value ?? <span class="muted">{t("matching:compare.notUsed")}</span>;
  return (
    <section class="section" aria-labelledby="compare-params-title">
      <h3 id="compare-params-title">{t("matching:compare.paramsTitle")}</h3>
      <p data-testid="compare-params-summary">
        {differing === 0
          ? t("matching:compare.paramsSame")
          : t("matching:compare.paramsDiffer", { count: differing })}
      </p>
      <DataTable
        caption={t("matching:compare.paramsCaption")}
        isCaptionHidden
        columns={[
          t("matching:compare.setting"),
          t("matching:history.runA"),
          t("matching:history.runB"),
        ]}
      >
        {settings.map((s) => {
          const differs = s.a !== s.b;
          return (
            <tr
              key={s.id}
              class={differs ? "compare-params__row--differs" : undefined}
              data-testid={`compare-param-${s.id}`}
            >
              <th scope="row">
                {s.label}
                {differs ? " " : null}
                {differs ? (
                  <span class="tag tag--warning">{t("matching:compare.differs")}</span>
                ) : null}
              </th>
              <td>{shown(s.a)}</td>
              <td>{shown(s.b)}</td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
