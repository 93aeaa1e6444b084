import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_push_subscriptions_kinds" AS ENUM('events', 'offers', 'news', 'participation');
  CREATE TYPE "public"."enum_push_subscriptions_lang" AS ENUM('de', 'en');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'subscription-push' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'subscription-push' BEFORE 'schedulePublish';
  CREATE TABLE "push_subscriptions_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_push_subscriptions_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "push_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"endpoint" varchar NOT NULL,
  	"p256dh" varchar NOT NULL,
  	"auth" varchar NOT NULL,
  	"lang" "enum_push_subscriptions_lang" DEFAULT 'de' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "push_subscriptions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"districts_id" integer,
  	"associations_id" integer
  );
  
  CREATE TABLE "push_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"public_key" varchar NOT NULL,
  	"private_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "push_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "push_keys_id" integer;
  ALTER TABLE "push_subscriptions_kinds" ADD CONSTRAINT "push_subscriptions_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_associations_fk" FOREIGN KEY ("associations_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "push_subscriptions_kinds_order_idx" ON "push_subscriptions_kinds" USING btree ("order");
  CREATE INDEX "push_subscriptions_kinds_parent_idx" ON "push_subscriptions_kinds" USING btree ("parent_id");
  CREATE UNIQUE INDEX "push_subscriptions_endpoint_idx" ON "push_subscriptions" USING btree ("endpoint");
  CREATE INDEX "push_subscriptions_updated_at_idx" ON "push_subscriptions" USING btree ("updated_at");
  CREATE INDEX "push_subscriptions_created_at_idx" ON "push_subscriptions" USING btree ("created_at");
  CREATE INDEX "push_subscriptions_rels_order_idx" ON "push_subscriptions_rels" USING btree ("order");
  CREATE INDEX "push_subscriptions_rels_parent_idx" ON "push_subscriptions_rels" USING btree ("parent_id");
  CREATE INDEX "push_subscriptions_rels_path_idx" ON "push_subscriptions_rels" USING btree ("path");
  CREATE INDEX "push_subscriptions_rels_topics_id_idx" ON "push_subscriptions_rels" USING btree ("topics_id");
  CREATE INDEX "push_subscriptions_rels_districts_id_idx" ON "push_subscriptions_rels" USING btree ("districts_id");
  CREATE INDEX "push_subscriptions_rels_associations_id_idx" ON "push_subscriptions_rels" USING btree ("associations_id");
  CREATE UNIQUE INDEX "push_keys_name_idx" ON "push_keys" USING btree ("name");
  CREATE INDEX "push_keys_updated_at_idx" ON "push_keys" USING btree ("updated_at");
  CREATE INDEX "push_keys_created_at_idx" ON "push_keys" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk" FOREIGN KEY ("push_subscriptions_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_push_keys_fk" FOREIGN KEY ("push_keys_id") REFERENCES "public"."push_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_push_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("push_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_push_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("push_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "push_subscriptions_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_subscriptions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "push_subscriptions_kinds" CASCADE;
  DROP TABLE "push_subscriptions" CASCADE;
  DROP TABLE "push_subscriptions_rels" CASCADE;
  DROP TABLE "push_keys" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_push_keys_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverBuildRequest', 'importCalendarFeeds', 'enquiry-reminders', 'enquiry-escalations', 'enquiry-retention', 'subscription-digest', 'subscription-cleanup', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverBuildRequest', 'importCalendarFeeds', 'enquiry-reminders', 'enquiry-escalations', 'enquiry-retention', 'subscription-digest', 'subscription-cleanup', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_push_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_push_keys_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "push_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "push_keys_id";
  DROP TYPE "public"."enum_push_subscriptions_kinds";
  DROP TYPE "public"."enum_push_subscriptions_lang";`)
}
