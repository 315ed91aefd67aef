import { useEffect, useState } from 'preact/hooks'
import type { InsightsSummary } from '../../server/insights/summary.js'
import { StaffRequestFailed, staffApi, storedToken, storeToken, type StaffApi } from './api.js'
import { Entries } from './entries.js'
import { Overview } from './overview.js'
import { SignIn } from './sign-in.js'
import { Unanswered } from './unanswered.js'

type State = { status: 'loading' } | { status: 'ready'; summary: InsightsSummary } | { status: 'failed'; message: string }

/** Sign-in, then the overview, the unanswered questions and the entries, from one summary. */
export function App() {
  const [token, setToken] = useState(storedToken)
  const [signInError, setSignInError] = useState<string | null>(null)
  const [state, setState] = useState<State>({ status: 'loading' })
  const api = token ? staffApi(token) : null

  const signOut = (message: string | null) => {
    storeToken(null)
    setToken(null)
    setSignInError(message)
  }

  const load = async (using: StaffApi) => {
    try {
      setState({ status: 'ready', summary: await using.summary() })
    } catch (error) {
      const failed = error instanceof StaffRequestFailed ? error : new StaffRequestFailed(0, String(error))
      if (failed.status === 401 || failed.status === 429) signOut(failed.message)
      else setState({ status: 'failed', message: failed.message })
    }
  }

  useEffect(() => {
    if (api) void load(api)
  }, [token])

  if (!api) {
    return (
      <SignIn
        error={signInError}
        onSignIn={(typed) => {
          storeToken(typed)
          setSignInError(null)
          setState({ status: 'loading' })
          setToken(typed)
        }}
      />
    )
  }

  return (
    <>
      <header class="top">
        <h1>What visitors asked</h1>
        <button type="button" class="secondary" onClick={() => signOut(null)}>
          Sign out
        </button>
      </header>
      <main>
        {state.status === 'loading' && <p role="status">Loading…</p>}
        {state.status === 'failed' && (
          <p role="alert">
            {state.message}{' '}
            <button type="button" class="secondary" onClick={() => void load(api)}>
              Try again
            </button>
          </p>
        )}
        {state.status === 'ready' && (
          <>
            <Overview summary={state.summary} api={api} />
            <Unanswered groups={state.summary.unanswered} entries={state.summary.entries} api={api} onChanged={() => void load(api)} />
            <Entries entries={state.summary.entries} />
          </>
        )}
      </main>
    </>
  )
}
