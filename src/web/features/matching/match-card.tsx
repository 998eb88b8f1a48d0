import type { ReformAreaTag } from "../../../shared/contracts/intake";
import type { MatchingRun, RunMatch } from "../../../shared/contracts/matching";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { joinList } from "../intake/intake-labels";
import { MatchReasons } from "./match-reasons";
import { responseStatusKeys } from "./matching-labels";
import { ScoreParts } from "./score-parts";

type MatchCardProps = {
  match: RunMatch;
  status: MatchingRun["status"];
  tags: readonly ReformAreaTag[];
  isBusy: boolean;
  onLock: (match: RunMatch) => void;
  onSwap: (match: RunMatch) => void;
  onBreak: (match: RunMatch) => void;
};

/** The name of a person in a run ("—" once they left the initiative). */
export function nameMember(person: { displayName: string | null }): string {
  return person.displayName ?? "—";
}

/** The people of a match as one name ("Amina Otieno and Erik Lindqvist"). */
export function nameMatch(match: Pick<RunMatch, "members">): string {
  return joinList(match.members.map(nameMember));
}

function MemberLine({ member, match }: { member: RunMatch["members"][number]; match: RunMatch }) {
  const t = useT();
  const facts = match.explanation.members.find((m) => m.peerId === member.personId);
  const details = [
    member.organisationName,
    facts?.position,
    facts?.yearsOfService != null ? t("matching:card.years", { count: facts.yearsOfService }) : "",
  ].filter(Boolean);
  const response = member.response;
  return (
    <li>
      <strong>{nameMember(member)}</strong>
      {details.length > 0 ? <span class="muted"> – {details.join(", ")}</span> : null}
      {response ? (
        <span class={`status status--${response.status}`}>
          {t(responseStatusKeys[response.status])}
        </span>
      ) : null}
      {response?.declineReason ? (
        <p class="match-card__reason">
          {t("matching:card.declineReason", { reason: response.declineReason })}
        </p>
      ) : null}
    </li>
  );
}

/**
 * One pair or group of a run: who, why in plain words, the score and its parts, the members'
 * answers once published, and (in a draft) lock, swap and break.
 */
export function MatchCard(props: MatchCardProps) {
  const t = useT();
  const { match } = props;
  const name = nameMatch(match);
  const titleId = `match-${match.id}`;
  const nameOf = (personId: string) =>
    nameMember(match.members.find((m) => m.personId === personId) ?? { displayName: null });
  return (
    <li class="card match-card" aria-labelledby={titleId}>
      <h3 id={titleId} class="card__title">
        {name}
      </h3>
      {match.isLocked || match.isRequired || match.isDeclined ? (
        <p class="match-card__badges">
          {match.isLocked ? <span class="tag">{t("matching:card.locked")}</span> : null}
          {match.isRequired ? <span class="tag">{t("matching:card.required")}</span> : null}
          {match.isDeclined ? (
            <span class="tag tag--declined">{t("matching:card.declined")}</span>
          ) : null}
        </p>
      ) : null}
      <ul class="match-card__members">
        {match.members.map((m) => (
          <MemberLine key={m.personId} member={m} match={match} />
        ))}
      </ul>
      <h4 class="match-card__subtitle">{t("matching:card.why")}</h4>
      <MatchReasons explanation={match.explanation} nameOf={nameOf} tags={props.tags} />
      <ScoreParts score={match.score} matchName={name} />
      {props.status === "draft" ? (
        <div class="button-row">
          <Button variant="secondary" disabled={props.isBusy} onClick={() => props.onLock(match)}>
            {t(match.isLocked ? "matching:card.unlock" : "matching:card.lock")}
            <span class="visually-hidden"> {name}</span>
          </Button>
          {!match.isLocked ? (
            <Button variant="secondary" disabled={props.isBusy} onClick={() => props.onSwap(match)}>
              {t("matching:card.swap")}
              <span class="visually-hidden"> {name}</span>
            </Button>
          ) : null}
          <Button variant="quiet" disabled={props.isBusy} onClick={() => props.onBreak(match)}>
            {t("matching:card.break")}
            <span class="visually-hidden"> {name}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}
