-- CreateTable
CREATE TABLE "search_lexemes" (
    "lexeme" TEXT NOT NULL,

    CONSTRAINT "search_lexemes_pkey" PRIMARY KEY ("lexeme")
);

-- CreateIndex
CREATE INDEX "search_lexemes_prefix_idx" ON "search_lexemes" USING SPGIST ("lexeme" text_ops);

-- Every lexeme that occurs in ideas' and comments' search columns (decision 0041). Search expands a
-- typed prefix into the lexemes that start with it here and drops forms that occur nowhere, so the
-- text indexes are asked for exact lexemes only. Triggers add a row's lexemes in the statement that
-- writes it; a lexeme that no longer occurs anywhere stays and is harmless (it matches nothing).
-- Lexemes are inserted in sorted order, so two writers adding the same new words wait, not deadlock.
CREATE FUNCTION search_lexemes_from_inserted_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_lexemes (lexeme)
  SELECT DISTINCT lexeme FROM inserted_rows, unnest(tsvector_to_array(search_fi || search_sv || search_en)) AS lexeme
  ORDER BY lexeme
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION search_lexemes_from_updated_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_lexemes (lexeme)
  SELECT lexeme FROM unnest(tsvector_to_array(NEW.search_fi || NEW.search_sv || NEW.search_en)) AS lexeme
  EXCEPT SELECT unnest(tsvector_to_array(OLD.search_fi || OLD.search_sv || OLD.search_en))
  ORDER BY lexeme
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- Inserts per statement (an import or COPY of many rows adds each lexeme once); updates per row,
-- and only when the text changed (votes and counters update ideas all the time).
CREATE TRIGGER ideas_search_lexemes_insert AFTER INSERT ON ideas
  REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_from_inserted_rows();
CREATE TRIGGER ideas_search_lexemes_update AFTER UPDATE OF title, body ON ideas
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.body IS DISTINCT FROM NEW.body)
  EXECUTE FUNCTION search_lexemes_from_updated_row();
CREATE TRIGGER comments_search_lexemes_insert AFTER INSERT ON comments
  REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_from_inserted_rows();
CREATE TRIGGER comments_search_lexemes_update AFTER UPDATE OF body ON comments
  FOR EACH ROW WHEN (OLD.body IS DISTINCT FROM NEW.body)
  EXECUTE FUNCTION search_lexemes_from_updated_row();

INSERT INTO search_lexemes (lexeme)
SELECT unnest(tsvector_to_array(search_fi || search_sv || search_en)) FROM ideas
UNION
SELECT unnest(tsvector_to_array(search_fi || search_sv || search_en)) FROM comments;
