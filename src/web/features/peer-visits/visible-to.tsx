import {
  type AudienceCode,
  type ConfidentialRecordKind,
  describeAudience,
  type ReportSharing,
} from "../../../domain/peer-visit/confidentiality";
import type { PeerVisitPhase } from "../../../domain/peer-visit/phase-gates";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";

const audienceKeys: Record<AudienceCode, string> = {
  author: "peer-visit:confidentiality.audience.author",
  hosts: "peer-visit:confidentiality.audience.hosts",
  moderator: "peer-visit:confidentiality.audience.moderator",
  facilitators: "peer-visit:confidentiality.audience.facilitators",
  initiative_members: "peer-visit:confidentiality.audience.initiative_members",
};

/** Joins names the way the language does ("a, b and c" / "a, b och c"); English the British way. */
export function joinList(items: readonly string[], locale: string): string {
  const tag = locale === "en" ? "en-GB" : locale;
  return new Intl.ListFormat(tag, { style: "long", type: "conjunction" }).format(items);
}

type VisibleToProps = {
  kind: ConfidentialRecordKind | "report";
  visit: {
    visitId: string;
    initiativeId: string;
    phase: PeerVisitPhase;
    reportSharing: ReportSharing;
  };
  /** The reader wrote the record: "you" replaces "the person who wrote it". */
  isOwn?: boolean;
  id?: string;
};

/**
 * Says plainly who can read a record ("Visible to: you, the host, the moderator and the
 * initiative's facilitators"), from the same rules the server enforces.
 */
export function VisibleTo({ kind, visit, isOwn = true, id }: VisibleToProps) {
  const t = useT();
  const names = describeAudience(kind, visit).map((code) =>
    code === "author" && isOwn ? t("peer-visit:visibleTo.you") : t(audienceKeys[code]),
  );
  return (
    <p class="visible-to" id={id}>
      <span aria-hidden="true" class="visible-to__icon">
        🔒
      </span>{" "}
      {t("peer-visit:visibleTo.label", { list: joinList(names, getLocale()) })}
    </p>
  );
}
