import type { IntakeResponse, SubmitIntakeResponse } from "../../../shared/contracts/intake";
import type { FieldErrorKeys } from "../../ui/use-form-submit";
import { answerLanguages, commonLanguages } from "./intake-labels";

/** One challenge row of the form; `key` keeps a row's identity while rows are added and removed. */
export type ChallengeValues = { key: number; text: string; tags: string[] };

/** A language the free-text answers can be written in. */
export type AnswerLanguage = (typeof answerLanguages)[number];

/** The survey form's state. */
export type SurveyValues = {
  challenges: ChallengeValues[];
  offers: string;
  wants: string;
  currentInitiative: string;
  availability: string;
  /** Codes ticked among `commonLanguages`. */
  languages: string[];
  /** Further language codes, typed ("pt, am"). */
  otherLanguages: string;
  answerLanguage: AnswerLanguage;
  isChampion: boolean;
};

/** Limits the API enforces, checked before sending. */
export const surveyLimits = { challenges: 10, tagsPerChallenge: 5, languages: 10 } as const;

let challengeSerial = 0;

/** An empty challenge row with a fresh key. */
export function newChallenge(text = "", tags: string[] = []): ChallengeValues {
  challengeSerial += 1;
  return { key: challengeSerial, text, tags };
}

function isAnswerLanguage(code: string): code is AnswerLanguage {
  return (answerLanguages as readonly string[]).includes(code);
}

/** The form's starting state: the peer's saved answers, or one empty challenge. */
export function toSurveyValues(response: IntakeResponse | null, uiLocale: string): SurveyValues {
  const common = new Set<string>(commonLanguages);
  const languages = response?.languages ?? [];
  return {
    challenges: response?.challenges.length
      ? response.challenges.map((c) => newChallenge(c.text, [...c.tags]))
      : [newChallenge()],
    offers: response?.offers ?? "",
    wants: response?.wants ?? "",
    currentInitiative: response?.currentInitiative ?? "",
    availability: response?.availability ?? "",
    languages: languages.filter((l) => common.has(l)),
    otherLanguages: languages.filter((l) => !common.has(l)).join(", "),
    answerLanguage: response?.answerLanguage ?? (isAnswerLanguage(uiLocale) ? uiLocale : "en"),
    isChampion: response?.isChampion ?? false,
  };
}

/** Codes typed in "other languages", lower-case, in order, without blanks. */
export function parseOtherLanguages(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}

function allLanguages(values: SurveyValues): string[] {
  return [...new Set([...values.languages, ...parseOtherLanguages(values.otherLanguages)])];
}

function checkChallenges(challenges: readonly ChallengeValues[], problems: FieldErrorKeys) {
  if (challenges.length === 0) problems.challenges = "intake:errors.challengeRequired";
  challenges.forEach((c, i) => {
    if (!c.text.trim()) {
      problems[`challenges.${i}.text`] =
        challenges.length === 1
          ? "intake:errors.challengeRequired"
          : "intake:errors.challengeBlank";
    }
    if (c.tags.length > surveyLimits.tagsPerChallenge) {
      problems[`challenges.${i}.tags`] = "intake:errors.tooManyTags";
    }
  });
}

/** Problems the form can see before sending: field name -> i18n key of the message. */
export function checkSurvey(values: SurveyValues): FieldErrorKeys {
  const problems: FieldErrorKeys = {};
  checkChallenges(values.challenges, problems);
  const other = parseOtherLanguages(values.otherLanguages);
  if (other.some((code) => !/^[a-z]{2,3}$/.test(code))) {
    problems.otherLanguages = "intake:errors.languageCodes";
  }
  const languages = allLanguages(values);
  if (languages.length === 0) problems.languages = "intake:errors.languageRequired";
  if (languages.length > surveyLimits.languages)
    problems.languages = "intake:errors.tooManyLanguages";
  return problems;
}

/** The `PUT .../my-response` body for the form's state. */
export function toSubmitBody(values: SurveyValues, version: number | null): SubmitIntakeResponse {
  return {
    challenges: values.challenges.map((c) => ({ text: c.text.trim(), tags: [...c.tags] })),
    offers: values.offers.trim(),
    wants: values.wants.trim(),
    currentInitiative: values.currentInitiative.trim(),
    availability: values.availability.trim(),
    languages: allLanguages(values),
    answerLanguage: values.answerLanguage,
    isChampion: values.isChampion,
    version,
  };
}

/**
 * The form field an API issue path belongs to: a tag issue to its challenge's tags
 * (`challenges.2.tags.0` -> `challenges.2.tags`), a language issue to the languages.
 */
export function fieldForIssue(path: string): string {
  const tag = /^challenges\.(\d+)\.tags(\.\d+)?$/.exec(path);
  if (tag) return `challenges.${tag[1]}.tags`;
  if (/^languages(\.\d+)?$/.test(path)) return "languages";
  return path;
}
