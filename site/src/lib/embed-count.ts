// In an embed's page: `?anzahl=N` shows the first N entries (default and maximum on <body>),
// `?farbschema=hell|dunkel` fixes the colours to the partner page's (default: the device's).
// Without JavaScript every rendered entry stays visible.
const body = document.body
const max = Number(body.dataset.max)
const wanted = Number(new URLSearchParams(location.search).get('anzahl') ?? body.dataset.default)
const count = Number.isInteger(wanted) ? Math.min(Math.max(wanted, 1), max) : max
document.querySelectorAll('li').forEach((li, i) => {
  if (i >= count) li.remove()
})
const scheme = new URLSearchParams(location.search).get('farbschema')
if (scheme === 'hell' || scheme === 'dunkel') document.documentElement.dataset.scheme = scheme
