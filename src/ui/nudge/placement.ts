/**
 * Where the nudge card goes, as a pure function of rectangles so it can be
 * tested without layout: beside the flagged message when there is room,
 * else a corner; never over the compose box. Outgoing nudges sit just above
 * the compose box.
 */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface PlacementInput {
  kind: 'incoming' | 'outgoing';
  viewport: { width: number; height: number };
  card: { width: number; height: number };
  anchor: Box | null;
  composer: Box | null;
}

/** Space kept between the card, the message, the compose box and the window edges. */
export const GAP = 8;

/** The card never shrinks below this (it scrolls inside); below it, it may sit lower. */
export const MIN_CARD_HEIGHT = 140;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function fits(box: Box, viewport: PlacementInput['viewport']): boolean {
  return box.left >= 0 && box.top >= 0 && box.left + box.width <= viewport.width && box.top + box.height <= viewport.height;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

function visible(box: Box | null, viewport: PlacementInput['viewport']): box is Box {
  return !!box && box.width > 0 && box.height > 0 && box.top < viewport.height && box.top + box.height > 0;
}

/** Moves a box up until it clears the compose box (the compose box is the one thing never covered). */
function clearComposer(box: Box, composer: Box | null): Box {
  if (!composer || !overlaps(box, composer)) return box;
  const above = { ...box, top: composer.top - GAP - box.height };
  if (above.top >= 0) return above;
  // No room above (tiny window or huge zoom): sit below the compose box instead.
  return { ...box, top: composer.top + composer.height + GAP };
}

/**
 * The card's top-left corner, in viewport pixels (for position: fixed), and a
 * height cap when the card must shrink (and scroll inside) to stay clear of
 * the compose box: short windows, 200% zoom.
 */
export function placeNudge(input: PlacementInput): { top: number; left: number; maxHeight?: number } {
  const { viewport } = input;
  const composer = visible(input.composer, viewport) ? input.composer : null;
  const roomAbove = composer ? composer.top - 2 * GAP : Infinity;
  if (input.card.height > roomAbove && roomAbove >= MIN_CARD_HEIGHT) {
    const card = { width: input.card.width, height: roomAbove };
    return { ...placeSized({ ...input, card }, composer), maxHeight: roomAbove };
  }
  return placeSized(input, composer);
}

function placeSized(input: PlacementInput, composer: Box | null): { top: number; left: number } {
  const { viewport, card, kind } = input;
  const size = { width: card.width, height: card.height };
  const maxLeft = viewport.width - card.width - GAP;
  const maxTop = viewport.height - card.height - GAP;

  if (kind === 'outgoing' && composer) {
    const box = { ...size, left: clamp(composer.left, GAP, maxLeft), top: clamp(composer.top - GAP - card.height, GAP, maxTop) };
    const placed = clearComposer(box, composer);
    return { top: placed.top, left: placed.left };
  }

  const anchor = visible(input.anchor, viewport) ? input.anchor : null;
  if (kind === 'incoming' && anchor) {
    const top = clamp(anchor.top, GAP, maxTop);
    const candidates: Box[] = [
      { ...size, left: anchor.left + anchor.width + GAP, top },
      { ...size, left: anchor.left - GAP - card.width, top },
      { ...size, left: clamp(anchor.left, GAP, maxLeft), top: anchor.top + anchor.height + GAP },
      { ...size, left: clamp(anchor.left, GAP, maxLeft), top: anchor.top - GAP - card.height },
    ];
    // A card beside the message but reaching down over the compose box slides up instead, if it can.
    const lifted = candidates.map((box) => (composer && overlaps(box, composer) ? { ...box, top: Math.min(box.top, composer.top - GAP - card.height) } : box));
    // Sliding up must not land on the flagged message itself: the teen should still see what was flagged.
    const beside = lifted.find((box) => fits(box, viewport) && !(composer && overlaps(box, composer)) && !overlaps(box, anchor));
    if (beside) return { top: beside.top, left: beside.left };
  }

  // A corner, bottom-right first; a corner that would hide the flagged message is passed over.
  const corners = [
    { left: maxLeft, top: maxTop },
    { left: maxLeft, top: GAP },
    { left: GAP, top: maxTop },
    { left: GAP, top: GAP },
  ].map((c) => clearComposer({ ...size, left: clamp(c.left, GAP, maxLeft), top: clamp(c.top, GAP, maxTop) }, composer));
  const corner = corners.find((box) => !anchor || !overlaps(box, anchor)) ?? corners[0]!;
  return { top: corner.top, left: corner.left };
}
