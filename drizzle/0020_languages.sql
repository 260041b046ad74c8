ALTER TABLE "user" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;