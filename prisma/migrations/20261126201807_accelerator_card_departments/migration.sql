-- AlterTable
ALTER TABLE "accelerator_cards" ADD COLUMN     "department_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- Hand-written: the card copies its idea's departments as it copies its stage (the previous
-- migration), so the board filters and counts one department's cards from the cards alone. One
-- function now keeps both copies; any write to them is replaced by the truth.
DROP TRIGGER accelerator_cards_stage ON accelerator_cards;
DROP FUNCTION accelerator_card_stage_from_idea();
CREATE FUNCTION accelerator_card_copy_from_idea() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.stage := (SELECT status FROM ideas WHERE id = NEW.idea_id);
  NEW.department_ids := ARRAY(SELECT department_id FROM idea_departments WHERE idea_id = NEW.idea_id ORDER BY department_id);
  RETURN NEW;
END $$;
CREATE TRIGGER accelerator_cards_copy_from_idea BEFORE INSERT OR UPDATE OF idea_id, stage, department_ids ON accelerator_cards
  FOR EACH ROW EXECUTE FUNCTION accelerator_card_copy_from_idea();

CREATE FUNCTION idea_departments_to_accelerator_card() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE accelerator_cards SET department_ids = NULL
    WHERE idea_id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.idea_id ELSE NEW.idea_id END);
  RETURN NULL;
END $$;
CREATE TRIGGER idea_departments_to_accelerator_card AFTER INSERT OR UPDATE OR DELETE ON idea_departments
  FOR EACH ROW EXECUTE FUNCTION idea_departments_to_accelerator_card();

UPDATE accelerator_cards SET department_ids = NULL;
