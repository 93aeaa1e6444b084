// Browser side of the site's public forms (account request, enquiry): the same form works without
// JavaScript as a plain POST; this script keeps the visitor on the page, shows the server's
// messages next to the fields with a linked summary, and moves focus where the answer is.
// Field names and messages come from the CMS endpoints; nothing is validated twice.

type FieldError = { field: string; message: string }

export function enhanceForm(form: HTMLFormElement, options: { networkError: string }) {
  const started = form.querySelector<HTMLInputElement>('[data-started-at]')!
  // The fill-time check measures from the moment the page opened, not from the build.
  started.value = String(Date.now())
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!
  const list = form.querySelector<HTMLUListElement>('[data-error-list]')!
  const status = form.querySelector<HTMLElement>('[data-form-status]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  // The browser's own bubbles are hard to read and to translate; the server's messages are clear.
  form.noValidate = true

  const clearField = (slot: HTMLElement) => {
    slot.hidden = true
    slot.textContent = ''
    slot.closest('.field')?.removeAttribute('data-invalid')
  }
  const clear = () => {
    summary.hidden = true
    list.replaceChildren()
    status.textContent = ''
    form.querySelectorAll<HTMLElement>('[data-error-for]').forEach(clearField)
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'))
  }

  // Once corrected, a field's message goes away at once instead of lingering until the next send.
  form.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement
    if (input.getAttribute('aria-invalid') !== 'true') return
    input.removeAttribute('aria-invalid')
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${input.name}"]`)
    if (slot) clearField(slot)
  })

  const show = (errors: FieldError[]) => {
    for (const error of errors) {
      const item = document.createElement('li')
      const slot = form.querySelector<HTMLElement>(`[data-error-for="${error.field}"]`)
      const input = form.querySelector<HTMLInputElement>(`[name="${error.field}"]`)
      if (slot && input) {
        slot.textContent = error.message
        slot.hidden = false
        slot.closest('.field')?.setAttribute('data-invalid', '')
        input.setAttribute('aria-invalid', 'true')
        const link = document.createElement('a')
        link.href = `#${input.id}`
        link.textContent = error.message
        item.append(link)
      } else {
        item.textContent = error.message
      }
      list.append(item)
    }
    summary.hidden = false
    summary.focus()
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    clear()
    button.disabled = true
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        // Form encoding and Accept keep this a "simple" request: no CORS preflight needed.
        headers: { accept: 'application/json' },
        body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
      })
      const body = (await res.json()) as { message: string; errors?: FieldError[] }
      if (res.ok) {
        form
          .querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type="hidden"]), textarea')
          .forEach((input) => {
            if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = false
            else input.value = ''
          })
        status.textContent = body.message
        if (status.tabIndex === -1) status.focus()
      } else {
        show(body.errors ?? [{ field: 'form', message: body.message }])
      }
    } catch {
      show([{ field: 'form', message: options.networkError }])
    } finally {
      button.disabled = false
    }
  })
}
