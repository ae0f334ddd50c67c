-- CreateEnum
CREATE TYPE "notification_email_state" AS ENUM ('pending', 'instant', 'daily', 'weekly', 'sent', 'skipped');

-- CreateEnum
CREATE TYPE "notification_kind" AS ENUM ('mentions', 'my_ideas', 'discussion', 'invitations', 'followed', 'evaluations', 'tasks', 'rewards');

-- CreateEnum
CREATE TYPE "email_cadence" AS ENUM ('instant', 'daily', 'weekly', 'off');

-- CreateEnum
CREATE TYPE "email_job_kind" AS ENUM ('instant', 'daily', 'weekly');

-- CreateEnum
CREATE TYPE "email_job_status" AS ENUM ('queued', 'sent', 'empty', 'failed');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "notification_type" ADD VALUE 'evaluation_due';
ALTER TYPE "notification_type" ADD VALUE 'evaluation_overdue';
ALTER TYPE "notification_type" ADD VALUE 'moderation_waiting';

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "dedupe_key" TEXT,
ADD COLUMN     "email_job_id" BIGINT,
ADD COLUMN     "email_state" "notification_email_state" NOT NULL DEFAULT 'skipped';

-- Notifications written before e-mail existed are never e-mailed; new ones wait for the planner.
ALTER TABLE "notifications" ALTER COLUMN "email_state" SET DEFAULT 'pending';

-- CreateTable
CREATE TABLE "notification_preferences" (
    "user_id" UUID NOT NULL,
    "kind" "notification_kind" NOT NULL,
    "cadence" "email_cadence" NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id","kind")
);

-- CreateTable
CREATE TABLE "email_jobs" (
    "id" BIGSERIAL NOT NULL,
    "recipient_id" UUID NOT NULL,
    "kind" "email_job_kind" NOT NULL,
    "notification_id" BIGINT,
    "period_start" DATE,
    "status" "email_job_status" NOT NULL DEFAULT 'queued',
    "run_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "to_address" TEXT,
    "subject" TEXT,
    "message_id" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mailbox_messages" (
    "id" BIGSERIAL NOT NULL,
    "job_id" BIGINT,
    "to_address" TEXT NOT NULL,
    "from_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mailbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "email_jobs_notification_id_key" ON "email_jobs"("notification_id");

-- CreateIndex
CREATE INDEX "email_jobs_status_created_at_idx" ON "email_jobs"("status", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "email_jobs_recipient_id_kind_period_start_key" ON "email_jobs"("recipient_id", "kind", "period_start");

-- CreateIndex
CREATE INDEX "mailbox_messages_created_at_idx" ON "mailbox_messages"("created_at" DESC);

-- CreateIndex
CREATE INDEX "mailbox_messages_job_id_idx" ON "mailbox_messages"("job_id");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_dedupe_key_key" ON "notifications"("dedupe_key");

-- CreateIndex
CREATE INDEX "notifications_email_job_id_idx" ON "notifications"("email_job_id");

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_jobs" ADD CONSTRAINT "email_jobs_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_jobs" ADD CONSTRAINT "email_jobs_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mailbox_messages" ADD CONSTRAINT "mailbox_messages_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "email_jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_email_job_id_fkey" FOREIGN KEY ("email_job_id") REFERENCES "email_jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What the planner, the digests and the workers look for, kept small (Prisma cannot express these).
CREATE INDEX "notifications_email_pending_idx" ON "notifications"("id") WHERE "email_state" = 'pending';
CREATE INDEX "notifications_email_digest_idx" ON "notifications"("recipient_id", "id") WHERE "email_state" IN ('daily', 'weekly');
CREATE INDEX "email_jobs_due_idx" ON "email_jobs"("run_at") WHERE "status" = 'queued';
