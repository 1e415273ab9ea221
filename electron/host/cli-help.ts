/** Exit codes the CLI documents (README and docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** The operation ran and found a problem (broken audit chain, invalid input, refused change). */
  failed: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** Node.js too old (raised by bin/runtime-check.js before anything loads). */
  runtime: 3,
  /**
   * The data folder or database is missing, not initialised, unreachable, from a newer Capstan,
   * or a fault stopped the command: disk full, read-only, access refused, damaged, in use.
   */
  dataFolder: 4,
} as const

const EXIT_TEXT = `Exit codes: 0 done, 1 the operation found a problem, 2 wrong command line,
3 Node.js too old, 4 data folder or database missing, not initialised, unreachable, from a
newer Capstan, or a fault (disk full, read-only, access refused, damaged, in use by another
process).`

/** Help text per command. */
export const HELP: Record<string, string> = {
  main: `capstan — Capstan's command line (initialise, serve, check a data folder)

Usage: capstan <command> [options]

Commands:
  init     Create a data folder (optionally with the demo administration)
  serve    Serve the app in a browser on 127.0.0.1 (browser mode)
  status   Schema version, row counts per table, audit entries
  audit    Audit trail tools: "audit verify"
  pack     Template packs: validate, import (with --dry-run), list, export, sign, trust
  backup   Take a verified backup now ("backup list" lists them)
  restore  Restore a backup (checked first; the current data kept as a safety copy)
  export   Write a Word document (status, plan, risks, integrity, assessment, submission, changes)
  verify-doc  Say whether a .docx file is exactly one Capstan exported
  db       Move a whole administration between engines: "db copy"

Options for every command:
  --data-dir DIR   The data folder (default: CAPSTAN_DATA_DIR, then your user-data folder)
  --database URL   Keep the programme in a PostgreSQL database instead of the folder's SQLite
                   file: postgres://user:password@host:5432/db (default: CAPSTAN_DATABASE_URL)
  --json           Machine-readable output
  --help           Help for the command

${EXIT_TEXT}`,
  init: `capstan init --data-dir DIR [--demo] [--json]

Creates the data folder and its database if needed and brings the schema up to date.
--demo loads the fictional "Republic of Numeria Customs Service" into an empty folder.

${EXIT_TEXT}`,
  serve: `capstan serve [--data-dir DIR] [--port N] [--open] [--json]

Serves the Capstan interface and its API on 127.0.0.1 only. Prints one line with the URL;
the URL carries a random access token made for this launch, and every API request needs it.
--port N   Port to listen on (default: a free port)
--open     Also open the URL in the system browser when there is one
Stop with Ctrl+C.

${EXIT_TEXT}`,
  status: `capstan status --data-dir DIR [--json]

Prints the schema version, the number of rows in each table and the number of audit entries.

${EXIT_TEXT}`,
  pack: `capstan pack <validate|import|list|export|keygen|sign|trust|trusted|untrust> …

  capstan pack validate FILE [--data-dir DIR]
      Checks a template pack file and lists every problem with its JSON path. Dependencies are
      checked against DIR's installed packs, or against the built-in pack when DIR is not given.
  capstan pack import FILE --data-dir DIR [--dry-run] [--yes]
      Installs or upgrades a pack in one transaction. --dry-run shows what would be added,
      changed, archived or in conflict with local edits, and changes nothing. The same version
      again changes nothing; an older version is refused. An upgrade that would archive more
      than 25 % of the pack's items needs --yes; a backup is taken before any upgrade that
      archives items. A file may replace an installed pack only from the same publisher: the
      same signing key when the installed pack was signed; never the built-in pack.
  capstan pack list --data-dir DIR
      Installed packs with version, items, open conflicts and signature.
  capstan pack export --data-dir DIR --out FILE
      Writes the administration's own pack (its edited library, all translations).
  capstan pack keygen --out DIR
      Makes a publisher's Ed25519 signing key: DIR/capstan-pack-signing.key (keep it secret)
      and DIR/capstan-pack-signing.pub (give it to administrations).
  capstan pack sign FILE --key KEYFILE --out SIGNED.json
      Signs a template pack with the private key, for publishing.
  capstan pack trust PUBLIC-KEY-FILE "Publisher name" --data-dir DIR
      Trusts a publisher's key: packs it signed are shown under that name.
  capstan pack trusted --data-dir DIR
      Lists the trusted publisher keys with their fingerprints.
  capstan pack untrust FINGERPRINT --data-dir DIR
      Stops trusting a key added with "pack trust".

${EXIT_TEXT}`,
  export: `capstan export <kind> --data-dir DIR --out FILE.docx [--lang en|fr|es]
                 [--classification MARKING] [--paper a4|letter] [--signoff]

Kinds: status, plan, risks, integrity, assessment, submission, changes.
Writes the document from the current data and records the SHA-256 of the exact bytes written.
Each export gets its own version of the reference, also when several run at once. The file
carries the audit head at export time (entry number and hash) in its custom properties, for
"capstan audit verify --against FILE.docx".
--classification  one of the markings in Settings (default: the lowest); integrity records
                  marked more sensitive are left out, and the document says so
--signoff         first freeze a snapshot of the data for sign-off; the footer carries its
                  reference and fingerprint, and decisions are recorded against it

${EXIT_TEXT}`,
  'verify-doc': `capstan verify-doc FILE.docx --data-dir DIR

Exit 0 when FILE is byte-for-byte a document Capstan exported from DIR (and says which
document, snapshot and decision it belongs to); exit 1 when it is not, e.g. after any edit.

${EXIT_TEXT}`,
  audit: `capstan audit verify --data-dir DIR [--against FILE] [--json]

Walks the hash-chained audit trail. Exit 0 when every entry is intact; exit 1 and the first
bad entry when an entry was altered, removed or inserted outside Capstan.
--against FILE  also check the trail against the audit entry recorded in FILE, kept outside the
                database: a Word document Capstan exported, or a backup (an SQLite file). Exit 0
                when the trail still holds that exact entry (same number and hash) and verifies;
                exit 1 when it was rewritten or cut after FILE was made (someone who recomputes
                every hash passes the plain check, not this one); exit 4 when FILE is neither.
                See docs/audit-trail.md for what the trail proves and what it cannot.

${EXIT_TEXT}`,
  backup: `capstan backup [--to DIR] [--json]
capstan backup list [--json]

Takes a consistent copy of the data now, checks it (SQLite integrity check and the whole audit
trail) and lists it with its time, size, reason and audit head. Without --to it goes to the data
folder's "backups" folder (and the second backup folder set in Settings → Data safety), kept on a
schedule (7 daily, 4 weekly, 12 monthly by default). On PostgreSQL the backup is a portable
SQLite archive of the administration, the format "capstan db copy" reads; the server's own
backups remain IT's job. Capstan also takes one at the first start of each day (desktop, serve),
before a schema upgrade, before a restore and before a pack upgrade that archives items.`,
  restore: `capstan restore FILE [--yes] [--data-dir DIR | --database URL]

Checks the backup FILE, keeps the current data as a safety copy, puts the backup in its place
(atomically) and records the restore in the audit trail. When changes were recorded after the
backup was taken, it says how many and since when, and restores only with --yes.`,
  db: `capstan db copy --from DIR|URL --to DIR|URL [--dry-run] [--json]

Copies every row of every table of one administration to another engine or place: a data
folder's SQLite file or a PostgreSQL database (postgres://user:password@host:5432/db). The
target must be empty (a new folder, or a database with no Capstan data); the copy is one
transaction on the target, so it is complete or absent. The audit trail verifies on the target
with the same head entry, and documents exported before the move still pass verify-doc.
--dry-run  print the rows it would copy per table and change nothing

${EXIT_TEXT}`,
}
