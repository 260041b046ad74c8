CREATE TABLE "cycle_fact" (
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" smallint NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycle_fact_organisation_id_cycle_id_key_pk" PRIMARY KEY("organisation_id","cycle_id","key")
);
--> statement-breakpoint
ALTER TABLE "cycle_fact" ADD CONSTRAINT "cycle_fact_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_fact" ADD CONSTRAINT "cycle_fact_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_fact" ADD CONSTRAINT "cycle_fact_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;