import type { ComponentChildren } from "preact";
import type { Initiative } from "../../../shared/contracts/initiatives";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import { PageTitle } from "../../ui/page-title";
import { type Resource, useResource } from "../../ui/use-resource";

/** The views of one initiative, each its own route. */
export type InitiativeSection =
  | "overview"
  | "scoping"
  | "members"
  | "intake"
  | "matching"
  | "myMatch"
  | "activities"
  | "showcases";

type SectionLink = {
  section: InitiativeSection;
  suffix: string;
  key: string;
  /** Roles that see the tab; every member when absent (the server still decides access). */
  roles?: readonly Initiative["myRole"][];
};

const sections: SectionLink[] = [
  { section: "overview", suffix: "", key: "initiatives:section.overview" },
  { section: "scoping", suffix: "/scoping", key: "initiatives:section.scoping" },
  { section: "members", suffix: "/members", key: "initiatives:section.members" },
  { section: "intake", suffix: "/intake", key: "initiatives:section.intake" },
  {
    section: "matching",
    suffix: "/matching",
    key: "initiatives:section.matching",
    roles: ["facilitator"],
  },
  { section: "myMatch", suffix: "/my-match", key: "initiatives:section.myMatch", roles: ["peer"] },
  { section: "activities", suffix: "/activities", key: "initiatives:section.activities" },
  { section: "showcases", suffix: "/showcases", key: "initiatives:section.showcases" },
];

/** Loads one initiative for a page (reloaded after saves and on stale-version conflicts). */
export function useInitiative(id: string): Resource<Initiative> {
  return useResource(`initiative:${id}`, () => api.get<Initiative>(`/api/initiatives/${id}`));
}

type FrameProps = {
  id: string;
  section: InitiativeSection;
  initiative: Resource<Initiative>;
  children: (initiative: Initiative) => ComponentChildren;
};

/**
 * What every initiative page shares: its name as the page's `<h1>`, the section navigation
 * (current section marked with aria-current) and loading/error states.
 */
export function InitiativeFrame({ id, section, initiative, children }: FrameProps) {
  const t = useT();
  const data = initiative.data;
  const sectionName = t(sections.find((s) => s.section === section)?.key ?? "");
  const name = data?.name ?? t("initiatives:section.loadingName");
  return (
    <div class="page">
      <p class="breadcrumb">
        <a href="/initiatives">{t("initiatives:list.title")}</a>
      </p>
      <PageTitle documentTitle={`${sectionName} – ${name}`}>{name}</PageTitle>
      <nav class="tabs" aria-label={t("initiatives:section.label")}>
        <ul class="tabs__list">
          {sections
            .filter((s) => !s.roles || (data && s.roles.includes(data.myRole)))
            .map((s) => (
              <li key={s.section}>
                <a
                  class="tabs__link"
                  href={`/initiatives/${id}${s.suffix}`}
                  aria-current={s.section === section ? "page" : undefined}
                >
                  {t(s.key)}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      {initiative.isLoading && !data ? <Loading /> : null}
      {initiative.error ? (
        <LoadError error={initiative.error} onRetry={() => void initiative.reload()} />
      ) : null}
      {data ? children(data) : null}
    </div>
  );
}
