/**
 * The store's only script, and an optional one: every page works without it (plain links and forms).
 * It submits the sort dropdown and cart checkboxes on change, and shows search suggestions while typing.
 */
export const STORE_JS = `(() => {
  document.documentElement.classList.add('js')
  for (const el of document.querySelectorAll('[data-auto-submit]')) {
    el.addEventListener('change', () => el.form && el.form.submit())
  }
  const box = document.getElementById('twotabsearchtextbox')
  const flyout = document.getElementById('nav-flyout-searchAjax')
  if (!box || !flyout) return
  let timer = 0
  let asked = ''
  const hide = () => { flyout.classList.remove('nav-flyout-open') }
  box.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(async () => {
      const q = box.value
      if (q.trim() === '') { flyout.innerHTML = ''; hide(); return }
      asked = q
      try {
        const response = await fetch('/suggest?q=' + encodeURIComponent(q))
        if (!response.ok || asked !== q) return
        flyout.innerHTML = await response.text()
        flyout.classList.toggle('nav-flyout-open', flyout.querySelector('.s-suggestion') !== null)
      } catch { hide() }
    }, 120)
  })
  box.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide() })
  document.addEventListener('click', (event) => { if (!flyout.contains(event.target) && event.target !== box) hide() })
})()
`
