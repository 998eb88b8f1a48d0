import type { UiLocale } from "../../../shared/contracts/common";
import type { Person } from "../../../shared/contracts/people";
import { ApiError, api } from "../../api-client";
import { setLocale } from "../../i18n/i18n";
import { storeLocale } from "../../i18n/locale-preference";
import { getSessionPerson, setSessionPerson } from "../../session";

async function saveProfileLocale(personId: string, locale: UiLocale): Promise<void> {
  // The session carries no version; read the profile first. One retry covers a concurrent edit.
  for (let tries = 0; tries < 2; tries++) {
    const person = await api.get<Person>(`/api/people/${personId}`);
    try {
      await api.patch<Person>(`/api/people/${personId}`, { version: person.version, locale });
      return;
    } catch (error) {
      if (!(error instanceof ApiError && error.code === "CONFLICT") || tries > 0) throw error;
    }
  }
}

/**
 * Switches the interface language: shown at once, remembered in this browser, and, when signed
 * in, saved to the person's profile so it follows them to other devices. Rejects only when the
 * profile could not be updated (the switch itself has happened by then).
 */
export async function changeLanguage(locale: UiLocale): Promise<void> {
  await setLocale(locale);
  storeLocale(locale);
  const person = getSessionPerson();
  if (!person || person.locale === locale) return;
  await saveProfileLocale(person.id, locale);
  setSessionPerson({ ...person, locale });
}
