import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from './server.ts';

let server: RunningServer | null = null;

/** One real server (and database) for the whole browser suite; the scenarios run one after another. */
export async function setup(project: TestProject): Promise<void> {
  server = await startServer();
  project.provide('serverUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}
