// Errors with stable codes (PROBE_E_*): a technician can grep for the code in logs and docs.
// The native addon throws plain Errors carrying the same `code` property.

export class ProbeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = 'ProbeError';
  }
}

export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('PROBE_E_') ? code : undefined;
}
