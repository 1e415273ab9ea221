// Orders shared by the collectors. Codes are listed by plain code-unit comparison, as SQLite's
// BINARY collation does, so both engines (and every server collation) give the same document;
// the owners' read APIs order codes case-insensitively, so the collectors sort again here.

/** Orders by plain code-unit comparison (SQLite's BINARY), whatever the server's collation. */
export const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
