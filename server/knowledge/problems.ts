/**
 * A problem in a knowledge file, located for the staff member who edits it.
 * Printed as `path:line: message`, the form editors and terminals make clickable.
 */
export type KnowledgeProblem = {
  file: string
  line: number
  message: string
  severity: 'error' | 'warning'
}

export function formatProblem(problem: KnowledgeProblem): string {
  const label = problem.severity === 'warning' ? 'warning: ' : ''
  return `${problem.file}:${problem.line}: ${label}${problem.message}`
}

export function knowledgeError(file: string, line: number, message: string): KnowledgeProblem {
  return { file, line, message, severity: 'error' }
}

export function knowledgeWarning(file: string, line: number, message: string): KnowledgeProblem {
  return { file, line, message, severity: 'warning' }
}

/** Thrown where knowledge cannot load; carries every problem found, not just the first. */
export class InvalidKnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'InvalidKnowledgeError'
  }
}
