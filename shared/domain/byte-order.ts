/**
 * Orders strings by plain code-unit comparison (SQLite's BINARY collation): right for ISO dates
 * and codes, the same on every machine and server collation, and far cheaper than localeCompare,
 * which consults a collator on every call.
 */
export const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
