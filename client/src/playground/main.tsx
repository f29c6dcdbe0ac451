import './monaco-workers.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createPlaygroundFetcher } from './fetcher.ts';

const container = document.getElementById('playground');
if (!container) throw new Error('Missing #playground element');

const fetcher = createPlaygroundFetcher(window.location);

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} />
  </StrictMode>,
);
