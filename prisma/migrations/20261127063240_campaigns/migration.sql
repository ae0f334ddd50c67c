-- AlterTable
ALTER TABLE "ideas" ADD COLUMN     "campaign_id" UUID;

-- CreateTable
CREATE TABLE "campaigns" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title_fi" VARCHAR(160) NOT NULL,
    "title_sv" VARCHAR(160) NOT NULL,
    "title_en" VARCHAR(160) NOT NULL,
    "description_fi" TEXT NOT NULL,
    "description_sv" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "opens_at" TIMESTAMPTZ(3) NOT NULL,
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "moderation_mode" TEXT,
    "image_alt_fi" TEXT,
    "image_alt_sv" TEXT,
    "image_alt_en" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_images" (
    "campaign_id" UUID NOT NULL,
    "content_type" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "campaign_images_pkey" PRIMARY KEY ("campaign_id")
);

-- CreateTable
CREATE TABLE "campaign_departments" (
    "campaign_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,

    CONSTRAINT "campaign_departments_pkey" PRIMARY KEY ("campaign_id","department_id")
);

-- CreateTable
CREATE TABLE "campaign_categories" (
    "campaign_id" UUID NOT NULL,
    "category_id" UUID NOT NULL,

    CONSTRAINT "campaign_categories_pkey" PRIMARY KEY ("campaign_id","category_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "campaigns_slug_key" ON "campaigns"("slug");

-- CreateIndex
CREATE INDEX "campaigns_opens_at_idx" ON "campaigns"("opens_at");

-- CreateIndex
CREATE INDEX "campaigns_closes_at_idx" ON "campaigns"("closes_at");

-- CreateIndex
CREATE INDEX "campaign_departments_department_id_idx" ON "campaign_departments"("department_id");

-- CreateIndex
CREATE INDEX "campaign_categories_category_id_idx" ON "campaign_categories"("category_id");

-- CreateIndex
CREATE INDEX "ideas_campaign_id_idx" ON "ideas"("campaign_id");

-- AddForeignKey
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_images" ADD CONSTRAINT "campaign_images_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_departments" ADD CONSTRAINT "campaign_departments_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_departments" ADD CONSTRAINT "campaign_departments_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_categories" ADD CONSTRAINT "campaign_categories_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_categories" ADD CONSTRAINT "campaign_categories_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A window runs forwards; a campaign's own moderation is one of the site's two modes (or null: the site's).
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_window_check" CHECK ("closes_at" > "opens_at");
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_moderation_mode_check" CHECK ("moderation_mode" IN ('pre', 'post'));

-- Stored shared pages drop when a campaign changes (docs/decisions/0039). Campaigns change rarely and
-- show on the front page, the lists and their ideas' pages, so every change announces 'all'.
CREATE TRIGGER campaigns_page_change AFTER INSERT OR UPDATE OR DELETE ON campaigns
  FOR EACH STATEMENT EXECUTE FUNCTION notify_every_page_change();
CREATE TRIGGER campaign_images_page_change AFTER INSERT OR UPDATE OR DELETE ON campaign_images
  FOR EACH STATEMENT EXECUTE FUNCTION notify_every_page_change();
CREATE TRIGGER campaign_departments_page_change AFTER INSERT OR UPDATE OR DELETE ON campaign_departments
  FOR EACH STATEMENT EXECUTE FUNCTION notify_every_page_change();
CREATE TRIGGER campaign_categories_page_change AFTER INSERT OR UPDATE OR DELETE ON campaign_categories
  FOR EACH STATEMENT EXECUTE FUNCTION notify_every_page_change();

-- An idea's campaign is shown on its page and filters the lists: campaign_id joins the announced columns.
DROP TRIGGER ideas_page_change ON ideas;
CREATE TRIGGER ideas_page_change AFTER INSERT OR DELETE OR UPDATE OF
    title, body, status, category_id, author_id, anonymous, expected_savings_eur, expected_hours_saved,
    expected_benefit_note, comment_count, follower_count, edited_at, awaiting_review, discussion_locked_at,
    merged_into_id, created_at, updated_at, submitted_at, published_at, status_changed_at, hidden_from_status,
    campaign_id
  ON ideas FOR EACH ROW EXECUTE FUNCTION notify_idea_page_change();
