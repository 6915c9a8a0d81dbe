import { describe, expect, it } from 'vitest';
import { squeezeRepeats } from '../../../src/engine/normalize';
import { run } from './helpers';

describe('squeezeRepeats', () => {
  it('cuts runs of three or more to two', () => {
    expect(run(squeezeRepeats, 'piiiiic pleeeease sooo')).toBe('piic pleease soo');
  });
  it('keeps natural double letters', () => {
    expect(run(squeezeRepeats, 'meet address')).toBe('meet address');
  });
});
