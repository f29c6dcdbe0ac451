// Wires Monaco's web workers for GraphiQL 5 from local bundles (no CDN).
// Vite's `?worker` suffix bundles each worker as its own file. We do not use
// `graphiql/setup-workers/vite`: it breaks Vite's dependency pre-bundling
// (graphiql #4038). Must run before GraphiQL mounts its first editor.
import type { Environment } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

const environment: Environment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case 'json':
        return new JsonWorker();
      case 'graphql':
        return new GraphQLWorker();
      default:
        return new EditorWorker();
    }
  },
};

window.MonacoEnvironment = environment;
