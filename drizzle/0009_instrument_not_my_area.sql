ALTER TABLE "instrument" ADD COLUMN "offers_not_my_area" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- The built-in version 2 was installed before the column existed: it offers "not my area".
UPDATE "instrument" SET "offers_not_my_area" = true WHERE "organisation_id" IS NULL AND "name" = 'Touchstone CRM Maturity' AND "version" = 2;
