import type { AskResponse, WidgetConfig } from '../../server/http/api-schema.js'

/**
 * Light shape checks for what the chat renders, from the server or from
 * sessionStorage: Zod stays on the server (it would triple the bundle), but a
 * proxy's error page or an old stored conversation must not crash the chat.
 */
const isString = (value: unknown): value is string => typeof value === 'string'
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isOptionalString = (value: unknown) => value === undefined || isString(value)
const isArrayOf = (value: unknown, check: (item: unknown) => boolean) => Array.isArray(value) && value.every(check)

const isAnswer = (value: unknown) =>
  isObject(value) && isString(value.id) && isString(value.question) && isString(value.text) && isObject(value.source) && isString(value.source.title) && isString(value.source.url)

const isResource = (value: unknown) =>
  isObject(value) && isString(value.label) && isOptionalString(value.phone) && isOptionalString(value.sms) && isOptionalString(value.url)

export function isAskResponse(value: unknown): value is AskResponse {
  return (
    isObject(value) &&
    (value.kind === 'answer' || value.kind === 'fallback' || value.kind === 'crisis') &&
    isArrayOf(value.answers, isAnswer) &&
    isOptionalString(value.message) &&
    (value.resources === undefined || isArrayOf(value.resources, isResource)) &&
    (value.suggestions === undefined || isArrayOf(value.suggestions, isString))
  )
}

export function isWidgetConfig(value: unknown): value is WidgetConfig {
  return (
    isObject(value) &&
    [value.clinicName, value.greeting, value.bookingUrl, value.phone, value.disclaimer].every(isString) &&
    isArrayOf(value.starterQuestions, isString)
  )
}
