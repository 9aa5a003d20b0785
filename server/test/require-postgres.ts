import { requirePostgres } from './test-database';

// Vitest's globalSetup for the server-pg project: it runs once, before any test file.
export default requirePostgres;
