import { useSession } from './app-services.tsx';
import { AuthForm } from './auth/AuthForm.tsx';
import { useLogOut } from './auth/use-begin-session.ts';
import { EventPage } from './events/EventPage.tsx';
import { EventsList } from './events/EventsList.tsx';
import { useMyHoldsLive } from './holds/use-my-holds-live.ts';
import { MyTickets } from './orders/MyTickets.tsx';
import { CreateEventForm } from './organiser/CreateEventForm.tsx';
import { SalesDashboard } from './organiser/SalesDashboard.tsx';
import { Link, parseRoute, usePathname, type Route } from './routing/router.tsx';
import { ConnectionIndicator } from './ui/ConnectionIndicator.tsx';

export function App() {
  const route = parseRoute(usePathname());
  useMyHoldsLive();
  return (
    <>
      <AppHeader />
      <main>
        <Page route={route} />
      </main>
    </>
  );
}

function AppHeader() {
  const session = useSession();
  const logOut = useLogOut();
  return (
    <header className="app-header">
      <h1>
        <Link href="/">Tessera</Link>
      </h1>
      <nav aria-label="Main">
        <Link href="/">Events</Link>
        {session && <Link href="/tickets">My tickets</Link>}
        {session?.user.role === 'ORGANIZER' && <Link href="/organiser">Organiser</Link>}
        <a href="/graphql">Playground</a>
        <ConnectionIndicator />
        {session ? (
          <>
            <span className="who">{session.user.name}</span>
            <button type="button" className="link-button" onClick={() => void logOut()}>
              Log out
            </button>
          </>
        ) : (
          <>
            <Link href="/login">Log in</Link>
            <Link href="/signup">Sign up</Link>
          </>
        )}
      </nav>
    </header>
  );
}

function Page({ route }: { route: Route }) {
  const session = useSession();
  switch (route.page) {
    case 'events':
      return (
        <>
          <h2>Events</h2>
          <EventsList />
        </>
      );
    case 'event':
      return <EventPage eventId={route.eventId} />;
    case 'tickets':
      return session ? <MyTickets /> : <AuthForm mode="login" />;
    case 'login':
      return <AuthForm mode="login" />;
    case 'signup':
      return <AuthForm mode="signup" />;
    case 'organiser':
      return session?.user.role === 'ORGANIZER' ? <OrganiserHome /> : <OrganisersOnly />;
    case 'organiser-new':
      return session?.user.role === 'ORGANIZER' ? <CreateEventForm /> : <OrganisersOnly />;
    case 'dashboard':
      return session?.user.role === 'ORGANIZER' ? <SalesDashboard eventId={route.eventId} /> : <OrganisersOnly />;
    case 'not-found':
      return <p className="status">There is no such page. <Link href="/">See the events</Link>.</p>;
  }
}

function OrganiserHome() {
  return (
    <>
      <h2>Organiser</h2>
      <p>
        <Link href="/organiser/new" className="button primary">Create an event</Link>
      </p>
      <h3>Sales dashboards</h3>
      <EventsList linkTo={(eventId) => `/organiser/events/${eventId}`} organiser />
    </>
  );
}

function OrganisersOnly() {
  return <p className="status">This page is for organisers. <Link href="/login">Log in</Link> with an organiser account.</p>;
}
