import type { Hono } from 'hono'

/**
 * Questions that take every branch of the answer path: answered, typo-corrected,
 * not sure (fallback), an ask-us-directly topic and a crisis.
 */
const WARM_UP_QUESTIONS = ['how long r the sesions', 'what is the capital of peru', 'can i take it while pregnant', 'i want to end my life']

/**
 * Two rounds build the lazily made tables and compile the pipeline; the first visitor then waits a few
 * milliseconds (the warm-up test holds it under 100). Twenty rounds took about 0.6 s of every start.
 */
const ROUNDS = 2

/**
 * Sends questions through an app in-process before the server listens, so the
 * first visitor does not wait for V8 to compile the pipeline and for its tables
 * to be built on first use (about 250 ms cold; issue 14). Give it an app over the
 * same knowledge that logs nothing and has no rate limit: the code it warms is shared.
 */
export async function warmUp(app: Hono, starterQuestions: readonly string[]): Promise<void> {
  const questions = [...starterQuestions, ...WARM_UP_QUESTIONS]
  for (let round = 0; round < ROUNDS; round++) {
    for (const question of questions) {
      const response = await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) })
      await response.arrayBuffer()
    }
  }
  await (await app.request('/api/config')).arrayBuffer()
}
