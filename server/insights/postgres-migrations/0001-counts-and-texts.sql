-- The SQLite schema (../migrations/0001-counts-and-texts.sql) in PostgreSQL's
-- types. Counts hold no text, and no table has a serial id, so no row says
-- which questions came in one after another (one visitor's questions).
CREATE TABLE question_counts (
  day TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'fallback', 'ask-us-directly', 'check-in', 'crisis')),
  entry_id TEXT NOT NULL DEFAULT '',
  topic TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL,
  knowledge_version TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (day, outcome, entry_id, topic, language, knowledge_version)
);

CREATE TABLE feedback_counts (
  day TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  helpful BOOLEAN NOT NULL,
  language TEXT NOT NULL,
  knowledge_version TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (day, entry_id, helpful, language, knowledge_version)
);

-- Redacted texts of fallbacks and not-helpful votes only; deleted after the retention period.
CREATE TABLE question_texts (
  kind TEXT NOT NULL CHECK (kind IN ('fallback', 'not-helpful')),
  entry_id TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  language TEXT NOT NULL,
  day TEXT NOT NULL,
  count INTEGER NOT NULL,
  dismissed BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (kind, entry_id, text, language, day)
);

CREATE INDEX question_texts_by_day ON question_texts (day);
