-- CreateEnum
CREATE TYPE "reward_kind" AS ENUM ('recognition', 'implementation', 'thank_you', 'savings');

-- CreateEnum
CREATE TYPE "reward_status" AS ENUM ('proposed', 'endorsed', 'decided', 'batched', 'paid', 'rejected', 'recognised');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "notification_type" ADD VALUE 'reward_to_endorse';
ALTER TYPE "notification_type" ADD VALUE 'reward_decided';
ALTER TYPE "notification_type" ADD VALUE 'reward_paid';
ALTER TYPE "notification_type" ADD VALUE 'reward_rejected';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "cost_centre" TEXT,
ADD COLUMN     "employee_number" TEXT,
ADD COLUMN     "named_in_hall_of_fame" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "reward_rule_versions" (
    "id" SERIAL NOT NULL,
    "recognition_on_evaluation" BOOLEAN NOT NULL,
    "implementation_cents" INTEGER NOT NULL,
    "thank_you_cents" INTEGER NOT NULL,
    "savings_share_basis_points" INTEGER NOT NULL,
    "savings_minimum_cents" INTEGER NOT NULL,
    "savings_maximum_cents" INTEGER NOT NULL,
    "note" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reward_rule_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reward_cases" (
    "id" SERIAL NOT NULL,
    "idea_id" INTEGER NOT NULL,
    "kind" "reward_kind" NOT NULL,
    "status" "reward_status" NOT NULL DEFAULT 'proposed',
    "rule_version_id" INTEGER NOT NULL,
    "computed_cents" INTEGER NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "amount_change_reason" TEXT,
    "basis_savings_cents" INTEGER,
    "within_own_duties" BOOLEAN NOT NULL DEFAULT false,
    "endorsed_by_id" UUID,
    "endorsed_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_number" TEXT,
    "decision_date" DATE,
    "rejected_by_id" UUID,
    "rejected_at" TIMESTAMPTZ(3),
    "rejection_reason" TEXT,
    "batch_id" INTEGER,
    "paid_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reward_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reward_shares" (
    "case_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "share_basis_points" INTEGER NOT NULL,
    "amount_cents" INTEGER NOT NULL,

    CONSTRAINT "reward_shares_pkey" PRIMARY KEY ("case_id","user_id")
);

-- CreateTable
CREATE TABLE "reward_triggers" (
    "id" BIGSERIAL NOT NULL,
    "idea_id" INTEGER NOT NULL,
    "kind" "reward_kind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reward_triggers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payroll_batches" (
    "id" SERIAL NOT NULL,
    "payment_month" DATE NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paid_by_id" UUID,
    "paid_at" TIMESTAMPTZ(3),
    "payment_date" DATE,

    CONSTRAINT "payroll_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payroll_lines" (
    "id" SERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "case_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "employee_number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "pay_code" TEXT NOT NULL,
    "gross_cents" INTEGER NOT NULL,
    "social_insurance_due" BOOLEAN NOT NULL,
    "cost_centre" TEXT,
    "earning_period_start" DATE NOT NULL,
    "earning_period_end" DATE NOT NULL,
    "tax_year" INTEGER NOT NULL,
    "decision_number" TEXT NOT NULL,
    "idea_id" INTEGER NOT NULL,
    "share_basis_points" INTEGER NOT NULL,

    CONSTRAINT "payroll_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reward_budgets" (
    "department_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "amount_cents" INTEGER NOT NULL,

    CONSTRAINT "reward_budgets_pkey" PRIMARY KEY ("department_id","year")
);

-- CreateIndex
CREATE INDEX "reward_cases_status_created_at_idx" ON "reward_cases"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "reward_cases_decided_at_id_idx" ON "reward_cases"("decided_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "reward_cases_batch_id_idx" ON "reward_cases"("batch_id");

-- CreateIndex
CREATE UNIQUE INDEX "reward_cases_idea_id_kind_key" ON "reward_cases"("idea_id", "kind");

-- CreateIndex
CREATE INDEX "reward_shares_user_id_idx" ON "reward_shares"("user_id");

-- CreateIndex
CREATE INDEX "payroll_lines_batch_id_id_idx" ON "payroll_lines"("batch_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "payroll_lines_case_id_user_id_key" ON "payroll_lines"("case_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_employee_number_key" ON "users"("employee_number");

-- AddForeignKey
ALTER TABLE "reward_rule_versions" ADD CONSTRAINT "reward_rule_versions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_cases" ADD CONSTRAINT "reward_cases_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_cases" ADD CONSTRAINT "reward_cases_rule_version_id_fkey" FOREIGN KEY ("rule_version_id") REFERENCES "reward_rule_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_cases" ADD CONSTRAINT "reward_cases_endorsed_by_id_fkey" FOREIGN KEY ("endorsed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_cases" ADD CONSTRAINT "reward_cases_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_cases" ADD CONSTRAINT "reward_cases_rejected_by_id_fkey" FOREIGN KEY ("rejected_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_cases" ADD CONSTRAINT "reward_cases_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "payroll_batches"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_shares" ADD CONSTRAINT "reward_shares_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "reward_cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_shares" ADD CONSTRAINT "reward_shares_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payroll_batches" ADD CONSTRAINT "payroll_batches_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payroll_batches" ADD CONSTRAINT "payroll_batches_paid_by_id_fkey" FOREIGN KEY ("paid_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payroll_lines" ADD CONSTRAINT "payroll_lines_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "payroll_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payroll_lines" ADD CONSTRAINT "payroll_lines_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "reward_cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payroll_lines" ADD CONSTRAINT "payroll_lines_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reward_budgets" ADD CONSTRAINT "reward_budgets_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (modules/platform/database/migrations.test.ts lists these).

-- Money and shares stay in range whatever writes them.
ALTER TABLE "reward_rule_versions" ADD CONSTRAINT "reward_rule_versions_in_range" CHECK (
  implementation_cents >= 0 AND thank_you_cents >= 0
  AND savings_share_basis_points BETWEEN 0 AND 10000
  AND savings_minimum_cents >= 0 AND savings_maximum_cents >= savings_minimum_cents);
ALTER TABLE "reward_cases" ADD CONSTRAINT "reward_cases_money_non_negative" CHECK (
  computed_cents >= 0 AND amount_cents >= 0 AND (basis_savings_cents IS NULL OR basis_savings_cents >= 0));
ALTER TABLE "reward_shares" ADD CONSTRAINT "reward_shares_in_range" CHECK (
  share_basis_points BETWEEN 0 AND 10000 AND amount_cents >= 0);
ALTER TABLE "payroll_lines" ADD CONSTRAINT "payroll_lines_gross_positive" CHECK (gross_cents > 0);

-- Version 1 of the reward rules: the defaults of issue 13.
INSERT INTO "reward_rule_versions" (recognition_on_evaluation, implementation_cents, thank_you_cents,
  savings_share_basis_points, savings_minimum_cents, savings_maximum_cents, note)
VALUES (true, 30000, 10000, 1000, 50000, 500000, NULL);

-- The reward proposer's work, queued in the same transaction as the stage change.
CREATE FUNCTION ideas_status_to_reward_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'evaluation' THEN
    INSERT INTO reward_triggers (idea_id, kind) VALUES (NEW.id, 'recognition');
  ELSIF NEW.status = 'implementation' THEN
    INSERT INTO reward_triggers (idea_id, kind) VALUES (NEW.id, 'implementation');
  ELSIF NEW.status = 'implemented' THEN
    INSERT INTO reward_triggers (idea_id, kind) VALUES (NEW.id, 'thank_you');
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER ideas_status_to_reward_trigger AFTER UPDATE OF status ON ideas
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION ideas_status_to_reward_trigger();

CREATE FUNCTION benefit_confirmed_to_reward_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO reward_triggers (idea_id, kind) VALUES (NEW.idea_id, 'savings');
  RETURN NULL;
END $$;
CREATE TRIGGER accelerator_cards_benefit_to_reward_trigger AFTER UPDATE OF benefit_confirmed_at ON accelerator_cards
  FOR EACH ROW WHEN (OLD.benefit_confirmed_at IS NULL AND NEW.benefit_confirmed_at IS NOT NULL)
  EXECUTE FUNCTION benefit_confirmed_to_reward_trigger();

-- A case's status changes only through the chain (modules/rewards/chain.ts), which names the status
-- it moves cases to for its transaction; any other writer is refused.
CREATE FUNCTION reward_cases_status_through_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('vau.reward_chain', true) IS DISTINCT FROM NEW.status::text THEN
    RAISE EXCEPTION 'reward case %: status % -> % outside the chain', NEW.id, OLD.status, NEW.status
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER reward_cases_status_chain_only BEFORE UPDATE ON reward_cases
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION reward_cases_status_through_chain();
