-- Search matches a word in any of the three languages' columns at once (modules/ideas/list.ts):
-- one index scan per table instead of three. Prisma's schema cannot express an index on an
-- expression, so these live here only (migrations.test.ts lists them as hand-written); the queries
-- must write the expression exactly as it is here for the planner to use the index.
CREATE INDEX "ideas_search_all_idx" ON "ideas" USING GIN (("search_fi" || "search_sv" || "search_en"));
CREATE INDEX "comments_search_all_idx" ON "comments" USING GIN (("search_fi" || "search_sv" || "search_en"));
