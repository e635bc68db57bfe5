// Hearth's only script. Every page works without it; it adds:
//   - GOV.UK Frontend's and MOJ Frontend's components (initialised here, because the Content-Security-
//     Policy forbids inline scripts);
//   - the idle warning: a notice before the session's idle timeout with "Stay signed in";
//   - drafts: the form being typed is saved to the server every few seconds (POST /drafts) and offered
//     back when the page is opened again, so nothing typed is lost.
import { initAll as initGovuk } from '/assets/vendor/govuk-frontend.min.js'
import { initAll as initMoj } from '/assets/vendor/moj-frontend.min.js'

document.body.classList.add('govuk-frontend-supported', 'js-enabled')
try { initGovuk() } catch (e) { console.error(e) }
try { initMoj() } catch (e) { console.error(e) }

const body = document.body
const signedIn = body.dataset.idleSeconds !== undefined

// post sends form fields to the server as a same-origin form POST and returns the JSON answer, or null
// when the session has ended (401).
async function post (url, fields) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body: new URLSearchParams(fields),
    credentials: 'same-origin'
  })
  if (res.status === 401) return null
  if (!res.ok) throw new Error(url + ': ' + res.status)
  return res.json()
}

// ---- Idle warning ----
//
// The page knows how long its session had left when it was served. Before warning, and again at the end,
// it asks the server (GET /session/status, which does not count as use), because work in another tab
// keeps the same session alive: only a session the server has really ended sends the page to sign in.

let idleDeadline = 0
let warnSeconds = 0
let idleTimer = null
let checking = false
let warned = false

function startIdleClock (idleSeconds, warn) {
  idleDeadline = Date.now() + idleSeconds * 1000
  warnSeconds = warn
  warned = false
  hideWarning()
  if (idleTimer === null) idleTimer = setInterval(tick, 1000)
}

function hideWarning () {
  const banner = document.getElementById('idle-warning')
  if (banner) {
    banner.hidden = true
    banner.dataset.shown = ''
  }
}

function minutesAndSeconds (s) {
  const m = Math.floor(s / 60)
  const r = s % 60
  const parts = []
  if (m > 0) parts.push(m + (m === 1 ? ' minute' : ' minutes'))
  if (r > 0 || m === 0) parts.push(r + (r === 1 ? ' second' : ' seconds'))
  return parts.join(' ')
}

// sessionStatus returns {idleSeconds, warnSeconds} of the session, or null when it has ended.
async function sessionStatus () {
  const res = await fetch('/session/status', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
  if (res.status === 401) return null
  if (!res.ok) throw new Error('/session/status: ' + res.status)
  return res.json()
}

async function signedOut () {
  clearInterval(idleTimer)
  await saveDraftNow()
  const next = location.pathname + location.search
  location.assign('/sign-in?expired=idle&next=' + encodeURIComponent(next))
}

async function tick () {
  if (checking) return
  const left = Math.round((idleDeadline - Date.now()) / 1000)
  if (left <= 0 || (left <= warnSeconds && !warned)) {
    checking = true
    try {
      const status = await sessionStatus()
      if (status === null) return signedOut()
      if (status.idleSeconds > left + 1 || left <= 0) {
        // Used elsewhere since this page was served, or not quite over yet: wait for the new end.
        startIdleClock(Math.max(status.idleSeconds, 1), status.warnSeconds)
        if (status.idleSeconds > status.warnSeconds) return
      }
      warned = true
    } catch (e) {
      console.error(e)
    } finally {
      checking = false
    }
  }
  const banner = document.getElementById('idle-warning')
  const now = Math.round((idleDeadline - Date.now()) / 1000)
  if (banner && warned && now > 0) {
    if (banner.hidden) {
      banner.hidden = false
      banner.querySelector('button').focus()
    }
    // Announce the countdown every 15 seconds rather than every second, so a screen reader is not
    // flooded.
    if (now % 15 === 0 || banner.dataset.shown !== '1') {
      document.getElementById('idle-warning-countdown').textContent = 'You will be signed out in ' + minutesAndSeconds(now) + '.'
      banner.dataset.shown = '1'
    }
  }
}

if (signedIn) {
  startIdleClock(Number(body.dataset.idleSeconds), Number(body.dataset.warnSeconds))
  const stay = document.querySelector('#idle-warning form')
  if (stay) {
    stay.addEventListener('submit', async (event) => {
      event.preventDefault()
      const answer = await post('/session/refresh', {})
      if (answer === null) return signedOut()
      startIdleClock(answer.idleSeconds, answer.warnSeconds)
    })
  }
}

// ---- Drafts ----

// draftForm is the form on this page whose typing is kept: the first POST form in the main content that
// is not marked data-no-draft (sign-in, sign-out and the like).
const draftForm = signedIn
  ? Array.from(document.querySelectorAll('main form[method="post"]')).find((f) => !f.hasAttribute('data-no-draft'))
  : null

function formValues (form) {
  const values = {}
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || /password/i.test(name) || name.startsWith('_')) continue
    ;(values[name] = values[name] || []).push(value)
  }
  return values
}

let lastSaved = ''
let saveTimer = null

async function saveDraftNow () {
  if (!draftForm) return
  clearTimeout(saveTimer)
  const values = JSON.stringify(formValues(draftForm))
  if (values === lastSaved) return
  try {
    const answer = await post('/drafts', { path: location.pathname, values })
    if (answer !== null) lastSaved = values
  } catch (e) {
    console.error(e)
  }
}

function restore (form, values) {
  for (const el of form.elements) {
    if (!el.name || !(el.name in values) || /password/i.test(el.name) || el.type === 'hidden' || el.type === 'file') continue
    const vals = values[el.name]
    if (el.type === 'checkbox' || el.type === 'radio') {
      el.checked = vals.includes(el.value)
    } else if (el.tagName === 'SELECT' && el.multiple) {
      for (const o of el.options) o.selected = vals.includes(o.value)
    } else {
      el.value = vals[0]
    }
  }
}

function showRestored (savedAt) {
  const banner = document.createElement('div')
  banner.className = 'govuk-notification-banner'
  banner.setAttribute('role', 'region')
  banner.setAttribute('aria-labelledby', 'draft-restored-title')
  banner.innerHTML = '<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="draft-restored-title">Important</h2></div>' +
    '<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading"></p>' +
    '<button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">Discard the draft</button></div>'
  const when = new Date(savedAt).toLocaleString('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })
  banner.querySelector('p').textContent = 'We have put back what you were typing on ' + when + '. Check it before you save.'
  banner.querySelector('button').addEventListener('click', async () => {
    await post('/drafts/discard', { path: location.pathname })
    location.reload()
  })
  document.querySelector('main').prepend(banner)
}

if (draftForm) {
  fetch('/drafts?path=' + encodeURIComponent(location.pathname), { headers: { Accept: 'application/json' } })
    .then((res) => (res.ok ? res.json() : null))
    .then((draft) => {
      if (!draft) return
      // A form the server has just shown with errors already holds what was typed; leave it alone.
      if (document.querySelector('.govuk-error-summary')) return
      restore(draftForm, draft.values)
      lastSaved = JSON.stringify(formValues(draftForm))
      showRestored(draft.savedAt)
    })
    .catch((e) => console.error(e))
  draftForm.addEventListener('input', () => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(saveDraftNow, 3000)
  })
  // Submitting the form is the end of the draft: it is thrown away, and not saved again as the page
  // goes. If the form comes back with errors the page holds what was typed; if the session had ended,
  // the server keeps the posted form as the draft itself.
  draftForm.addEventListener('submit', () => {
    clearTimeout(saveTimer)
    lastSaved = JSON.stringify(formValues(draftForm))
    navigator.sendBeacon('/drafts/discard', new URLSearchParams({ path: location.pathname }))
  })
  window.addEventListener('pagehide', () => {
    const values = JSON.stringify(formValues(draftForm))
    if (values !== lastSaved) navigator.sendBeacon('/drafts', new URLSearchParams({ path: location.pathname, values }))
  })
}
