CREATE TABLE "language_tally" (
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"language" text NOT NULL,
	"pending" integer DEFAULT 0 NOT NULL,
	"published" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "language_tally_cycle_id_language_pk" PRIMARY KEY("cycle_id","language")
);
--> statement-breakpoint
ALTER TABLE "invitation" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "language_tally" ADD CONSTRAINT "language_tally_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "language_tally" ADD CONSTRAINT "language_tally_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE cascade ON UPDATE no action;