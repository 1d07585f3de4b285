import { useEffect } from 'preact/hooks';
import { HomePage } from './home/HomePage';
import { JoinPage } from './join/JoinPage';
import { ModeratePage } from './moderate/ModeratePage';
import { OrganizePage } from './organize/OrganizePage';
import { ParticipatePage } from './participate/ParticipatePage';
import { RollupPage } from './rollup/RollupPage';
import { type Route, links, parseRoute } from './router';
import { useHash } from './shared/hooks';
import { SummaryPage } from './summary/SummaryPage';
import { WallPage } from './wall/WallPage';
import { WatchPage } from './watch/WatchPage';

const titles: Record<Route['page'], string> = {
  home: 'Consultation Hub',
  organize: 'Organize · Consultation Hub',
  join: 'Join · Consultation Hub',
  participate: 'Floor · Consultation Hub',
  moderate: 'Moderate · Consultation Hub',
  watch: 'Watch · Consultation Hub',
  wall: "Delegates' wall · Consultation Hub",
  summary: 'Summary · Consultation Hub',
  rollup: 'Roll-up · Consultation Hub',
  'not-found': 'Not found · Consultation Hub',
};

export function App() {
  const route = parseRoute(useHash());
  useEffect(() => {
    document.title = titles[route.page];
  }, [route.page]);

  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <Page route={route} />
    </>
  );
}

/** The hash is the router's, so the skip link moves focus without changing it. */
function skipToMain(e: Event) {
  e.preventDefault();
  const main = document.getElementById('main');
  main?.setAttribute('tabindex', '-1');
  main?.focus();
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage filters={{ region: route.region, status: route.status }} />;
    case 'wall':
      return <WallPage />;
    case 'summary':
      return <SummaryPage key={route.id} id={route.id} keyFromLink={route.key} />;
    case 'rollup':
      return <RollupPage scope={{ region: route.region, date: route.date, status: route.status }} />;
    case 'organize':
      return <OrganizePage />;
    case 'join':
      return <JoinPage key={route.id} id={route.id} code={route.code} />;
    case 'participate':
      return <ParticipatePage key={route.id} id={route.id} />;
    case 'moderate':
      return <ModeratePage key={route.id} id={route.id} keyFromLink={route.key} />;
    case 'watch':
      return <WatchPage key={route.id} id={route.id} observerKey={route.key} />;
    case 'not-found':
      return (
        <main id="main" class="page">
          <h1>Page not found</h1>
          <p>
            <a href={links.home()}>Go to the list of consultations</a>
          </p>
        </main>
      );
  }
}
