import { EventsList } from './events/EventsList.tsx';

export function App() {
  return (
    <>
      <header className="app-header">
        <h1>Tessera</h1>
        <nav>
          <a href="/graphql">Playground</a>
        </nav>
      </header>
      <main>
        <h2>Events</h2>
        <EventsList />
      </main>
    </>
  );
}
