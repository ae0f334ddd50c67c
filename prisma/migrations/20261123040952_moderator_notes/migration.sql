-- CreateTable
CREATE TABLE "moderator_notes" (
    "id" BIGSERIAL NOT NULL,
    "idea_id" INTEGER,
    "user_id" UUID,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderator_notes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "moderator_notes_idea_id_created_at_idx" ON "moderator_notes"("idea_id", "created_at");

-- CreateIndex
CREATE INDEX "moderator_notes_user_id_created_at_idx" ON "moderator_notes"("user_id", "created_at");

-- AddForeignKey
ALTER TABLE "moderator_notes" ADD CONSTRAINT "moderator_notes_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderator_notes" ADD CONSTRAINT "moderator_notes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderator_notes" ADD CONSTRAINT "moderator_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- By hand: a note is about an idea or a person, never both or neither.
ALTER TABLE "moderator_notes" ADD CONSTRAINT "moderator_notes_one_subject" CHECK (("idea_id" IS NULL) <> ("user_id" IS NULL));
