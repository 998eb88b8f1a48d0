import { useT } from "../i18n/use-t";
import { Button } from "./button";

type SearchFormProps = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Called with the trimmed text when the form is sent (Enter or the Search button). */
  onSearch: (text: string) => void;
};

/** A labelled search box in a `<search>` landmark; searching is explicit, never on each key. */
export function SearchForm({ id, label, value, onValue, onSearch }: SearchFormProps) {
  const t = useT();
  return (
    <search class="search-form">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(value.trim());
        }}
      >
        <label class="field__label" for={id}>
          {label}
        </label>
        <div class="search-form__row">
          <input
            id={id}
            class="input"
            type="search"
            value={value}
            onInput={(e) => onValue(e.currentTarget.value)}
          />
          <Button type="submit" variant="secondary">
            {t("common:action.search")}
          </Button>
        </div>
      </form>
    </search>
  );
}
