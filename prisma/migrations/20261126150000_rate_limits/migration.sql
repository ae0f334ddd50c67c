-- CreateTable
CREATE TABLE "rate_limit_hits" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_hits_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE INDEX "rate_limit_hits_expires_at_idx" ON "rate_limit_hits"("expires_at");

-- Counters need no crash safety (a restart forgets them, which only lifts limits early) and a hit
-- on an unlogged table commits without waiting for the WAL, so limiting a vote costs little.
ALTER TABLE "rate_limit_hits" SET UNLOGGED;
