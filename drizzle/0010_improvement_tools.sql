CREATE TABLE "action_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"note" text NOT NULL,
	"progress" smallint,
	"author_id" uuid,
	"author_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_review" (
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"knowledge" smallint,
	"participation" smallint,
	"perception" smallint,
	"attitude" smallint,
	"evidence" text DEFAULT '' NOT NULL,
	"decision" text,
	"decision_notes" text DEFAULT '' NOT NULL,
	"action_id" uuid,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_review_cycle_id_activity_id_pk" PRIMARY KEY("cycle_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "crm_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"target_customers" text DEFAULT '' NOT NULL,
	"access_conditions" text DEFAULT '' NOT NULL,
	"customer_benefit" text DEFAULT '' NOT NULL,
	"customer_cost" text DEFAULT '' NOT NULL,
	"company_benefit" text DEFAULT '' NOT NULL,
	"company_cost" text DEFAULT '' NOT NULL,
	"mission_part" text DEFAULT '' NOT NULL,
	"strategy_part" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "future_state" (
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"dimension_key" text NOT NULL,
	"description" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "future_state_cycle_id_dimension_key_pk" PRIMARY KEY("cycle_id","dimension_key")
);
--> statement-breakpoint
CREATE TABLE "implementation_step" (
	"organisation_id" uuid NOT NULL,
	"step" smallint NOT NULL,
	"state" text DEFAULT 'not_started' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"done_on" date,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "implementation_step_organisation_id_step_pk" PRIMARY KEY("organisation_id","step")
);
--> statement-breakpoint
CREATE TABLE "roadmap_discovery" (
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid PRIMARY KEY NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"assets" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_interview" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"who" text NOT NULL,
	"held_on" date NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_phase" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" smallint NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_phase_action" (
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"phase_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	CONSTRAINT "roadmap_phase_action_cycle_id_action_id_pk" PRIMARY KEY("cycle_id","action_id")
);
--> statement-breakpoint
ALTER TABLE "action" ADD COLUMN "owner_user_id" uuid;--> statement-breakpoint
ALTER TABLE "action" ADD COLUMN "progress" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "action" ADD COLUMN "budget" integer;--> statement-breakpoint
ALTER TABLE "action" ADD COLUMN "approved_amount" integer;--> statement-breakpoint
ALTER TABLE "action" ADD COLUMN "approved_by" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "review_step" ADD COLUMN "answers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "action_update" ADD CONSTRAINT "action_update_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_update" ADD CONSTRAINT "action_update_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_update" ADD CONSTRAINT "action_update_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_review" ADD CONSTRAINT "activity_review_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_review" ADD CONSTRAINT "activity_review_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_review" ADD CONSTRAINT "activity_review_activity_id_crm_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."crm_activity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_review" ADD CONSTRAINT "activity_review_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_review" ADD CONSTRAINT "activity_review_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_activity" ADD CONSTRAINT "crm_activity_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_state" ADD CONSTRAINT "future_state_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_state" ADD CONSTRAINT "future_state_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_step" ADD CONSTRAINT "implementation_step_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_step" ADD CONSTRAINT "implementation_step_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_discovery" ADD CONSTRAINT "roadmap_discovery_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_discovery" ADD CONSTRAINT "roadmap_discovery_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_interview" ADD CONSTRAINT "roadmap_interview_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_interview" ADD CONSTRAINT "roadmap_interview_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_phase" ADD CONSTRAINT "roadmap_phase_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_phase" ADD CONSTRAINT "roadmap_phase_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_phase_action" ADD CONSTRAINT "roadmap_phase_action_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_phase_action" ADD CONSTRAINT "roadmap_phase_action_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_phase_action" ADD CONSTRAINT "roadmap_phase_action_phase_id_roadmap_phase_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."roadmap_phase"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_phase_action" ADD CONSTRAINT "roadmap_phase_action_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_update_organisation_id_action_id_index" ON "action_update" USING btree ("organisation_id","action_id");--> statement-breakpoint
CREATE INDEX "activity_review_organisation_id_index" ON "activity_review" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "crm_activity_organisation_id_index" ON "crm_activity" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "future_state_organisation_id_index" ON "future_state" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "roadmap_interview_organisation_id_cycle_id_index" ON "roadmap_interview" USING btree ("organisation_id","cycle_id");--> statement-breakpoint
CREATE INDEX "roadmap_phase_organisation_id_cycle_id_index" ON "roadmap_phase" USING btree ("organisation_id","cycle_id");--> statement-breakpoint
CREATE INDEX "roadmap_phase_action_organisation_id_index" ON "roadmap_phase_action" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "action" ADD CONSTRAINT "action_owner_user_id_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;