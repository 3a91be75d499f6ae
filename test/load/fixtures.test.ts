import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { fixtureCases } from '../validate/fixture-table.js';

describe('loading refusals (test/fixtures/load/*)', () => {
  fixtureCases(fileURLToPath(new URL('../fixtures/load/', import.meta.url)));
});
