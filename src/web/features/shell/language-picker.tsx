import { useState } from "preact/hooks";
import { getLocale, localeNames, uiLocaleList } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { showToast } from "../../ui/toast";
import { changeLanguage } from "./change-language";

/**
 * The language switch in the header: one button per language, named in that language (with its
 * `lang`), the active one pressed. Signed in, the choice is also saved to the profile.
 */
export function LanguagePicker() {
  const t = useT();
  const [isBusy, setBusy] = useState(false);
  const active = getLocale();
  async function choose(locale: (typeof uiLocaleList)[number]) {
    if (locale === active || isBusy) return;
    setBusy(true);
    try {
      await changeLanguage(locale);
    } catch {
      showToast(t("common:language.notSaved"));
    } finally {
      setBusy(false);
    }
  }
  return (
    <fieldset class="language-picker">
      <legend class="visually-hidden">{t("common:language.label")}</legend>
      {uiLocaleList.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          class="language-picker__option"
          aria-pressed={locale === active ? "true" : "false"}
          onClick={() => void choose(locale)}
        >
          {localeNames[locale]}
        </button>
      ))}
    </fieldset>
  );
}
