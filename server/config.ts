import * as z from 'zod'
import { projectFolder } from './paths.js'

/**
 * The server's settings, read from environment variables. Every variable is
 * checked at start, so a typo in a deployment stops the server with a line
 * naming the variable and what it accepts, rather than running with a silent
 * default (a rate limit of NaN, say, which would let everything through).
 */

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `${name} must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(z.number().min(min, { error: `${name} must be at least ${min}` }).max(max, { error: `${name} must be at most ${max}` }))

const onOff = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '1', '0', 'on', 'off'], { error: `${name} must be true or false` }))
    .transform((value) => value === 'true' || value === '1' || value === 'on')

/** `*` for any site, or a comma-separated list of site origins. */
const allowedOrigins = z.string().transform((text, ctx): string[] | '*' => {
  const listed = text.split(',').map((origin) => origin.trim()).filter(Boolean)
  if (listed.length === 1 && listed[0] === '*') return '*'
  if (listed.length === 0) ctx.addIssue({ code: 'custom', message: 'ALLOWED_ORIGINS is empty: leave it unset for any site, or list the sites' })
  const origins = listed.map((item) => {
    const url = URL.canParse(item) ? new URL(item) : undefined
    if (url && /^https?:$/.test(url.protocol) && url.origin === item.replace(/\/$/, '')) return url.origin
    ctx.addIssue({ code: 'custom', message: `ALLOWED_ORIGINS: "${item}" is not a site origin like https://www.example-clinic.org (scheme and host, no path)` })
    return item
  })
  return origins
})

/** Headers a reverse proxy sets to the address it received the request from. */
export const PROXY_HEADERS = ['x-forwarded-for', 'x-real-ip', 'cf-connecting-ip', 'true-client-ip', 'fly-client-ip'] as const

export const ServerConfigSchema = z.object({
  PORT: wholeNumber('PORT', 0, 65_535).default(8787),
  // Unset, the project's own folders, wherever the server is started from (a process manager's working directory).
  KNOWLEDGE_DIR: z.string().trim().min(1).default(projectFolder('knowledge')),
  ALLOWED_ORIGINS: allowedOrigins.default('*'),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'PUBLIC_URL must be this server\'s public address, like https://faq.example-clinic.org' }).optional(),
  WATCH_KNOWLEDGE: onOff('WATCH_KNOWLEDGE').default(true),
  RATE_LIMIT_PER_MINUTE: wholeNumber('RATE_LIMIT_PER_MINUTE', 0, 1_000_000).default(30),
  TRUST_PROXY: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['off', ...PROXY_HEADERS], { error: `TRUST_PROXY must be off or the header your proxy sets: ${PROXY_HEADERS.join(', ')}` }))
    .default('off'),
  SHUTDOWN_GRACE_MS: wholeNumber('SHUTDOWN_GRACE_MS', 0, 600_000).default(10_000),
  LOG_REQUESTS: onOff('LOG_REQUESTS').default(true),
  INSIGHTS: onOff('INSIGHTS').default(true),
  INSIGHTS_RETENTION_DAYS: wholeNumber('INSIGHTS_RETENTION_DAYS', 1, 3_650).default(30),
  DATA_DIR: z.string().trim().min(1).default(projectFolder('data')),
  // Shared by every instance when set; the password in them never reaches a log (only host and port do).
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'REDIS_URL must be a Redis address like redis://127.0.0.1:6379' }).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a PostgreSQL address like postgres://faq@127.0.0.1:5432/faq' }).optional(),
  // Long enough that guessing it at the sign-in's rate limit would take longer than the clinic exists.
  STAFF_TOKEN: z.string().trim().min(16, { error: 'STAFF_TOKEN must be at least 16 characters: use a long random one, e.g. `openssl rand -hex 24`' }).optional(),
})
export type ServerConfig = z.infer<typeof ServerConfigSchema>

export type ConfigResult = { config: ServerConfig; problems?: never } | { config?: never; problems: string[] }

/** Reads the settings from an environment; an empty variable counts as unset. */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''))
  const result = ServerConfigSchema.safeParse(set)
  if (result.success) return { config: result.data }
  return { problems: result.error.issues.map((issue) => describeIssue(issue, set)) }
}

/** Settings whose value must never reach a log, even when it is wrong. */
const SECRETS = new Set(['STAFF_TOKEN', 'REDIS_URL', 'DATABASE_URL'])

function describeIssue(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const name = String(issue.path[0] ?? '')
  const message = issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`
  return name in env && !SECRETS.has(name) && !message.includes('"') ? `${message} (it is "${env[name]}")` : message
}
