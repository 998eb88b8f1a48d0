import { useEffect, useRef } from "preact/hooks";
import type { IntakeResponse, ReformAreaTag } from "../../../shared/contracts/intake";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { AnswersView } from "./answers-view";

type ResponseDetailProps = {
  initiativeId: string;
  personId: string;
  name: string;
  tags: readonly ReformAreaTag[];
  onClose: () => void;
};

/** One peer's answers for a facilitator, shown under the list; its heading takes focus. */
export function ResponseDetail(props: ResponseDetailProps) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const response = useResource(`intake-response:${props.initiativeId}:${props.personId}`, () =>
    api.get<IntakeResponse>(
      `/api/initiatives/${props.initiativeId}/intake/responses/${props.personId}`,
    ),
  );
  useEffect(() => headingRef.current?.focus(), [props.personId]);
  return (
    <section class="card" aria-labelledby="response-detail-title">
      <h3 id="response-detail-title" class="card__title" tabIndex={-1} ref={headingRef}>
        {t("intake:responses.answersOf", { name: props.name })}
      </h3>
      {response.error ? <LoadError error={response.error} /> : null}
      {response.data ? (
        <AnswersView response={response.data} tags={props.tags} />
      ) : response.isLoading ? (
        <Loading />
      ) : null}
      <Button variant="secondary" onClick={props.onClose}>
        {t("intake:responses.closeAnswers")}
      </Button>
    </section>
  );
}
