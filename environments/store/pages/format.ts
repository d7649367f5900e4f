const DAY_MS = 86_400_000
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** 12345 -> "12,345" for whole numbers (toLocaleString is slow on a hot path; pages print hundreds). */
export function count(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 123456 -> "$1,234.56". */
export function money(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(Math.round(cents))
  return `${sign}$${count(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`
}

/** "1K+ bought in past month" style rounding. */
export function roughCount(n: number): string {
  if (n >= 1000) return `${Math.floor(n / 1000)}K+`
  if (n >= 100) return `${Math.floor(n / 100) * 100}+`
  if (n >= 50) return '50+'
  return String(n)
}

/** The day a parcel sent today arrives, "Tuesday, March 18" (long) or "Tue, Mar 18" (short). */
export function deliveryDay(now: Date, days: number, style: 'long' | 'short'): string {
  const day = new Date(now.getTime() + days * DAY_MS)
  const weekday = WEEKDAYS[day.getUTCDay()] ?? ''
  const month = MONTHS[day.getUTCMonth()] ?? ''
  return style === 'long'
    ? `${weekday}, ${month} ${day.getUTCDate()}`
    : `${weekday.slice(0, 3)}, ${month.slice(0, 3)} ${day.getUTCDate()}`
}

/** ISO "2024-06-13" -> "June 13, 2024". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${MONTHS[(month ?? 1) - 1]} ${day}, ${year}`
}

/** The icon class of a rating rounded to the nearest half star: 4.3 -> "a-star-4-5", 4.2 -> "a-star-4". */
export function starClass(rating: number, prefix: 'a-star' | 'a-star-mini'): string {
  const halves = Math.round(rating * 2)
  const whole = Math.floor(halves / 2)
  return halves % 2 === 0 ? `${prefix}-${whole}` : `${prefix}-${whole}-5`
}

/** 4.4 -> "4.4 out of 5 stars". */
export function starsText(rating: number): string {
  return `${rating.toFixed(1)} out of 5 stars`
}
