/** Where a store is in loading its data. `ready` stays while a refresh runs in the background. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * Hands out tickets so that only the answer to the latest request is kept: a slow, older
 * answer must never overwrite a newer one.
 */
export function latestOnly(): { next(): number; isLatest(ticket: number): boolean } {
  let counter = 0
  return {
    next: () => ++counter,
    isLatest: (ticket) => ticket === counter,
  }
}
