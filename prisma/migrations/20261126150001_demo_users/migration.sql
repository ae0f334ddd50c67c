-- AlterTable
ALTER TABLE "users" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- Demo databases seeded before this column existed: the seed's people (fictional addresses under the
-- reserved .example domain, never signed in through single sign-on) become demo users again.
UPDATE "users" SET "demo" = true
WHERE "email" LIKE '%@kuusilahti.example'
  AND NOT EXISTS (SELECT 1 FROM "accounts" WHERE "accounts"."user_id" = "users"."id");
