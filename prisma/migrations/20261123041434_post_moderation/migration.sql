-- AlterTable
ALTER TABLE "ideas" ADD COLUMN     "awaiting_review" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);
