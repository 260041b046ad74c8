ALTER TABLE "instrument" ADD COLUMN "languages" text[] DEFAULT '{"en"}' NOT NULL;--> statement-breakpoint
ALTER TABLE "instrument_item" ADD COLUMN "translations" jsonb;--> statement-breakpoint
ALTER TABLE "instrument_section" ADD COLUMN "translations" jsonb;