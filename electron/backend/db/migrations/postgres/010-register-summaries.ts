// PostgreSQL twin of ../010-register-summaries.ts. Shipped migration: never edit; add a new numbered
// file instead. test/backend/schema-parity.test.ts checks it against the SQLite schema.
export const pgMigration010 = {
  version: 10,
  name: 'register-summaries',
  sql: `
-- What the register shows of each risk's rating history, kept on the risk by the service that
-- records a rating (risks-service.ts), so listing 1,000 risks no longer reads every rating.
ALTER TABLE risks ADD COLUMN ratings_count bigint NOT NULL DEFAULT 0;
ALTER TABLE risks ADD COLUMN last_rated_on text;
ALTER TABLE risks ADD COLUMN last_score bigint;
ALTER TABLE risks ADD COLUMN previous_score bigint;

UPDATE risks SET
  ratings_count = (SELECT count(*) FROM risk_ratings x WHERE x.risk_id = risks.id),
  last_rated_on = (SELECT max(x.rated_on) FROM risk_ratings x WHERE x.risk_id = risks.id),
  last_score = (SELECT x.residual_likelihood * x.residual_impact FROM risk_ratings x
    WHERE x.risk_id = risks.id ORDER BY x.rated_on DESC, x.id DESC LIMIT 1),
  previous_score = (SELECT x.residual_likelihood * x.residual_impact FROM risk_ratings x
    WHERE x.risk_id = risks.id ORDER BY x.rated_on DESC, x.id DESC LIMIT 1 OFFSET 1);

-- Red values still waiting for an explanation are few: found without reading every actual.
CREATE INDEX indicator_actuals_unexplained ON indicator_actuals (indicator_id)
  WHERE rag = 'red' AND explanation = '';

-- The plan lists activities in position order.
CREATE INDEX activities_position ON activities (position, id);
`,
}
