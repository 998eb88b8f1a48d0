import { useLocation } from "preact-iso";
import { useT } from "../../i18n/use-t";
import { useSession } from "../../session";
import { LanguagePicker } from "./language-picker";
import { useSignOut } from "./use-sign-out";

type NavItem = { href: string; key: string };

const memberNav: NavItem[] = [
  { href: "/initiatives", key: "common:nav.initiatives" },
  { href: "/organisations", key: "common:nav.organisations" },
  { href: "/profile", key: "common:nav.profile" },
];
const adminNav: NavItem[] = [
  { href: "/admin/outbox", key: "common:nav.outbox" },
  { href: "/admin/people", key: "common:nav.people" },
];

/** The banner: product name, main navigation when signed in, language, and sign-in state. */
export function SiteHeader() {
  const t = useT();
  const person = useSession();
  const { path } = useLocation();
  const items = person?.systemRole === "admin" ? [...memberNav, ...adminNav] : memberNav;
  const signOutFlow = useSignOut();
  return (
    <header class="site-header">
      <div class="site-header__bar">
        <a class="brand" href="/">
          {t("common:appName")}
        </a>
        <div class="site-header__tools">
          <LanguagePicker />
          {person ? (
            <div class="site-header__account">
              <span class="site-header__person">{person.displayName}</span>
              <button
                type="button"
                class="button button--quiet button--small"
                onClick={signOutFlow.requestSignOut}
              >
                {t("common:session.signOut")}
              </button>
              {signOutFlow.dialog}
            </div>
          ) : path !== "/sign-in" ? (
            <a class="site-header__sign-in" href="/sign-in">
              {t("common:session.signIn")}
            </a>
          ) : null}
        </div>
      </div>
      {person ? (
        <nav class="site-nav" aria-label={t("common:nav.label")}>
          <ul class="site-nav__list">
            {items.map((item) => {
              const isCurrent = path === item.href || path.startsWith(`${item.href}/`);
              return (
                <li key={item.href}>
                  <a
                    class="site-nav__link"
                    href={item.href}
                    aria-current={isCurrent ? "page" : undefined}
                  >
                    {t(item.key)}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
