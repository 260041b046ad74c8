ALTER TABLE "cycle" ALTER COLUMN "comment_threshold" SET DEFAULT 8;--> statement-breakpoint
UPDATE "cycle" SET "anonymity_threshold" = 3 WHERE "anonymity_threshold" < 3;--> statement-breakpoint
ALTER TABLE "cycle" ADD CONSTRAINT "cycle_anonymity_threshold_at_least_3" CHECK ("cycle"."anonymity_threshold" >= 3);