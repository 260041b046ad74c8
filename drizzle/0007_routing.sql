ALTER TABLE "instrument_section" ADD COLUMN "groups" text[];--> statement-breakpoint
ALTER TABLE "cycle" ADD COLUMN "routing" jsonb;