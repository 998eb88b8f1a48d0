import {
  type ActivityFormat,
  activityFormats,
  type FormatKey,
  sourceGuideNameKey,
} from "../../../domain/catalogue/formats";
import { useT } from "../../i18n/use-t";
import { stageKeysOf } from "./activity-labels";

function dayText(days: number, t: (key: string) => string): string {
  return days === 0.5 ? t("activities:format.halfDay") : String(days);
}

/** "3–8 people · 1–3 days · stages 2 and 3 · prepare at least 13 weeks". */
export function useFormatFacts() {
  const t = useT();
  return (format: ActivityFormat): string => {
    const { participants: p, durationDays: d } = format;
    const people =
      p.min === p.max
        ? t("activities:format.peopleExact", { count: p.max })
        : t("activities:format.people", { min: p.min, max: p.max });
    const length =
      d.min === 0
        ? t("activities:format.lengthUpTo", { max: dayText(d.max, t) })
        : t("activities:format.length", {
            min: dayText(d.min, t),
            max: dayText(d.max, t),
            count: d.max,
          });
    const stages = t("activities:format.stages", {
      stages: format.stages.map((s) => t(stageKeysOf(s).name)).join(", "),
    });
    const prep = t("activities:format.preparation", { count: format.minPreparationWeeks });
    return [people, length, stages, prep].join(" · ");
  };
}

/**
 * The catalogue of formats as radio cards: each with its typical size and length, the stages
 * it serves, its guide and a short description. Choosing one applies its defaults.
 */
export function FormatPicker(props: { selected: FormatKey; onSelect: (key: FormatKey) => void }) {
  const t = useT();
  const factsOf = useFormatFacts();
  return (
    <fieldset class="format-picker">
      <legend class="form-group__legend">{t("activities:form.formatLegend")}</legend>
      <p class="field__hint">{t("activities:form.formatHint")}</p>
      <div class="format-picker__grid">
        {activityFormats.map((format) => {
          const id = `format-${format.key}`;
          const isSelected = format.key === props.selected;
          return (
            <div
              key={format.key}
              class={isSelected ? "format-card format-card--selected" : "format-card"}
            >
              <div class="format-card__head">
                <input
                  type="radio"
                  id={id}
                  name="format"
                  value={format.key}
                  checked={isSelected}
                  aria-describedby={`${id}-facts ${id}-guidance`}
                  onChange={() => props.onSelect(format.key)}
                />
                <label for={id} class="format-card__name">
                  {t(format.texts.name)}
                </label>
              </div>
              <p class="format-card__facts" id={`${id}-facts`}>
                {factsOf(format)}
              </p>
              <p class="format-card__guidance" id={`${id}-guidance`}>
                {t(format.texts.guidance)}
              </p>
              <p class="format-card__source muted">
                {t("activities:format.source", { guide: t(sourceGuideNameKey(format.source)) })}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** What to watch for with the chosen format, shown beside the form. */
export function FormatAdvice({ format }: { format: ActivityFormat }) {
  const t = useT();
  const factsOf = useFormatFacts();
  return (
    <section class="card format-advice" aria-labelledby="format-advice-title">
      <h3 id="format-advice-title" class="card__title">
        {t("activities:format.adviceTitle", { format: t(format.texts.name) })}
      </h3>
      <p>{factsOf(format)}</p>
      <h4>{t("activities:format.watchFor")}</h4>
      <p>{t(format.texts.watchFor)}</p>
    </section>
  );
}
