import type { AnyComponent } from "preact";
import { lazy, Route, Router, useLocation } from "preact-iso";
import { ForbiddenPage, NotFoundPage } from "./features/shell/not-found-page";
import { Redirect } from "./features/shell/redirect";
import { loadNamespaces } from "./i18n/i18n";
import { useSession } from "./session";
import { markNavigation } from "./ui/page-title";

/** A route chunk that renders only once its code and its i18n namespaces are loaded. */
function lazyPage<P>(load: () => Promise<AnyComponent<P>>, namespaces: string[]) {
  return lazy(() => Promise.all([load(), loadNamespaces(namespaces)]).then(([page]) => page));
}

// biome-ignore lint/suspicious/noExplicitAny: route components receive preact-iso's loose route props.
type Page = AnyComponent<any>;

/** Lets signed-in people through; others go to sign-in and come back afterwards. */
function signedIn(Page: Page): Page {
  return function SignedInRoute(props) {
    const person = useSession();
    const { url } = useLocation();
    if (!person) return <Redirect to={`/sign-in?next=${encodeURIComponent(url)}`} />;
    return <Page {...props} />;
  };
}

/** Admin-only pages; other signed-in people see a plain "no access" page. */
function adminOnly(Page: Page): Page {
  return signedIn(function AdminRoute(props) {
    const person = useSession();
    return person?.systemRole === "admin" ? <Page {...props} /> : <ForbiddenPage />;
  });
}

function HomeRoute() {
  const person = useSession();
  return <Redirect to={person ? "/initiatives" : "/sign-in"} />;
}

const auth = ["auth"];
const SignIn = lazyPage(
  () => import("./features/auth/sign-in-page").then((m) => m.SignInPage),
  auth,
);
const SignOut = lazyPage(
  () => import("./features/auth/sign-out-page").then((m) => m.SignOutPage),
  auth,
);
const ForgotPassword = lazyPage(
  () => import("./features/auth/forgot-password-page").then((m) => m.ForgotPasswordPage),
  auth,
);
const ResetPassword = lazyPage(
  () => import("./features/auth/reset-password-page").then((m) => m.ResetPasswordPage),
  auth,
);
const AcceptInvitation = lazyPage(
  () => import("./features/auth/accept-invitation-page").then((m) => m.AcceptInvitationPage),
  [...auth, "initiatives"],
);
const initiatives = ["initiatives"];
const InitiativeList = lazyPage(
  () => import("./features/initiatives/initiative-list-page").then((m) => m.InitiativeListPage),
  initiatives,
);
const NewInitiative = lazyPage(
  () => import("./features/initiatives/new-initiative-page").then((m) => m.NewInitiativePage),
  initiatives,
);
const InitiativeOverview = lazyPage(
  () =>
    import("./features/initiatives/initiative-overview-page").then((m) => m.InitiativeOverviewPage),
  ["initiatives", "activities", "peer-visit"],
);
const Scoping = lazyPage(
  () => import("./features/initiatives/scoping-page").then((m) => m.ScopingPage),
  initiatives,
);
const Members = lazyPage(
  () => import("./features/initiatives/members-page").then((m) => m.MembersPage),
  initiatives,
);
const organisations = ["organisations"];
const OrganisationList = lazyPage(
  () =>
    import("./features/organisations/organisation-list-page").then((m) => m.OrganisationListPage),
  organisations,
);
const OrganisationEdit = lazyPage(
  () =>
    import("./features/organisations/organisation-edit-page").then((m) => m.OrganisationEditPage),
  organisations,
);
const Profile = lazyPage(
  () => import("./features/profile/profile-page").then((m) => m.ProfilePage),
  ["profile", "organisations"],
);
const Outbox = lazyPage(
  () => import("./features/admin/outbox-page").then((m) => m.OutboxPage),
  ["admin"],
);
const People = lazyPage(
  () => import("./features/admin/people-page").then((m) => m.PeoplePage),
  ["admin"],
);
const peerVisit = ["peer-visit"];
const WorkshopMethods = lazyPage(
  () =>
    import("./features/peer-visits/workshops/workshop-methods-page").then(
      (m) => m.WorkshopMethodsPage,
    ),
  peerVisit,
);
const WorkshopMethod = lazyPage(
  () =>
    import("./features/peer-visits/workshops/workshop-method-page").then(
      (m) => m.WorkshopMethodPage,
    ),
  peerVisit,
);

const PeerVisitPage = lazyPage(
  () => import("./features/peer-visits/peer-visit-page").then((m) => m.PeerVisitPage),
  ["peer-visit", "pv-records", "activities", "initiatives"],
);
const PeerAssessmentPage = lazyPage(
  () => import("./features/peer-methods/peer-assessment-page").then((m) => m.PeerAssessmentPage),
  ["peer-assessment", "peer-visit", "activities", "initiatives"],
);
const WorkShadowingPage = lazyPage(
  () => import("./features/peer-methods/work-shadowing-page").then((m) => m.WorkShadowingPage),
  ["shadowing", "peer-visit", "activities", "initiatives"],
);
const WorkshopPage = lazyPage(
  () => import("./features/workshops/workshop-page").then((m) => m.WorkshopPage),
  ["workshop", "peer-visit", "activities", "initiatives"],
);

const activityNs = ["initiatives", "activities", "catalogue", "objectives"];
const ActivityList = lazyPage(
  () => import("./features/activities/activity-list-page").then((m) => m.ActivityListPage),
  activityNs,
);
const NewActivity = lazyPage(
  () => import("./features/activities/new-activity-page").then((m) => m.NewActivityPage),
  activityNs,
);
const ActivityDetail = lazyPage(
  () => import("./features/activities/activity-page").then((m) => m.ActivityPage),
  activityNs,
);
const Rsvp = lazyPage(
  () => import("./features/activities/rsvp-page").then((m) => m.RsvpPage),
  ["activities", "catalogue"],
);
const showcaseNs = ["initiatives", "showcases", "activities", "catalogue"];
const ShowcaseList = lazyPage(
  () => import("./features/showcases/showcase-list-page").then((m) => m.ShowcaseListPage),
  showcaseNs,
);
const NewShowcase = lazyPage(
  () => import("./features/showcases/new-showcase-page").then((m) => m.NewShowcasePage),
  showcaseNs,
);
const ShowcaseDetail = lazyPage(
  () => import("./features/showcases/showcase-page").then((m) => m.ShowcasePage),
  showcaseNs,
);
const PlanShowcaseVisit = lazyPage(
  () => import("./features/showcases/plan-visit-page").then((m) => m.PlanVisitPage),
  showcaseNs,
);

const matchingNs = ["matching", "intake", "initiatives"];
const Intake = lazyPage(
  () => import("./features/intake/intake-page").then((m) => m.IntakePage),
  ["intake", "initiatives"],
);
const Matching = lazyPage(
  () => import("./features/matching/matching-page").then((m) => m.MatchingPage),
  matchingNs,
);
const MatchingRunPage = lazyPage(
  () => import("./features/matching/run-page").then((m) => m.RunPage),
  matchingNs,
);
const MatchingCompare = lazyPage(
  () => import("./features/matching/compare-page").then((m) => m.ComparePage),
  matchingNs,
);
const MyMatch = lazyPage(
  () => import("./features/matching/my-match-page").then((m) => m.MyMatchPage),
  matchingNs,
);

// Guards wrap the lazy pages once, at module level, so route components keep their identity.
const guarded = {
  intake: signedIn(Intake),
  matching: signedIn(Matching),
  matchingRun: signedIn(MatchingRunPage),
  matchingCompare: signedIn(MatchingCompare),
  myMatch: signedIn(MyMatch),
  initiativeList: signedIn(InitiativeList),
  newInitiative: signedIn(NewInitiative),
  initiativeOverview: signedIn(InitiativeOverview),
  scoping: signedIn(Scoping),
  members: signedIn(Members),
  organisationList: signedIn(OrganisationList),
  organisationEdit: signedIn(OrganisationEdit),
  profile: signedIn(Profile),
  outbox: adminOnly(Outbox),
  people: adminOnly(People),
  activityList: signedIn(ActivityList),
  newActivity: signedIn(NewActivity),
  activityDetail: signedIn(ActivityDetail),
  showcaseList: signedIn(ShowcaseList),
  newShowcase: signedIn(NewShowcase),
  showcaseDetail: signedIn(ShowcaseDetail),
  planShowcaseVisit: signedIn(PlanShowcaseVisit),
  workshopMethods: signedIn(WorkshopMethods),
  peerVisit: signedIn(PeerVisitPage),
  peerAssessment: signedIn(PeerAssessmentPage),
  workShadowing: signedIn(WorkShadowingPage),
  workshop: signedIn(WorkshopPage),
  workshopMethod: signedIn(WorkshopMethod),
};

/** Every page of the app; each feature page is its own chunk. */
export function AppRoutes() {
  return (
    <Router onRouteChange={markNavigation}>
      <Route path="/" component={HomeRoute} />
      <Route path="/sign-in" component={SignIn} />
      <Route path="/sign-out" component={SignOut} />
      <Route path="/forgot-password" component={ForgotPassword} />
      <Route path="/reset-password/:token" component={ResetPassword} />
      <Route path="/invitations/:token" component={AcceptInvitation} />
      <Route path="/initiatives" component={guarded.initiativeList} />
      <Route path="/initiatives/new" component={guarded.newInitiative} />
      <Route path="/initiatives/:id" component={guarded.initiativeOverview} />
      <Route path="/initiatives/:id/scoping" component={guarded.scoping} />
      <Route path="/initiatives/:id/members" component={guarded.members} />
      <Route path="/initiatives/:id/intake" component={guarded.intake} />
      <Route path="/initiatives/:id/matching" component={guarded.matching} />
      <Route path="/initiatives/:id/matching/runs/:runId" component={guarded.matchingRun} />
      <Route path="/initiatives/:id/matching/compare" component={guarded.matchingCompare} />
      <Route path="/initiatives/:id/my-match" component={guarded.myMatch} />
      <Route path="/organisations" component={guarded.organisationList} />
      <Route path="/organisations/new" component={guarded.organisationEdit} />
      <Route path="/organisations/:id" component={guarded.organisationEdit} />
      <Route path="/profile" component={guarded.profile} />
      <Route path="/admin/outbox" component={guarded.outbox} />
      <Route path="/admin/people" component={guarded.people} />
      <Route path="/rsvp/:token" component={Rsvp} />
      <Route path="/initiatives/:id/activities" component={guarded.activityList} />
      <Route path="/initiatives/:id/activities/new" component={guarded.newActivity} />
      <Route path="/initiatives/:id/activities/:activityId" component={guarded.activityDetail} />
      <Route
        path="/initiatives/:id/activities/:activityId/people"
        component={guarded.activityDetail}
      />
      <Route
        path="/initiatives/:id/activities/:activityId/programme"
        component={guarded.activityDetail}
      />
      <Route
        path="/initiatives/:id/activities/:activityId/budget"
        component={guarded.activityDetail}
      />
      <Route
        path="/initiatives/:id/activities/:activityId/objectives"
        component={guarded.activityDetail}
      />
      <Route
        path="/initiatives/:id/activities/:activityId/reflection"
        component={guarded.activityDetail}
      />
      <Route
        path="/initiatives/:id/activities/:activityId/checklist"
        component={guarded.activityDetail}
      />
      <Route
        path="/initiatives/:id/activities/:activityId/peer-visit"
        component={guarded.peerVisit}
      />
      <Route
        path="/initiatives/:id/activities/:activityId/peer-assessment"
        component={guarded.peerAssessment}
      />
      <Route
        path="/initiatives/:id/activities/:activityId/work-shadowing"
        component={guarded.workShadowing}
      />
      <Route path="/initiatives/:id/activities/:activityId/workshop" component={guarded.workshop} />
      <Route path="/initiatives/:id/showcases" component={guarded.showcaseList} />
      <Route path="/initiatives/:id/showcases/new" component={guarded.newShowcase} />
      <Route path="/initiatives/:id/showcases/:showcaseId" component={guarded.showcaseDetail} />
      <Route
        path="/initiatives/:id/showcases/:showcaseId/plan-visit"
        component={guarded.planShowcaseVisit}
      />
      <Route path="/workshop-methods" component={guarded.workshopMethods} />
      <Route path="/workshop-methods/:methodId" component={guarded.workshopMethod} />
      <Route default component={NotFoundPage} />
    </Router>
  );
}
