ALTER TABLE "response" ADD COLUMN "straight_lined" boolean;--> statement-breakpoint
-- Responses submitted before the flag existed: read from their answers as submission now reads
-- them (survey/straight-lines.ts; 8 = STRAIGHT_LINE_MIN_ANSWERS). A cycle whose answers were
-- erased keeps null: nothing is left to read it from.
UPDATE "response" r SET "straight_lined" = r.id IN (
  SELECT a.response_id
  FROM "answer" a JOIN "instrument_item" i ON i.id = a.item_id AND i.kind = 'maturity'
  WHERE a.value IS NOT NULL AND NOT a.dont_know AND NOT a.not_my_area
  GROUP BY a.response_id
  HAVING count(*) >= 8 AND min(a.value) = max(a.value))
FROM "cycle" c
WHERE c.id = r.cycle_id AND c.answers_erased_at IS NULL AND r.status = 'submitted';
