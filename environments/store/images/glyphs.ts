/**
 * One simple pictogram per department, as SVG drawn in a 100x100 box with `currentColor`.
 * Shapes only (no text), so product images look right even on machines without fonts.
 */
export const GLYPHS = {
  bolt: '<path d="M58 6 22 56h24l-6 38 38-52H54z"/>',
  home: '<path d="M50 10 8 46h12v42h24V64h12v24h24V46h12z"/>',
  ball: '<circle cx="50" cy="50" r="40"/><path d="M50 10v80M10 50h80" stroke="#fff" stroke-width="4" fill="none"/>',
  shirt: '<path d="M34 10 8 26l10 20 10-6v50h44V40l10 6 10-20-26-16c-2 8-8 12-16 12s-14-4-16-12z"/>',
  drop: '<path d="M50 6C36 30 20 46 20 64a30 30 0 0 0 60 0C80 46 64 30 50 6z"/>',
  block:
    '<rect x="12" y="34" width="76" height="54" rx="4"/><rect x="22" y="18" width="18" height="16" rx="3"/><rect x="60" y="18" width="18" height="16" rx="3"/>',
  book: '<path d="M14 14h30c4 0 6 3 6 6v66c0-3-3-6-6-6H14zM86 14H56c-4 0-6 3-6 6v66c0-3 3-6 6-6h30z"/>',
  paw: '<ellipse cx="50" cy="66" rx="22" ry="18"/><circle cx="22" cy="42" r="9"/><circle cx="38" cy="26" r="9"/><circle cx="62" cy="26" r="9"/><circle cx="78" cy="42" r="9"/>',
  clip: '<path d="M36 30v40a14 14 0 0 0 28 0V22a10 10 0 0 0-20 0v46a4 4 0 0 0 8 0V30" stroke="currentColor" stroke-width="7" fill="none" stroke-linecap="round"/>',
  car: '<path d="M16 56l8-22c2-5 6-8 11-8h30c5 0 9 3 11 8l8 22v22h-12v-8H28v8H16z"/><circle cx="30" cy="60" r="6" fill="#fff"/><circle cx="70" cy="60" r="6" fill="#fff"/>',
  wrench: '<path d="M70 8a22 22 0 0 0-20 30L10 78l12 12 40-40a22 22 0 0 0 30-20l-12 12-14-4-4-14z"/>',
  leaf: '<path d="M16 84C16 40 44 14 88 12c0 46-26 72-60 72 8-16 20-28 36-38-18 6-32 20-40 38z"/>',
  apple:
    '<path d="M50 28c-10-8-34-8-36 20-2 24 14 44 24 44 6 0 8-3 12-3s6 3 12 3c10 0 26-20 24-44-2-28-26-28-36-20z"/><path d="M52 26c0-10 6-18 16-20-2 10-8 18-16 20z"/>',
  cross: '<path d="M38 10h24v28h28v24H62v28H38V62H10V38h28z"/>',
  bottle: '<path d="M42 6h16v10l6 8v8H36v-8l6-8zM32 36h36v50c0 4-3 8-8 8H40c-5 0-8-4-8-8z"/>',
  note: '<path d="M40 14 84 6v56a12 12 0 1 1-8-11V24L48 30v42a12 12 0 1 1-8-11z"/>',
} as const

export type GlyphName = keyof typeof GLYPHS
