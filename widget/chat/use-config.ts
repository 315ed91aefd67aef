import { useEffect, useState } from 'preact/hooks'
import type { WidgetConfig } from '../../server/http/api-schema.js'
import type { Language } from '../i18n/language.js'
import { fetchConfig } from './api.js'

export type ConfigState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; config: WidgetConfig }

/** The clinic's name, greeting, disclaimer and starter questions, from GET /api/config. */
export function useConfig(language: Language) {
  const [state, setState] = useState<ConfigState>({ status: 'loading' })
  const load = () => {
    setState({ status: 'loading' })
    fetchConfig(language).then(
      (config) => setState({ status: 'ready', config }),
      () => setState({ status: 'failed' }),
    )
  }
  useEffect(load, [])
  return { state, reload: load }
}
