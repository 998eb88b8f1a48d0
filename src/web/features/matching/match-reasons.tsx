import type { ReformAreaTag } from "../../../shared/contracts/intake";
import type { MatchExplanationBody } from "../../../shared/contracts/matching-explanation";
import { useT } from "../../i18n/use-t";
import { joinList, labelTag, nameLanguage } from "../intake/intake-labels";
import { describeMatch } from "./explanation-sentences";

type MatchReasonsProps = {
  explanation: MatchExplanationBody;
  /** The name to show for a person of the match. */
  nameOf: (personId: string) => string;
  /** The reader, when they are in the match. */
  meId?: string | undefined;
  /** The initiative's tag vocabulary (labels of added tags). */
  tags: readonly ReformAreaTag[];
};

/** Why these people were matched, as a list of plain sentences in the interface language. */
export function MatchReasons({ explanation, nameOf, meId, tags }: MatchReasonsProps) {
  const t = useT();
  const sentences = describeMatch(explanation, {
    t,
    nameOf,
    meId,
    tagLabel: (key) => labelTag(key, tags, t),
    languageName: (code) => nameLanguage(code, false),
    list: (items) => joinList(items),
    unitList: (items) => joinList(items, "unit"),
  });
  return (
    <ul class="match-reasons">
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
