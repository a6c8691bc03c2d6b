// Store failures as one error type with a code the UI can act on and a message a reader understands.
// Each says whether anything was written: store writes are single transactions, so nothing was.

export type StoreErrorCode = 'quota' | 'blocked' | 'deleted' | 'version' | 'not-found' | 'invalid' | 'failed';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export const messages = {
  quota: 'Not enough disk space to save notes. Nothing was written; free some space and try again.',
  blocked:
    'The notes database needs an upgrade, but another Newsmark page (a popup, the options page, or an older version of Newsmark) still has it open. Close those pages and try again. Nothing was changed.',
  deleted:
    'The notes database was deleted while Newsmark was using it (for example by clearing browsing data). The change was not saved; please try again.',
  failed: 'The notes database failed. Nothing was written.',
} as const;

function nameOf(error: unknown): string {
  return (error as { name?: unknown } | null)?.name?.toString() ?? '';
}

/** Maps an IndexedDB failure (DOMException, or an error we already mapped) to a StoreError. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = nameOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StoreError('quota', messages.quota, { cause: error });
  if (name === 'InvalidStateError') return new StoreError('deleted', messages.deleted, { cause: error });
  if (name === 'VersionError') {
    return new StoreError(
      'version',
      `The notes database was written by a newer version of Newsmark (${detail}). Update Newsmark to open it; nothing was changed.`,
      { cause: error },
    );
  }
  return new StoreError('failed', `${messages.failed} (${name || 'Error'}: ${detail})`, { cause: error });
}
