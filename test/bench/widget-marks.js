// Runs in the demo page before its own scripts (widget-timing.ts reads this file as text: a function
// passed from there would carry the TypeScript loader's helpers, which the page does not have).
// Times are performance.now(), which counts from navigation start. "Painted" is the end of the frame
// that first contains the element: a requestAnimationFrame callback runs before that frame's paint,
// and a message posted from it is handled after.
;(() => {
  if (window !== window.top) return
  const marks = {}
  window.benchMarks = marks
  const afterNextPaint = (record) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => record(performance.now())
      channel.port2.postMessage(null)
    })
  const watchPanel = (root) => {
    const chat = root.querySelector('iframe')?.contentDocument
    const input = chat?.querySelector('form input')
    if (chat?.querySelector('h1') && input && input.getClientRects().length > 0) afterNextPaint((time) => (marks.panelReady = time))
    else requestAnimationFrame(() => watchPanel(root))
  }
  new MutationObserver((_, observer) => {
    const root = document.querySelector('clinic-faq-widget')?.shadowRoot
    const launcher = root?.querySelector('button')
    if (!root || !launcher) return
    observer.disconnect()
    marks.launcherInserted = performance.now()
    afterNextPaint((time) => (marks.launcherPainted = time))
    launcher.addEventListener(
      'click',
      (event) => {
        marks.click = event.timeStamp
        watchPanel(root)
      },
      { once: true },
    )
  }).observe(document, { childList: true, subtree: true })
})()
