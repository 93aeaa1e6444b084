import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscriptions_kinds" AS ENUM('events', 'offers', 'news', 'participation');
  CREATE TYPE "public"."enum_subscriptions_lang" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_subscriptions_frequency" AS ENUM('daily', 'weekly');
  CREATE TYPE "public"."enum_push_subscriptions_kinds" AS ENUM('events', 'offers', 'news', 'participation');
  CREATE TYPE "public"."enum_push_subscriptions_lang" AS ENUM('de', 'en');
  ALTER TYPE "public"."enum_enquiries_lang" ADD VALUE 'uk';
  ALTER TYPE "public"."enum_enquiries_lang" ADD VALUE 'ar';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'subscription-digest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'subscription-cleanup' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'subscription-push' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'subscription-digest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'subscription-cleanup' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'subscription-push' BEFORE 'schedulePublish';
  CREATE TABLE "districts_council_papers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "districts_council_papers_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "subscriptions_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscriptions_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"lang" "enum_subscriptions_lang" DEFAULT 'de' NOT NULL,
  	"frequency" "enum_subscriptions_frequency" DEFAULT 'weekly' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"manage_salt" varchar NOT NULL,
  	"manage_hash" varchar NOT NULL,
  	"calendar_salt" varchar,
  	"calendar_hash" varchar,
  	"last_digest_at" timestamp(3) with time zone,
  	"digest_claimed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscriptions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"districts_id" integer,
  	"associations_id" integer
  );
  
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
  
  CREATE TABLE "handovers_invited" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "handovers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"association_id" integer NOT NULL,
  	"account_id" integer,
  	"invite_admins" boolean DEFAULT false,
  	"confirmed" boolean DEFAULT false,
  	"confirmed_at" timestamp(3) with time zone,
  	"confirmed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_politics_geozones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"geozone" varchar NOT NULL,
  	"district_id" integer NOT NULL
  );
  
  CREATE TABLE "settings_politics_tags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tag" varchar NOT NULL,
  	"topic_id" integer NOT NULL
  );
  
  CREATE TABLE "settings_embeds_allowed_origins" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"origin" varchar NOT NULL,
  	"note" varchar
  );
  
  ALTER TABLE "districts" ADD COLUMN "service_area_south" numeric;
  ALTER TABLE "districts" ADD COLUMN "service_area_north" numeric;
  ALTER TABLE "districts" ADD COLUMN "service_area_west" numeric;
  ALTER TABLE "districts" ADD COLUMN "service_area_east" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "push_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "push_keys_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "handovers_id" integer;
  ALTER TABLE "settings" ADD COLUMN "politics_demo_data" boolean DEFAULT false;
  ALTER TABLE "settings" ADD COLUMN "politics_oparl_url" varchar;
  ALTER TABLE "settings" ADD COLUMN "politics_council_website_url" varchar;
  ALTER TABLE "settings" ADD COLUMN "politics_open311_url" varchar;
  ALTER TABLE "settings" ADD COLUMN "politics_report_url" varchar;
  ALTER TABLE "settings_locales" ADD COLUMN "politics_how_to_take_part" varchar;
  ALTER TABLE "districts_council_papers" ADD CONSTRAINT "districts_council_papers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "districts_council_papers_locales" ADD CONSTRAINT "districts_council_papers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."districts_council_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_kinds" ADD CONSTRAINT "subscriptions_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_associations_fk" FOREIGN KEY ("associations_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_kinds" ADD CONSTRAINT "push_subscriptions_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_associations_fk" FOREIGN KEY ("associations_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handovers_invited" ADD CONSTRAINT "handovers_invited_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."handovers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handovers" ADD CONSTRAINT "handovers_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handovers" ADD CONSTRAINT "handovers_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handovers" ADD CONSTRAINT "handovers_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_politics_geozones" ADD CONSTRAINT "settings_politics_geozones_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_politics_geozones" ADD CONSTRAINT "settings_politics_geozones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_politics_tags" ADD CONSTRAINT "settings_politics_tags_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_politics_tags" ADD CONSTRAINT "settings_politics_tags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_embeds_allowed_origins" ADD CONSTRAINT "settings_embeds_allowed_origins_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "districts_council_papers_order_idx" ON "districts_council_papers" USING btree ("_order");
  CREATE INDEX "districts_council_papers_parent_id_idx" ON "districts_council_papers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "districts_council_papers_locales_locale_parent_id_unique" ON "districts_council_papers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "subscriptions_kinds_order_idx" ON "subscriptions_kinds" USING btree ("order");
  CREATE INDEX "subscriptions_kinds_parent_idx" ON "subscriptions_kinds" USING btree ("parent_id");
  CREATE INDEX "subscriptions_email_idx" ON "subscriptions" USING btree ("email");
  CREATE INDEX "subscriptions_confirmed_at_idx" ON "subscriptions" USING btree ("confirmed_at");
  CREATE UNIQUE INDEX "subscriptions_manage_hash_idx" ON "subscriptions" USING btree ("manage_hash");
  CREATE INDEX "subscriptions_calendar_hash_idx" ON "subscriptions" USING btree ("calendar_hash");
  CREATE INDEX "subscriptions_updated_at_idx" ON "subscriptions" USING btree ("updated_at");
  CREATE INDEX "subscriptions_created_at_idx" ON "subscriptions" USING btree ("created_at");
  CREATE INDEX "subscriptions_rels_order_idx" ON "subscriptions_rels" USING btree ("order");
  CREATE INDEX "subscriptions_rels_parent_idx" ON "subscriptions_rels" USING btree ("parent_id");
  CREATE INDEX "subscriptions_rels_path_idx" ON "subscriptions_rels" USING btree ("path");
  CREATE INDEX "subscriptions_rels_topics_id_idx" ON "subscriptions_rels" USING btree ("topics_id");
  CREATE INDEX "subscriptions_rels_districts_id_idx" ON "subscriptions_rels" USING btree ("districts_id");
  CREATE INDEX "subscriptions_rels_associations_id_idx" ON "subscriptions_rels" USING btree ("associations_id");
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
  CREATE INDEX "handovers_invited_order_idx" ON "handovers_invited" USING btree ("_order");
  CREATE INDEX "handovers_invited_parent_id_idx" ON "handovers_invited" USING btree ("_parent_id");
  CREATE INDEX "handovers_association_idx" ON "handovers" USING btree ("association_id");
  CREATE INDEX "handovers_account_idx" ON "handovers" USING btree ("account_id");
  CREATE INDEX "handovers_confirmed_by_idx" ON "handovers" USING btree ("confirmed_by_id");
  CREATE INDEX "handovers_updated_at_idx" ON "handovers" USING btree ("updated_at");
  CREATE INDEX "handovers_created_at_idx" ON "handovers" USING btree ("created_at");
  CREATE INDEX "settings_politics_geozones_order_idx" ON "settings_politics_geozones" USING btree ("_order");
  CREATE INDEX "settings_politics_geozones_parent_id_idx" ON "settings_politics_geozones" USING btree ("_parent_id");
  CREATE INDEX "settings_politics_geozones_district_idx" ON "settings_politics_geozones" USING btree ("district_id");
  CREATE INDEX "settings_politics_tags_order_idx" ON "settings_politics_tags" USING btree ("_order");
  CREATE INDEX "settings_politics_tags_parent_id_idx" ON "settings_politics_tags" USING btree ("_parent_id");
  CREATE INDEX "settings_politics_tags_topic_idx" ON "settings_politics_tags" USING btree ("topic_id");
  CREATE INDEX "settings_embeds_allowed_origins_order_idx" ON "settings_embeds_allowed_origins" USING btree ("_order");
  CREATE INDEX "settings_embeds_allowed_origins_parent_id_idx" ON "settings_embeds_allowed_origins" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriptions_fk" FOREIGN KEY ("subscriptions_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk" FOREIGN KEY ("push_subscriptions_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_push_keys_fk" FOREIGN KEY ("push_keys_id") REFERENCES "public"."push_keys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_handovers_fk" FOREIGN KEY ("handovers_id") REFERENCES "public"."handovers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_push_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("push_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_push_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("push_keys_id");
  CREATE INDEX "payload_locked_documents_rels_handovers_id_idx" ON "payload_locked_documents_rels" USING btree ("handovers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "districts_council_papers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "districts_council_papers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_subscriptions_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_subscriptions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handovers_invited" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handovers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_politics_geozones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_politics_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "settings_embeds_allowed_origins" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "districts_council_papers" CASCADE;
  DROP TABLE "districts_council_papers_locales" CASCADE;
  DROP TABLE "subscriptions_kinds" CASCADE;
  DROP TABLE "subscriptions" CASCADE;
  DROP TABLE "subscriptions_rels" CASCADE;
  DROP TABLE "push_subscriptions_kinds" CASCADE;
  DROP TABLE "push_subscriptions" CASCADE;
  DROP TABLE "push_subscriptions_rels" CASCADE;
  DROP TABLE "push_keys" CASCADE;
  DROP TABLE "handovers_invited" CASCADE;
  DROP TABLE "handovers" CASCADE;
  DROP TABLE "settings_politics_geozones" CASCADE;
  DROP TABLE "settings_politics_tags" CASCADE;
  DROP TABLE "settings_embeds_allowed_origins" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_push_keys_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_handovers_fk";
  
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DATA TYPE text;
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DEFAULT 'de'::text;
  DROP TYPE "public"."enum_enquiries_lang";
  CREATE TYPE "public"."enum_enquiries_lang" AS ENUM('de', 'en');
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DEFAULT 'de'::"public"."enum_enquiries_lang";
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DATA TYPE "public"."enum_enquiries_lang" USING "lang"::"public"."enum_enquiries_lang";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverBuildRequest', 'importCalendarFeeds', 'enquiry-reminders', 'enquiry-escalations', 'enquiry-retention', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverBuildRequest', 'importCalendarFeeds', 'enquiry-reminders', 'enquiry-escalations', 'enquiry-retention', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_push_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_push_keys_id_idx";
  DROP INDEX "payload_locked_documents_rels_handovers_id_idx";
  ALTER TABLE "districts" DROP COLUMN "service_area_south";
  ALTER TABLE "districts" DROP COLUMN "service_area_north";
  ALTER TABLE "districts" DROP COLUMN "service_area_west";
  ALTER TABLE "districts" DROP COLUMN "service_area_east";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "push_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "push_keys_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "handovers_id";
  ALTER TABLE "settings" DROP COLUMN "politics_demo_data";
  ALTER TABLE "settings" DROP COLUMN "politics_oparl_url";
  ALTER TABLE "settings" DROP COLUMN "politics_council_website_url";
  ALTER TABLE "settings" DROP COLUMN "politics_open311_url";
  ALTER TABLE "settings" DROP COLUMN "politics_report_url";
  ALTER TABLE "settings_locales" DROP COLUMN "politics_how_to_take_part";
  DROP TYPE "public"."enum_subscriptions_kinds";
  DROP TYPE "public"."enum_subscriptions_lang";
  DROP TYPE "public"."enum_subscriptions_frequency";
  DROP TYPE "public"."enum_push_subscriptions_kinds";
  DROP TYPE "public"."enum_push_subscriptions_lang";`)
}
