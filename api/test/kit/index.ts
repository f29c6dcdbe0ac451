/**
 * The one test kit: what the API's tests, the benches, the fault run and the browser suite all
 * need to stand a Tessera up and talk to it. Each piece exists once, here.
 */
export { insertAccounts, type Account, type Queryable, type Role, type SignToken } from './accounts.ts';
export { codeOf, gql, KeepAliveClient, ok, operationText, outcomeOf, type Endpoint, type GraphQLErrorBody, type GraphQLResponse, type Operation, type Variables } from './graphql.ts';
export { freePort } from './ports.ts';
export { admin, adminRows, postgresServerForTests, scratchDatabase, type ScratchDatabase, type ServerForTests } from './postgres.ts';
export { API_MAIN, ApiProcess, ManagedProcess, procCpuMs, spawnNode, startApiProcess, stopAll, type ApiProcessOptions, type NodeProcessOptions } from './processes.ts';
