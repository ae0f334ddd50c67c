-- AlterTable
ALTER TABLE "departments" ADD COLUMN     "merged_into_id" UUID;

-- AlterTable
ALTER TABLE "categories" ADD COLUMN     "merged_into_id" UUID;

-- AddForeignKey
ALTER TABLE "departments" ADD CONSTRAINT "departments_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "categories" ADD CONSTRAINT "categories_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;
