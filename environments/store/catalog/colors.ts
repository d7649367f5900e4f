/** Display colours of option names; names not listed get a stable colour from their letters. */
const NAMED_COLORS: Record<string, string> = {
  black: '#232323',
  white: '#f5f5f2',
  silver: '#c0c3c7',
  gray: '#8a8d91',
  'space gray': '#5d6168',
  'heather gray': '#a7a9ac',
  'charcoal gray': '#45484d',
  'dark gray': '#4a4a4a',
  'midnight blue': '#1f2a44',
  'navy blue': '#1f3057',
  blue: '#2f6fd6',
  'light blue': '#9cc3e6',
  'slate blue': '#5a6f95',
  teal: '#1f8a8a',
  'rose pink': '#e8a5b3',
  pink: '#f08cb5',
  red: '#c8312e',
  burgundy: '#7a1f33',
  orange: '#ee7d22',
  yellow: '#f3c623',
  'mustard yellow': '#d3a72f',
  green: '#3a9a4a',
  'sage green': '#9cb38f',
  'olive green': '#6b7341',
  'forest green': '#2f5d3a',
  purple: '#7b4bb3',
  beige: '#d9c8a9',
  khaki: '#b9a878',
  natural: '#d8c3a0',
  'walnut brown': '#6b4a2f',
  brown: '#7a5235',
  terracotta: '#c2643f',
  'stainless steel': '#b4b8bc',
  'rose gold': '#d9a38f',
  sunburst: '#d9822b',
  clear: '#e9f1f5',
  classic: '#d8412f',
  pastel: '#f3c6d9',
  space: '#2b2d5c',
  'assorted colors': '#8f6bd1',
}

export function colorHex(name: string): string {
  const known = NAMED_COLORS[name.toLowerCase()]
  if (known) return known
  let hash = 0
  for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) >>> 0
  return `hsl(${hash % 360} 45% 50%)`
}

/** Whether dark text reads better than white on this colour. */
export function isLight(name: string): boolean {
  return [
    'white',
    'silver',
    'beige',
    'natural',
    'clear',
    'light blue',
    'yellow',
    'pastel',
    'rose pink',
    'khaki',
  ].includes(name.toLowerCase())
}
