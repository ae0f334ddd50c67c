-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "idea_event_type" ADD VALUE 'discussion_locked';
ALTER TYPE "idea_event_type" ADD VALUE 'discussion_unlocked';

-- AlterTable
ALTER TABLE "ideas" ADD COLUMN     "discussion_locked_at" TIMESTAMPTZ(3);
