import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { fixtureCases } from './fixture-table.js';

describe('validation fixtures (test/fixtures/validate/*)', () => {
  fixtureCases(fileURLToPath(new URL('../fixtures/validate/', import.meta.url)));
});
