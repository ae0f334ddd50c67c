-- CreateEnum
CREATE TYPE "notification_type" AS ENUM ('comment', 'reply', 'mention', 'status_changed', 'idea_edited', 'co_author_invite');

-- AlterTable
ALTER TABLE "ideas" ADD COLUMN     "edited_at" TIMESTAMPTZ(3),
ADD COLUMN     "follower_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "trending_score" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- AlterTable (by hand: generated from the body, as on ideas)
ALTER TABLE "comments"
ADD COLUMN "search_fi" tsvector GENERATED ALWAYS AS (to_tsvector('finnish'::regconfig, "body")) STORED,
ADD COLUMN "search_sv" tsvector GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, "body")) STORED,
ADD COLUMN "search_en" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "body")) STORED;

-- CreateTable
CREATE TABLE "comment_helpful" (
    "comment_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_helpful_pkey" PRIMARY KEY ("comment_id","user_id")
);

-- CreateTable
CREATE TABLE "idea_follows" (
    "idea_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idea_follows_pkey" PRIMARY KEY ("idea_id","user_id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" BIGSERIAL NOT NULL,
    "recipient_id" UUID NOT NULL,
    "actor_id" UUID,
    "type" "notification_type" NOT NULL,
    "idea_id" INTEGER,
    "comment_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),
    "emailed_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "comment_helpful_user_id_idx" ON "comment_helpful"("user_id");

-- CreateIndex
CREATE INDEX "idea_follows_user_id_idx" ON "idea_follows"("user_id");

-- CreateIndex
CREATE INDEX "notifications_recipient_id_created_at_idx" ON "notifications"("recipient_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "ideas_trending_idx" ON "ideas"("trending_score" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ideas_votes_idx" ON "ideas"("vote_count" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ideas_comments_idx" ON "ideas"("comment_count" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "comments_search_fi_idx" ON "comments" USING GIN ("search_fi");

-- CreateIndex
CREATE INDEX "comments_search_sv_idx" ON "comments" USING GIN ("search_sv");

-- CreateIndex
CREATE INDEX "comments_search_en_idx" ON "comments" USING GIN ("search_en");

-- AddForeignKey
ALTER TABLE "comment_helpful" ADD CONSTRAINT "comment_helpful_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_helpful" ADD CONSTRAINT "comment_helpful_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idea_follows" ADD CONSTRAINT "idea_follows_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idea_follows" ADD CONSTRAINT "idea_follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- By hand: existing data gets what new votes, comments and ideas will maintain.
-- Trending: each vote adds e^((vote time - 2026-01-01) / 7 days), so a vote a week older weighs
-- 1/e as much; comparing sums compares recency-weighted votes (modules/ideas/votes.ts). Doubles
-- hold this until about 2039; rebase the epoch before then.
CREATE FUNCTION "trending_weight"(voted_at timestamptz) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN exp(extract(epoch FROM voted_at - TIMESTAMPTZ '2026-01-01 00:00:00+00') / 604800.0);

UPDATE "ideas" SET "trending_score" = t.score
FROM (SELECT "idea_id", sum("trending_weight"("created_at")) AS score FROM "votes" GROUP BY "idea_id") t
WHERE t."idea_id" = "ideas"."id";

-- Authors and commenters follow the ideas they wrote or discussed.
INSERT INTO "idea_follows" ("idea_id", "user_id", "created_at")
SELECT "id", "author_id", "created_at" FROM "ideas"
UNION
SELECT "idea_id", "author_id", min("created_at") FROM "comments" GROUP BY "idea_id", "author_id"
ON CONFLICT DO NOTHING;
UPDATE "ideas" SET "follower_count" = f.n
FROM (SELECT "idea_id", count(*)::int AS n FROM "idea_follows" GROUP BY "idea_id") f
WHERE f."idea_id" = "ideas"."id";
