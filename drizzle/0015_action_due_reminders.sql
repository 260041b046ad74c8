ALTER TABLE "action" ADD COLUMN "due_soon_reminded_for" date;--> statement-breakpoint
ALTER TABLE "action" ADD COLUMN "overdue_reminded_for" date;