import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GAP, placeNudge, type Box, type PlacementInput } from '../../../src/ui/nudge/placement';

const viewport = { width: 1280, height: 800 };
const card = { width: 360, height: 220 };
const composer: Box = { top: 740, left: 320, width: 900, height: 44 };

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeNudge', () => {
  it('sits beside the flagged message when there is room', () => {
    const anchor = { top: 200, left: 320, width: 400, height: 40 };
    expect(placeNudge({ kind: 'incoming', viewport, card, anchor, composer })).toEqual({ top: 200, left: 720 + GAP });
  });

  it('slides up beside the message rather than covering the compose box below it', () => {
    const anchor = { top: 600, left: 320, width: 400, height: 40 };
    const spot = placeNudge({ kind: 'incoming', viewport, card, anchor, composer });
    expect(spot).toEqual({ top: composer.top - GAP - card.height, left: 720 + GAP });
  });

  it('never slides over the flagged message itself; picks a corner clear of it', () => {
    // A full-width row near the compose box: no room beside, below or above it.
    const anchor = { top: 520, left: 40, width: 1200, height: 60 };
    const spot = placeNudge({ kind: 'incoming', viewport, card: { width: 360, height: 500 }, anchor, composer });
    expect(overlaps({ ...spot, width: 360, height: 500 }, anchor)).toBe(false);
    expect(overlaps({ ...spot, width: 360, height: 500 }, composer)).toBe(false);
  });

  it('goes to the left of a message that hugs the right edge', () => {
    const anchor = { top: 200, left: 900, width: 360, height: 40 };
    expect(placeNudge({ kind: 'incoming', viewport, card, anchor, composer })).toEqual({ top: 200, left: 900 - GAP - 360 });
  });

  it('falls back to the bottom-right corner, above the compose box, without an anchor', () => {
    const spot = placeNudge({ kind: 'incoming', viewport, card, anchor: null, composer });
    expect(spot.left).toBe(1280 - 360 - GAP);
    expect(spot.top + card.height).toBeLessThanOrEqual(composer.top - GAP);
  });

  it('puts an outgoing nudge just above the compose box', () => {
    const spot = placeNudge({ kind: 'outgoing', viewport, card, anchor: null, composer });
    expect(spot).toEqual({ top: composer.top - GAP - card.height, left: composer.left });
  });

  it('shrinks the card to fit above the compose box when the window is short (200% zoom)', () => {
    const short = { width: 550, height: 410 };
    const low: Box = { top: 328, left: 40, width: 510, height: 66 };
    const spot = placeNudge({ kind: 'incoming', viewport: short, card: { width: 360, height: 520 }, anchor: null, composer: low });
    expect(spot.maxHeight).toBe(328 - 2 * GAP);
    expect(spot.top).toBe(GAP);
    expect(spot.top + spot.maxHeight!).toBeLessThanOrEqual(low.top - GAP);
  });

  it('ignores an anchor scrolled out of view', () => {
    const anchor = { top: -400, left: 320, width: 400, height: 40 };
    const spot = placeNudge({ kind: 'incoming', viewport, card, anchor, composer: null });
    expect(spot).toEqual({ top: 800 - 220 - GAP, left: 1280 - 360 - GAP });
  });

  it('never covers the compose box when there is room above it (any layout)', () => {
    const box = (maxW: number, maxH: number) =>
      fc.record({ top: fc.integer({ min: 0, max: maxH }), left: fc.integer({ min: 0, max: maxW }), width: fc.integer({ min: 1, max: maxW }), height: fc.integer({ min: 1, max: 200 }) });
    fc.assert(
      fc.property(
        fc.constantFrom<PlacementInput['kind']>('incoming', 'outgoing'),
        fc.integer({ min: 320, max: 1920 }),
        fc.integer({ min: 400, max: 1200 }),
        fc.option(box(1920, 1200), { nil: null }),
        box(1920, 1200),
        (kind, width, height, anchor, composerBox) => {
          const small = { width: Math.min(360, width - 16), height: 180 };
          // Only layouts where the card can fit above the compose box are promised.
          fc.pre(composerBox.top - GAP - small.height >= 0 && composerBox.top < height);
          const spot = placeNudge({ kind, viewport: { width, height }, card: small, anchor, composer: composerBox });
          // The card as shown: shorter (and scrolling inside) when placeNudge caps its height.
          const shown = { top: spot.top, left: spot.left, width: small.width, height: Math.min(small.height, spot.maxHeight ?? Infinity) };
          expect(overlaps(shown, composerBox)).toBe(false);
          // When it sits beside the message (not in a fallback corner), it never hides the message.
          const corners = [GAP, width - small.width - GAP];
          if (anchor && kind === 'incoming' && !corners.includes(spot.left)) expect(overlaps(shown, anchor)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
