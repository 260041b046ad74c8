CREATE TABLE "cycle_result" (
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycle_result_organisation_id_cycle_id_pk" PRIMARY KEY("organisation_id","cycle_id")
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "invitee_retention_days" integer;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "answer_retention_days" integer;--> statement-breakpoint
ALTER TABLE "cycle" ADD COLUMN "addresses_erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cycle" ADD COLUMN "answers_erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cycle_result" ADD CONSTRAINT "cycle_result_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_result" ADD CONSTRAINT "cycle_result_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE cascade ON UPDATE no action;