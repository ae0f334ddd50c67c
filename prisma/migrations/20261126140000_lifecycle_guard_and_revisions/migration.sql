-- AlterEnum
ALTER TYPE "notification_type" ADD VALUE 'edit_reviewed';

-- AlterTable
ALTER TABLE "ideas" ADD COLUMN     "hidden_from_status" "idea_status";

-- Ideas hidden before this migration return to the stage their latest hiding took them from (the
-- timeline says it), not to "published".
UPDATE "ideas" AS i SET "hidden_from_status" = hidden.from_status
FROM (
  SELECT DISTINCT ON (idea_id) idea_id, from_status FROM "idea_events"
  WHERE to_status = 'hidden' AND from_status IS NOT NULL AND from_status <> 'hidden'
  ORDER BY idea_id, created_at DESC, id DESC
) AS hidden
WHERE i.id = hidden.idea_id AND i.status = 'hidden';

-- CreateTable
CREATE TABLE "idea_revisions" (
    "id" SERIAL NOT NULL,
    "idea_id" INTEGER NOT NULL,
    "editor_id" UUID NOT NULL,
    "title" VARCHAR(160) NOT NULL,
    "body" TEXT NOT NULL,
    "expected_benefit_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "approved" BOOLEAN,
    "reason" TEXT,

    CONSTRAINT "idea_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idea_revisions_idea_id_id_idx" ON "idea_revisions"("idea_id", "id" DESC);

-- CreateIndex
CREATE INDEX "idea_revisions_decided_at_idx" ON "idea_revisions"("decided_at");

-- AddForeignKey
ALTER TABLE "idea_revisions" ADD CONSTRAINT "idea_revisions_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idea_revisions" ADD CONSTRAINT "idea_revisions_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idea_revisions" ADD CONSTRAINT "idea_revisions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Only the idea lifecycle (modules/ideas/transition.ts) changes an idea's status or the state it
-- was hidden from. Before its one conditional UPDATE it sets the transaction-local `vau.lifecycle`
-- to "<idea id>:<new status>"; any other writer (ORM call, raw SQL, a console) is refused. Inserts
-- are not checked: new ideas start as drafts, and seeds and tests create ideas in any state.
CREATE FUNCTION "ideas_status_through_lifecycle"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('vau.lifecycle', true) IS DISTINCT FROM NEW.id::text || ':' || NEW.status::text THEN
    RAISE EXCEPTION 'idea %: status % -> % outside the lifecycle', NEW.id, OLD.status, NEW.status USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "ideas_status_lifecycle_only" BEFORE UPDATE ON "ideas"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."hidden_from_status" IS DISTINCT FROM NEW."hidden_from_status")
  EXECUTE FUNCTION "ideas_status_through_lifecycle"();
