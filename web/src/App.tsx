// Routes → pages.
import { AuthProvider } from './auth.tsx';
import { Layout } from './components/Layout.tsx';
import { I18nProvider } from './i18n.tsx';
import { ConflictsPage } from './pages/ConflictsPage.tsx';
import { CountriesPage } from './pages/CountriesPage.tsx';
import { DocumentPage } from './pages/DocumentPage.tsx';
import { EntityPage } from './pages/EntityPage.tsx';
import { EventsPage } from './pages/EventsPage.tsx';
import { FactPage } from './pages/FactPage.tsx';
import { IndicatorsPage } from './pages/IndicatorsPage.tsx';
import { ReportPage } from './pages/ReportPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { useRoute } from './router.ts';

function Routes() {
  const route = useRoute();
  const [page = 'search', id = ''] = route.parts;
  let view;
  if (page === 'doc' && id) view = <DocumentPage key={id} id={id} />;
  else if (page === 'fact' && id) view = <FactPage key={id} id={id} />;
  else if (page === 'entity' && id) view = <EntityPage key={id} id={id} />;
  else if (page === 'indicators') view = <IndicatorsPage route={route} />;
  else if (page === 'conflicts') view = <ConflictsPage />;
  else if (page === 'countries') view = <CountriesPage />;
  else if (page === 'events') view = <EventsPage route={route} />;
  else if (page === 'report') view = <ReportPage route={route} />;
  else view = <SearchPage route={route} />;
  const current = page === 'doc' ? 'search' : page === 'fact' ? 'indicators' : page === 'entity' ? 'countries' : page;
  return <Layout current={current}>{view}</Layout>;
}

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <Routes />
      </AuthProvider>
    </I18nProvider>
  );
}
