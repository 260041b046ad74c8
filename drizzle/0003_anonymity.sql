CREATE TABLE "membership_history" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"first_joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_history_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "benchmark_panel" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "invitation" ADD COLUMN "link_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "response" ADD COLUMN "published_in" integer;--> statement-breakpoint
ALTER TABLE "response" ADD COLUMN "device_hashes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "response" ADD COLUMN "resume_counter" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "membership_history" ADD CONSTRAINT "membership_history_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_history" ADD CONSTRAINT "membership_history_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_history_user_id_index" ON "membership_history" USING btree ("user_id");--> statement-breakpoint
INSERT INTO "membership_history" ("organisation_id", "user_id", "first_joined_at") SELECT "organisation_id", "user_id", "created_at" FROM "membership" ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Rewrite every response and invitation row in one transaction: their xmin no longer tells which invitation's answer was stored when.
UPDATE "response" SET "updated_at" = date_trunc('day', "updated_at");--> statement-breakpoint
UPDATE "invitation" SET "link_version" = "link_version";
--> statement-breakpoint
-- Every membership, whichever code path makes it, is remembered after it ends (peer independence).
CREATE FUNCTION "remember_membership"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "membership_history" ("organisation_id", "user_id") VALUES (NEW."organisation_id", NEW."user_id") ON CONFLICT DO NOTHING;
	RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "membership_remembered" AFTER INSERT ON "membership" FOR EACH ROW EXECUTE FUNCTION "remember_membership"();
