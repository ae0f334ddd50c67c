-- CreateIndex
CREATE INDEX "accelerator_cards_stage_department_ids_idx" ON "accelerator_cards"("stage", "department_ids");
