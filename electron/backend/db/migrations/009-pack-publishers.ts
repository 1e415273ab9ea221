// Shipped migration: never edit. Add a new numbered file instead (a test hashes these).
export const migration009 = {
  version: 9,
  name: 'pack-publishers',
  sql: `
-- The Ed25519 public key (base64) that signed the installed version of a pack; NULL when it was
-- unsigned. Only the same key may upgrade a signed pack (docs/packs.md).
ALTER TABLE packs ADD COLUMN signer_key TEXT;

-- Publisher keys the administrator trusts, beside the ones shipped with Capstan.
CREATE TABLE pack_trusted_keys (
  id INTEGER PRIMARY KEY,
  public_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  added_at TEXT NOT NULL
) STRICT;
`,
}
