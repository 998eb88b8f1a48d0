import { ErrorBoundary, LocationProvider } from "preact-iso";
import { SiteFooter } from "./features/shell/site-footer";
import { SiteHeader } from "./features/shell/site-header";
import { AppRoutes } from "./routes";
import { SkipLink } from "./ui/skip-link";
import { ToastRegion } from "./ui/toast";

/** The whole app: skip link, banner, the routed main content, the toast live region, footer. */
export function App() {
  return (
    <LocationProvider>
      <SkipLink />
      <SiteHeader />
      <main id="main" class="main" tabIndex={-1}>
        <ToastRegion />
        <ErrorBoundary>
          <AppRoutes />
        </ErrorBoundary>
      </main>
      <SiteFooter />
    </LocationProvider>
  );
}
