-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "review_requested_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "comments_review_requested_at_idx" ON "comments"("review_requested_at");
