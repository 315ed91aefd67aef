import { useState } from 'preact/hooks'

/** The token is typed here once per tab; it is the STAFF_TOKEN the server was started with. */
export function SignIn({ error, onSignIn }: { error: string | null; onSignIn: (token: string) => void }) {
  const [typed, setTyped] = useState('')
  return (
    <main class="sign-in">
      <h1>Staff sign-in</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (typed.trim()) onSignIn(typed.trim())
        }}
      >
        <label for="token">Staff token</label>
        <input id="token" type="password" autocomplete="current-password" value={typed} onInput={(event) => setTyped(event.currentTarget.value)} required />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Sign in</button>
      </form>
      <p class="hint">The token is the STAFF_TOKEN the server was started with. It stays in this tab only, until you close it.</p>
    </main>
  )
}
