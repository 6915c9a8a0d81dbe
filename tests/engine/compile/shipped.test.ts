/**
 * The tables compiled at build time must be the shipped packs as they are
 * now: a pack edited without `npm run compile-packs` fails here, so the
 * generated file cannot drift from the packs unseen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_TABLES_FILE, shippedTablesModule } from '../../../scripts/compile-packs';

describe('src/engine/compile/shipped.generated.ts', () => {
  it('is what compiling the shipped packs gives now (else: npm run compile-packs, and commit the file)', () => {
    const committed = readFileSync(SHIPPED_TABLES_FILE, 'utf8');
    const fresh = shippedTablesModule();
    // Not toBe: a diff of a megabyte on one line says nothing.
    expect(committed === fresh, 'src/engine/compile/shipped.generated.ts is stale: run `npm run compile-packs` and commit it').toBe(true);
  });
});
