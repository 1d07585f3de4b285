import { useEffect } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { LanguageProvider, useLanguageState } from '../i18n/LanguageContext';
import { LanguagePicker } from '../i18n/LanguagePicker';
import type { en } from '../i18n/locales/en';
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

const pageNames: Record<Exclude<Route['page'], 'home'>, keyof typeof en.app.pages> = {
  organize: 'organize',
  join: 'join',
  participate: 'participate',
  moderate: 'moderate',
  watch: 'watch',
  wall: 'wall',
  summary: 'summary',
  rollup: 'rollup',
  'not-found': 'notFound',
};

function titleOf(page: Route['page']): string {
  return page === 'home' ? t('app.name') : t('app.titled', { page: t(`app.pages.${pageNames[page]}`) });
}

export function App() {
  const route = parseRoute(useHash());
  const languageState = useLanguageState();
  useEffect(() => {
    document.title = titleOf(route.page);
  }, [route.page, languageState.language]);

  return (
    <LanguageProvider value={languageState}>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skip')}
      </a>
      <div class="language-bar">
        <LanguagePicker />
      </div>
      <Page route={route} />
    </LanguageProvider>
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
          <h1>{t('app.notFound')}</h1>
          <p>
            <a href={links.home()}>{t('app.backHome')}</a>
          </p>
        </main>
      );
  }
}
