import { ApolloClient, ApolloLink } from '@apollo/client';
import { Observable, Subject } from 'rxjs';
import { createCache } from '../apollo/create-apollo-client.ts';

type Answer = ApolloLink.Result;

/**
 * A link whose answers the test decides, one operation at a time: the cache logic under test
 * (optimistic layers, rollback, repair) is Apollo's real one, only the network is scripted.
 */
export class ScriptedLink extends ApolloLink {
  readonly requests: { operationName: string | undefined; variables: Record<string, unknown>; answer: (result: Answer) => void }[] = [];
  readonly subscriptions = new Map<string, Subject<Answer>>();

  constructor() {
    super((operation) => {
      const name = operation.operationName;
      if (operation.operationType === 'subscription') {
        const subject = new Subject<Answer>();
        this.subscriptions.set(name ?? '', subject);
        return subject.asObservable();
      }
      return new Observable<Answer>((observer) => {
        this.requests.push({
          operationName: name,
          variables: operation.variables,
          answer: (result) => {
            observer.next(result);
            observer.complete();
          },
        });
      });
    });
  }

  async nextRequest(): Promise<ScriptedLink['requests'][number]> {
    for (let waited = 0; waited < 200; waited++) {
      const request = this.requests.shift();
      if (request) return request;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('no request was sent');
  }
}

export function createTestClient(): { client: ApolloClient; link: ScriptedLink } {
  const link = new ScriptedLink();
  return { client: new ApolloClient({ link, cache: createCache() }), link };
}
