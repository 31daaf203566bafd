/**
 * Office.js rejects a failed batch with an OfficeExtension.Error whose `code` says what happened
 * (its message is Excel's, in English). The pane works with the code only.
 */
export function officeErrorCode(err: unknown): string | null {
  if (typeof err !== 'object' || err === null) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  const debug = (err as { debugInfo?: { code?: unknown } }).debugInfo;
  return typeof debug?.code === 'string' ? debug.code : null;
}
