import type { AskResponse, ErrorResponse } from '../../server/http/api-schema.js'
import type { InsightsSummary } from '../../server/insights/summary.js'

/**
 * The staff token lives in this page's sessionStorage only: typed once per
 * tab, gone when it closes, sent as a header (never a cookie, so no other
 * site can send it; never in a URL, so it is in no log or history).
 */
const TOKEN_KEY = 'clinic-faq-staff:token'

export const storedToken = (): string | null => {
  try {
    return sessionStorage.getItem(TOKEN_KEY)
  } catch {
    return null
  }
}

export function storeToken(token: string | null) {
  try {
    if (token === null) sessionStorage.removeItem(TOKEN_KEY)
    else sessionStorage.setItem(TOKEN_KEY, token)
  } catch {
    // Storage blocked: the token lasts as long as the page.
  }
}

export class StaffRequestFailed extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

async function staffFetch(token: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = { ...(init.body ? { 'Content-Type': 'application/json' } : {}), Authorization: `Bearer ${token}` }
  let response: Response
  try {
    response = await fetch(path, { ...init, headers, credentials: 'omit', cache: 'no-store' })
  } catch {
    throw new StaffRequestFailed(0, "Couldn't reach the server. Check the connection and try again.")
  }
  if (response.ok) return response
  const body = (await response.json().catch(() => null)) as ErrorResponse | null
  throw new StaffRequestFailed(response.status, body?.error.message ?? `The server answered ${response.status}.`)
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) })

export type StaffApi = ReturnType<typeof staffApi>

export function staffApi(token: string) {
  return {
    summary: async () => (await (await staffFetch(token, '/api/staff/summary')).json()) as InsightsSummary,
    tryQuestion: async (question: string) => (await (await staffFetch(token, '/api/staff/try', post({ question }))).json()) as { response: AskResponse; referral?: string },
    addPhrasing: async (entryId: string, phrasing: string) => {
      await staffFetch(token, '/api/staff/phrasings', post({ entryId, phrasing }))
    },
    dismiss: async (texts: string[]) => {
      await staffFetch(token, '/api/staff/dismiss', post({ texts }))
    },
    exportCsv: async () => (await staffFetch(token, '/api/staff/export.csv')).blob(),
  }
}
