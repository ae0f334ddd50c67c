-- AlterEnum
ALTER TYPE "role" ADD VALUE 'coordinator';

-- AlterEnum
ALTER TYPE "idea_event_type" ADD VALUE 'owner_assigned';
ALTER TYPE "idea_event_type" ADD VALUE 'evaluators_invited';
ALTER TYPE "idea_event_type" ADD VALUE 'benefit_recorded';

-- AlterEnum
ALTER TYPE "notification_type" ADD VALUE 'candidate_routed';
ALTER TYPE "notification_type" ADD VALUE 'evaluation_requested';
ALTER TYPE "notification_type" ADD VALUE 'progress_note';

-- CreateTable
CREATE TABLE "managed_departments" (
    "user_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,

    CONSTRAINT "managed_departments_pkey" PRIMARY KEY ("user_id","department_id")
);

-- CreateTable
CREATE TABLE "accelerator_cards" (
    "idea_id" INTEGER NOT NULL,
    "owner_id" UUID,
    "plan" TEXT,
    "evaluation_due_on" DATE,
    "due_on" DATE,
    "progress_percent" INTEGER NOT NULL DEFAULT 0,
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "realised_savings_cents" INTEGER,
    "realised_hours" INTEGER,
    "realised_benefit_note" TEXT,
    "benefit_check_on" DATE,
    "benefit_confirmed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "accelerator_cards_pkey" PRIMARY KEY ("idea_id")
);

-- CreateTable
CREATE TABLE "accelerator_team_members" (
    "idea_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accelerator_team_members_pkey" PRIMARY KEY ("idea_id","user_id")
);

-- CreateTable
CREATE TABLE "scorecard_criteria" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_fi" TEXT NOT NULL,
    "name_sv" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_fi" TEXT NOT NULL DEFAULT '',
    "description_sv" TEXT NOT NULL DEFAULT '',
    "description_en" TEXT NOT NULL DEFAULT '',
    "weight" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "scorecard_criteria_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluations" (
    "id" SERIAL NOT NULL,
    "idea_id" INTEGER NOT NULL,
    "evaluator_id" UUID NOT NULL,
    "invited_by_id" UUID,
    "invited_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),
    "justification" TEXT,
    "estimated_savings_cents" INTEGER,
    "one_off_cost_cents" INTEGER,
    "person_days" DECIMAL(7,1),
    "within_own_duties" BOOLEAN,
    "cost_centre" TEXT,

    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_scores" (
    "evaluation_id" INTEGER NOT NULL,
    "criterion_id" UUID NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "evaluation_scores_pkey" PRIMARY KEY ("evaluation_id","criterion_id")
);

-- CreateIndex
CREATE INDEX "managed_departments_department_id_idx" ON "managed_departments"("department_id");

-- CreateIndex
CREATE INDEX "accelerator_cards_owner_id_idx" ON "accelerator_cards"("owner_id");

-- CreateIndex
CREATE INDEX "accelerator_cards_due_on_idx" ON "accelerator_cards"("due_on");

-- CreateIndex
CREATE INDEX "accelerator_team_members_user_id_idx" ON "accelerator_team_members"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "scorecard_criteria_slug_key" ON "scorecard_criteria"("slug");

-- CreateIndex
CREATE INDEX "evaluations_evaluator_id_submitted_at_idx" ON "evaluations"("evaluator_id", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "evaluations_idea_id_evaluator_id_key" ON "evaluations"("idea_id", "evaluator_id");

-- CreateIndex
CREATE INDEX "evaluation_scores_criterion_id_idx" ON "evaluation_scores"("criterion_id");

-- AddForeignKey
ALTER TABLE "managed_departments" ADD CONSTRAINT "managed_departments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "managed_departments" ADD CONSTRAINT "managed_departments_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accelerator_cards" ADD CONSTRAINT "accelerator_cards_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accelerator_cards" ADD CONSTRAINT "accelerator_cards_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accelerator_team_members" ADD CONSTRAINT "accelerator_team_members_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accelerator_team_members" ADD CONSTRAINT "accelerator_team_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_evaluator_id_fkey" FOREIGN KEY ("evaluator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_criterion_id_fkey" FOREIGN KEY ("criterion_id") REFERENCES "scorecard_criteria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the rules the database keeps whoever writes (Prisma cannot express CHECKs).
ALTER TABLE "accelerator_cards" ADD CONSTRAINT "accelerator_cards_progress_range" CHECK ("progress_percent" BETWEEN 0 AND 100);
ALTER TABLE "accelerator_cards" ADD CONSTRAINT "accelerator_cards_realised_non_negative" CHECK ("realised_savings_cents" >= 0 AND "realised_hours" >= 0);
ALTER TABLE "scorecard_criteria" ADD CONSTRAINT "scorecard_criteria_weight_range" CHECK ("weight" BETWEEN 0 AND 100);
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_scale" CHECK ("score" BETWEEN 1 AND 5);
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_money_non_negative" CHECK ("estimated_savings_cents" >= 0 AND "one_off_cost_cents" >= 0 AND "person_days" >= 0);

-- Hand-written: the default scorecard (issue 12), which admins may change in the app.
INSERT INTO "scorecard_criteria" ("id", "slug", "name_fi", "name_sv", "name_en", "description_fi", "description_sv", "description_en", "weight", "sort_order", "updated_at") VALUES
  (gen_random_uuid(), 'impact', 'Vaikutus asiakkaisiin ja kuntalaisiin', 'Effekt för kunder och invånare', 'Customer and citizen impact', 'Kuinka paljon idea parantaa palvelua niille, joita palvelemme.', 'Hur mycket idén förbättrar tjänsten för dem vi betjänar.', 'How much the idea improves the service for the people we serve.', 25, 1, CURRENT_TIMESTAMP),
  (gen_random_uuid(), 'financial-benefit', 'Taloudellinen hyöty', 'Ekonomisk nytta', 'Financial benefit', 'Säästöt tai tulot, jotka idea tuo.', 'Besparingar eller intäkter som idén ger.', 'Savings or income the idea brings.', 20, 2, CURRENT_TIMESTAMP),
  (gen_random_uuid(), 'feasibility', 'Toteutettavuus', 'Genomförbarhet', 'Feasibility', 'Voidaanko idea toteuttaa nykyisillä taidoilla, järjestelmillä ja säännöillä.', 'Kan idén genomföras med nuvarande kompetens, system och regler.', 'Whether the idea can be done with today''s skills, systems and rules.', 20, 3, CURRENT_TIMESTAMP),
  (gen_random_uuid(), 'cost-and-effort', 'Kustannukset ja työmäärä', 'Kostnad och arbetsinsats', 'Cost and effort', 'Mitä pienemmät kustannukset ja työmäärä, sitä parempi pistemäärä.', 'Ju lägre kostnad och arbetsinsats, desto bättre poäng.', 'The lower the cost and effort, the higher the score.', 15, 4, CURRENT_TIMESTAMP),
  (gen_random_uuid(), 'strategy-fit', 'Sopivuus strategiaan', 'Förenlighet med strategin', 'Strategy fit', 'Kuinka hyvin idea tukee kaupungin strategiaa.', 'Hur väl idén stöder stadens strategi.', 'How well the idea supports the city''s strategy.', 10, 5, CURRENT_TIMESTAMP),
  (gen_random_uuid(), 'wellbeing-and-safety', 'Hyvinvointi ja turvallisuus', 'Välmående och säkerhet', 'Wellbeing and safety', 'Vaikutus henkilöstön hyvinvointiin ja työturvallisuuteen.', 'Effekt på personalens välmående och arbetssäkerhet.', 'Effect on staff wellbeing and safety at work.', 10, 6, CURRENT_TIMESTAMP);

-- Hand-written: the idea page shows the accelerator's owner, team, plan, progress and evaluation
-- count, so a change to them announces the page like any other part of the idea (stored pages).
CREATE TRIGGER accelerator_cards_page_change AFTER INSERT OR UPDATE OR DELETE ON accelerator_cards
  FOR EACH ROW EXECUTE FUNCTION notify_idea_part_change();
CREATE TRIGGER accelerator_team_members_page_change AFTER INSERT OR UPDATE OR DELETE ON accelerator_team_members
  FOR EACH ROW EXECUTE FUNCTION notify_idea_part_change();
CREATE TRIGGER evaluations_page_change AFTER INSERT OR UPDATE OR DELETE ON evaluations
  FOR EACH ROW EXECUTE FUNCTION notify_idea_part_change();
