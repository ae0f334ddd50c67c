-- CreateIndex
CREATE INDEX "ideas_newest_idx" ON "ideas"("published_at" DESC, "id" DESC);
