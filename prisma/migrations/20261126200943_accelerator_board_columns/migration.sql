-- DropIndex
DROP INDEX "accelerator_cards_due_on_idx";

-- AlterTable
ALTER TABLE "accelerator_cards" ADD COLUMN     "stage" "idea_status";

-- CreateIndex
CREATE INDEX "ideas_stage_entry_idx" ON "ideas"("status", "status_changed_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "accelerator_cards_stage_due_on_idea_id_idx" ON "accelerator_cards"("stage", "due_on", "idea_id");

-- CreateIndex
CREATE INDEX "accelerator_cards_stage_evaluation_due_on_idea_id_idx" ON "accelerator_cards"("stage", "evaluation_due_on", "idea_id");

-- Hand-written: `stage` copies the idea's status. Every card gets it from its idea when written,
-- and every status change of an idea (only the lifecycle makes them) is copied to its card in the
-- same statement, so the copy can never disagree with the idea.
CREATE FUNCTION accelerator_card_stage_from_idea() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.stage := (SELECT status FROM ideas WHERE id = NEW.idea_id);
  RETURN NEW;
END $$;
CREATE TRIGGER accelerator_cards_stage BEFORE INSERT OR UPDATE OF idea_id, stage ON accelerator_cards
  FOR EACH ROW EXECUTE FUNCTION accelerator_card_stage_from_idea();

CREATE FUNCTION ideas_status_to_accelerator_card() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE accelerator_cards SET stage = NEW.status WHERE idea_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER ideas_status_to_accelerator_card AFTER UPDATE OF status ON ideas
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION ideas_status_to_accelerator_card();

UPDATE accelerator_cards c SET stage = i.status FROM ideas i WHERE i.id = c.idea_id;
