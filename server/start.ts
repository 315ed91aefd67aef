import module from 'node:module'
import { setFlagsFromString } from 'node:v8'

/**
 * The compiled server's entry, dist/server/main.js: two settings that must come before the server's code loads.
 *
 * V8 runs a regular expression through its interpreter the first time and compiles it on the second.
 * The safety rules are a few very large expressions, and interpreting them made the first question
 * after a start take about half a second (issue 17); compiled at once, about a tenth. Only how fast
 * they run changes, never what they match.
 */
setFlagsFromString('--no-regexp-tier-up')

/**
 * From Node 22.1 on, Node keeps V8's compiled code of the server and its packages on disk between
 * starts (in the system's temporary folder); Node 20 has no such cache and starts as before.
 */
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()

await import('./main.js')
