-- CreateEnum
CREATE TYPE "flag_reason" AS ENUM ('spam', 'offensive', 'personal_data', 'duplicate', 'other');

-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "hidden_at" TIMESTAMPTZ(3),
ADD COLUMN     "hidden_reason" TEXT;

-- CreateTable
CREATE TABLE "flags" (
    "id" BIGSERIAL NOT NULL,
    "reporter_id" UUID NOT NULL,
    "idea_id" INTEGER,
    "comment_id" INTEGER,
    "reason" "flag_reason" NOT NULL,
    "note" TEXT,
    "duplicate_of_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" UUID,
    "resolution" TEXT,

    CONSTRAINT "flags_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "flags_idea_id_resolved_at_idx" ON "flags"("idea_id", "resolved_at");

-- CreateIndex
CREATE INDEX "flags_comment_id_resolved_at_idx" ON "flags"("comment_id", "resolved_at");

-- CreateIndex
CREATE UNIQUE INDEX "flags_reporter_id_idea_id_key" ON "flags"("reporter_id", "idea_id");

-- CreateIndex
CREATE UNIQUE INDEX "flags_reporter_id_comment_id_key" ON "flags"("reporter_id", "comment_id");

-- AddForeignKey
ALTER TABLE "flags" ADD CONSTRAINT "flags_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flags" ADD CONSTRAINT "flags_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flags" ADD CONSTRAINT "flags_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flags" ADD CONSTRAINT "flags_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- By hand: a flag is about an idea or a comment, never both or neither.
ALTER TABLE "flags" ADD CONSTRAINT "flags_one_target" CHECK (("idea_id" IS NULL) <> ("comment_id" IS NULL));
