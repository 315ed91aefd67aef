/**
 * Which names in the knowledge folder are staff's files. Editors and systems leave
 * their own files beside them: vim's `.name.swp` and `name~`, emacs's `#name#` and
 * `.#name`, macOS's `.DS_Store` and `._name` (which ends in `.md` but holds binary
 * resource data), sync clients' hidden temporaries. None of them is knowledge, and
 * none may make a reload, an error or a warning. Names are relative to the
 * knowledge folder, with `/` between folders.
 */
export function isEditorLeftover(name: string): boolean {
  const parts = name.split('/')
  const base = parts.at(-1) ?? ''
  // A hidden folder (a sync client's `.stversions`, a stray `.git`) holds no knowledge either.
  return parts.some((part) => part.startsWith('.')) || base.endsWith('~') || /^#.*#$/.test(base) || /\.(?:swp|swo|swx|tmp|bak|orig)$/i.test(base)
}

/** The files the server reads: Markdown and YAML, lower-case extension as the guide writes them. */
export function isKnowledgeFileName(name: string): boolean {
  return !isEditorLeftover(name) && /\.(?:md|ya?ml)$/.test(name)
}
