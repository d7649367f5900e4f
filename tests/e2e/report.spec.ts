import { expect, type Page, test } from '@playwright/test'
import { useReport } from './report-fixture.js'

const { indexUrl } = useReport()

/** Fails the test on any script error or console error of the report's own pages. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && !/\/pages\/\d{6}\.html$/.test(message.location().url))
      errors.push(message.text())
  })
  return errors
}

test('the index shows the metrics with intervals, charts and confusion matrices', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto(indexUrl())
  await expect(page).toHaveTitle(/^shopsim report: run$/)
  const metrics = page.locator('table.metrics')
  await expect(metrics).toBeVisible()
  const exact = metrics.locator('tr', { hasText: /^exact match/ }).first()
  await expect(exact.locator('td').nth(1)).toHaveText('0.917')
  await expect(exact.locator('td').nth(2)).toHaveText(/^\d\.\d{3} – \d\.\d{3}$/)
  await expect(page.locator('svg[aria-label="Metrics with 95% intervals"] circle.dot')).toHaveCount(10)
  await expect(page.locator('#rewards svg.chart').first()).toBeVisible()
  await expect(page.locator('svg[aria-label="Action type"] rect.cell')).not.toHaveCount(0)
  await expect(page.locator('svg[aria-label="Click type (gold clicks)"]')).toBeVisible()
  await expect(page.locator('#behaviour svg.chart rect.bar.s1').first()).toBeVisible()
  expect(errors).toEqual([])
})

test('the session list filters by user and by verdict', async ({ page }) => {
  await page.goto(indexUrl())
  const rows = page.locator('table.sessions tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(page.locator('#shown-count')).toHaveText('3')
  await page.locator('select[data-filter="user"]').selectOption('user-a')
  await expect(rows.filter({ visible: true })).toHaveCount(2)
  await expect(page.locator('#shown-count')).toHaveText('2')
  await page.locator('select[data-filter="user"]').selectOption('')
  await page.locator('select[data-filter="verdict"]').selectOption('wrong')
  await expect(rows.filter({ visible: true })).toHaveCount(1)
  await expect(rows.filter({ visible: true })).toContainText('session-0001')
  await page.locator('select[data-filter="verdict"]').selectOption('correct')
  await expect(page.locator('#shown-count')).toHaveText('2')
})

test('a person goes from the list to a session, to a step with its screenshot, boxes and page', async ({
  page,
}) => {
  const errors = watchErrors(page)
  await page.goto(indexUrl())
  await page.locator('select[data-filter="verdict"]').selectOption('wrong')
  await page.getByRole('link', { name: 'session-0001' }).click()
  await expect(page).toHaveTitle('shopsim report: session session-0001')
  await expect(page.locator('section.step')).toHaveCount(4)

  await page.locator('nav.steps').getByRole('link', { name: '1', exact: true }).click()
  await expect(page).toHaveURL(/#step-1$/)
  const step = page.locator('section.step#step-1')
  await expect(step.locator('.badge')).toHaveText('miss')
  await expect(step.locator('.gold-action')).toContainText('click search_results.item_1.product_name')
  await expect(step.locator('.predicted-action')).toContainText('click search_results.item_3.product_name')

  const shot = step.locator('figure.shot img')
  await expect(shot).toBeVisible()
  expect(await shot.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(640)
  // Both boxes are drawn, each over its element: the gold one higher up the page than the predicted one.
  const gold = await step.locator('svg.boxes rect.gold').boundingBox()
  const predicted = await step.locator('svg.boxes rect.predicted').boundingBox()
  const picture = await shot.boundingBox()
  expect(gold && predicted && picture).toBeTruthy()
  if (gold && predicted && picture) {
    expect(gold.y).toBeGreaterThan(picture.y)
    expect(predicted.y).toBeGreaterThan(gold.y + gold.height)
    expect(predicted.y + predicted.height).toBeLessThanOrEqual(picture.y + picture.height + 1)
  }

  await step.getByText('simplified HTML (rendered without scripts)').click()
  const frame = step.locator('iframe.page')
  await expect(frame).toHaveAttribute('sandbox', '')
  await expect(
    step.frameLocator('iframe.page').locator('a[name="search_results.item_0.product_name"]'),
  ).toHaveText('Item 0')

  await step.getByRole('link', { name: 'next →' }).click()
  await expect(page).toHaveURL(/#step-2$/)
  await page.getByRole('link', { name: 'next session →' }).click()
  await expect(page).toHaveTitle('shopsim report: session session-0002')
  await page.getByRole('link', { name: '← all sessions' }).click()
  await expect(page.locator('table.sessions')).toBeVisible()
  expect(errors).toEqual([])
})
