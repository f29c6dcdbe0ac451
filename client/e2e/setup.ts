import { inject } from 'vitest';
import { useServer } from './api.ts';

useServer(inject('serverUrl'));
