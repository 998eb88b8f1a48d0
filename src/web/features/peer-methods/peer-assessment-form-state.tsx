import { useState } from "preact/hooks";
import type { PeerAssessmentView } from "../../../shared/contracts/peer-assessments";
import { requestJson } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { ErrorSummary } from "../../ui/error-summary";
import { type FieldErrorKeys, summaryItemsOf } from "../../ui/use-form-submit";
import { describeFailure } from "./peer-assessment-values";

/** What every part of the assessment page receives. */
export type AssessmentPartProps = {
  view: PeerAssessmentView;
  /** Shows the assessment a successful write answered with. */
  apply: (view: PeerAssessmentView) => void;
  /** Loads the assessment again (after a stale-version conflict). */
  reload: () => Promise<unknown>;
};

/** Sends one write to the assessment API and resolves with the assessment it answers. */
export function sendAssessment(method: "POST" | "PUT", path: string, body: unknown) {
  return requestJson<PeerAssessmentView>(method, path, body);
}

type Message = { key: string; params: Record<string, string | number> };

/**
 * State of one write on the assessment page: busy flag, per-field error keys, a message with its
 * parameters (domain refusals need counts), and an attempt counter for the error summary's focus.
 * A stale-version conflict reloads the assessment and says so (`staleKey`: in this form's words).
 */
export function useAssessmentForm(reload: () => Promise<unknown>, staleKey?: string) {
  const [isBusy, setBusy] = useState(false);
  const [fieldKeys, setFieldKeys] = useState<FieldErrorKeys>({});
  const [message, setMessage] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState(0);

  function fail(fields: FieldErrorKeys, next: Message | null) {
    setFieldKeys(fields);
    setMessage(next);
    setAttempt((n) => n + 1);
  }

  /** Runs `action` unless `validate` finds problems; resolves true on success. */
  async function run(
    action: () => Promise<void>,
    options: { validate?: () => FieldErrorKeys; missingCount?: number } = {},
  ): Promise<boolean> {
    const problems = options.validate?.() ?? {};
    if (Object.keys(problems).length > 0) {
      fail(problems, null);
      return false;
    }
    setBusy(true);
    try {
      await action();
      setFieldKeys({});
      setMessage(null);
      return true;
    } catch (error) {
      const failure = describeFailure(error, options.missingCount, staleKey);
      if (failure.isStale) await reload();
      fail(
        failure.fieldKeys,
        failure.messageKey ? { key: failure.messageKey, params: failure.params } : null,
      );
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** Forgets the last failure (e.g. once the problems it named are fixed). */
  function clear() {
    setFieldKeys({});
    setMessage(null);
  }

  return { isBusy, fieldKeys, message, attempt, run, clear };
}

/** The state `useAssessmentForm` returns. */
export type AssessmentForm = ReturnType<typeof useAssessmentForm>;

/** The error message of one field, translated, or undefined. */
export function fieldErrorOf(form: AssessmentForm, name: string, t: (key: string) => string) {
  const key = form.fieldKeys[name];
  return key ? t(key) : undefined;
}

/** The error summary of one assessment form: linked field errors and the general message. */
export function AssessmentErrors(props: {
  form: AssessmentForm;
  fields: { name: string; id: string; label: string }[];
}) {
  const t = useT();
  const { form } = props;
  const items = summaryItemsOf(form.fieldKeys, props.fields, t);
  const hasUnplaced = items.length === 0 && Object.keys(form.fieldKeys).length > 0;
  const text = form.message
    ? t(form.message.key, form.message.params)
    : hasUnplaced
      ? t("common:apiError.INVALID")
      : undefined;
  return <ErrorSummary items={items} message={text} attempt={form.attempt} />;
}
