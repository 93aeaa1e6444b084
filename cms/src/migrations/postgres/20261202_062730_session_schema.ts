import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_associations_translation_missing" AS ENUM('en', 'uk', 'ar');
  CREATE TYPE "public"."enum__associations_v_version_translation_missing" AS ENUM('en', 'uk', 'ar');
  CREATE TYPE "public"."enum_events_translation_missing" AS ENUM('en', 'uk', 'ar');
  CREATE TYPE "public"."enum__events_v_version_translation_missing" AS ENUM('en', 'uk', 'ar');
  CREATE TYPE "public"."enum_opportunities_translation_missing" AS ENUM('en', 'uk', 'ar');
  CREATE TYPE "public"."enum__opportunities_v_version_translation_missing" AS ENUM('en', 'uk', 'ar');
  CREATE TYPE "public"."enum_news_translation_missing" AS ENUM('en', 'uk', 'ar');
  CREATE TYPE "public"."enum__news_v_version_translation_missing" AS ENUM('en', 'uk', 'ar');
  ALTER TYPE "public"."_locales" ADD VALUE 'uk';
  ALTER TYPE "public"."_locales" ADD VALUE 'ar';
  ALTER TYPE "public"."enum__associations_v_published_locale" ADD VALUE 'uk';
  ALTER TYPE "public"."enum__associations_v_published_locale" ADD VALUE 'ar';
  ALTER TYPE "public"."enum__events_v_published_locale" ADD VALUE 'uk';
  ALTER TYPE "public"."enum__events_v_published_locale" ADD VALUE 'ar';
  ALTER TYPE "public"."enum__opportunities_v_published_locale" ADD VALUE 'uk';
  ALTER TYPE "public"."enum__opportunities_v_published_locale" ADD VALUE 'ar';
  ALTER TYPE "public"."enum__news_v_published_locale" ADD VALUE 'uk';
  ALTER TYPE "public"."enum__news_v_published_locale" ADD VALUE 'ar';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'uk';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'ar';
  CREATE TABLE "associations_translation_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_associations_translation_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_associations_v_version_translation_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__associations_v_version_translation_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_translation_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_translation_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_translation_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_translation_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "opportunities_translation_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_opportunities_translation_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_opportunities_v_version_translation_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__opportunities_v_version_translation_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news_translation_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_translation_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v_version_translation_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_translation_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sign_videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"transcript" varchar NOT NULL,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "associations" ADD COLUMN "easy_summary" varchar;
  ALTER TABLE "_associations_v" ADD COLUMN "version_easy_summary" varchar;
  ALTER TABLE "events" ADD COLUMN "easy_summary" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_easy_summary" varchar;
  ALTER TABLE "opportunities" ADD COLUMN "easy_summary" varchar;
  ALTER TABLE "_opportunities_v" ADD COLUMN "version_easy_summary" varchar;
  ALTER TABLE "pages" ADD COLUMN "sign_video_id" integer;
  ALTER TABLE "pages" ADD COLUMN "easy_language" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_sign_video_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_easy_language" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sign_videos_id" integer;
  ALTER TABLE "settings" ADD COLUMN "sign_video_id" integer;
  ALTER TABLE "associations_translation_missing" ADD CONSTRAINT "associations_translation_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_associations_v_version_translation_missing" ADD CONSTRAINT "_associations_v_version_translation_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_associations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_translation_missing" ADD CONSTRAINT "events_translation_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_translation_missing" ADD CONSTRAINT "_events_v_version_translation_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_translation_missing" ADD CONSTRAINT "opportunities_translation_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_version_translation_missing" ADD CONSTRAINT "_opportunities_v_version_translation_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_translation_missing" ADD CONSTRAINT "news_translation_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_translation_missing" ADD CONSTRAINT "_news_v_version_translation_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sign_videos" ADD CONSTRAINT "sign_videos_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "associations_translation_missing_order_idx" ON "associations_translation_missing" USING btree ("order");
  CREATE INDEX "associations_translation_missing_parent_idx" ON "associations_translation_missing" USING btree ("parent_id");
  CREATE INDEX "_associations_v_version_translation_missing_order_idx" ON "_associations_v_version_translation_missing" USING btree ("order");
  CREATE INDEX "_associations_v_version_translation_missing_parent_idx" ON "_associations_v_version_translation_missing" USING btree ("parent_id");
  CREATE INDEX "events_translation_missing_order_idx" ON "events_translation_missing" USING btree ("order");
  CREATE INDEX "events_translation_missing_parent_idx" ON "events_translation_missing" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_translation_missing_order_idx" ON "_events_v_version_translation_missing" USING btree ("order");
  CREATE INDEX "_events_v_version_translation_missing_parent_idx" ON "_events_v_version_translation_missing" USING btree ("parent_id");
  CREATE INDEX "opportunities_translation_missing_order_idx" ON "opportunities_translation_missing" USING btree ("order");
  CREATE INDEX "opportunities_translation_missing_parent_idx" ON "opportunities_translation_missing" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_version_translation_missing_order_idx" ON "_opportunities_v_version_translation_missing" USING btree ("order");
  CREATE INDEX "_opportunities_v_version_translation_missing_parent_idx" ON "_opportunities_v_version_translation_missing" USING btree ("parent_id");
  CREATE INDEX "news_translation_missing_order_idx" ON "news_translation_missing" USING btree ("order");
  CREATE INDEX "news_translation_missing_parent_idx" ON "news_translation_missing" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_translation_missing_order_idx" ON "_news_v_version_translation_missing" USING btree ("order");
  CREATE INDEX "_news_v_version_translation_missing_parent_idx" ON "_news_v_version_translation_missing" USING btree ("parent_id");
  CREATE INDEX "sign_videos_uploaded_by_idx" ON "sign_videos" USING btree ("uploaded_by_id");
  CREATE INDEX "sign_videos_updated_at_idx" ON "sign_videos" USING btree ("updated_at");
  CREATE INDEX "sign_videos_created_at_idx" ON "sign_videos" USING btree ("created_at");
  CREATE UNIQUE INDEX "sign_videos_filename_idx" ON "sign_videos" USING btree ("filename");
  ALTER TABLE "pages" ADD CONSTRAINT "pages_sign_video_id_sign_videos_id_fk" FOREIGN KEY ("sign_video_id") REFERENCES "public"."sign_videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_sign_video_id_sign_videos_id_fk" FOREIGN KEY ("version_sign_video_id") REFERENCES "public"."sign_videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sign_videos_fk" FOREIGN KEY ("sign_videos_id") REFERENCES "public"."sign_videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_sign_video_id_sign_videos_id_fk" FOREIGN KEY ("sign_video_id") REFERENCES "public"."sign_videos"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_sign_video_idx" ON "pages" USING btree ("sign_video_id");
  CREATE INDEX "_pages_v_version_version_sign_video_idx" ON "_pages_v" USING btree ("version_sign_video_id");
  CREATE INDEX "payload_locked_documents_rels_sign_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("sign_videos_id");
  CREATE INDEX "settings_sign_video_idx" ON "settings" USING btree ("sign_video_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "associations_translation_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_associations_v_version_translation_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_translation_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_translation_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opportunities_translation_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_opportunities_v_version_translation_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_translation_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_version_translation_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sign_videos" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "associations_translation_missing" CASCADE;
  DROP TABLE "_associations_v_version_translation_missing" CASCADE;
  DROP TABLE "events_translation_missing" CASCADE;
  DROP TABLE "_events_v_version_translation_missing" CASCADE;
  DROP TABLE "opportunities_translation_missing" CASCADE;
  DROP TABLE "_opportunities_v_version_translation_missing" CASCADE;
  DROP TABLE "news_translation_missing" CASCADE;
  DROP TABLE "_news_v_version_translation_missing" CASCADE;
  DROP TABLE "sign_videos" CASCADE;
  ALTER TABLE "pages" DROP CONSTRAINT "pages_sign_video_id_sign_videos_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_sign_video_id_sign_videos_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sign_videos_fk";
  
  ALTER TABLE "settings" DROP CONSTRAINT "settings_sign_video_id_sign_videos_id_fk";
  
  ALTER TABLE "associations_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_associations_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "events_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_events_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "opportunities_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_opportunities_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "topics_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "districts_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "media_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "settings_footer_links_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "settings_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  DROP TYPE "public"."_locales";
  CREATE TYPE "public"."_locales" AS ENUM('de', 'en');
  ALTER TABLE "associations_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_associations_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "events_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_events_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "opportunities_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_opportunities_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "topics_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "districts_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "media_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "settings_footer_links_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "settings_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_associations_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__associations_v_published_locale";
  CREATE TYPE "public"."enum__associations_v_published_locale" AS ENUM('de', 'en');
  ALTER TABLE "_associations_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__associations_v_published_locale" USING "published_locale"::"public"."enum__associations_v_published_locale";
  ALTER TABLE "_events_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__events_v_published_locale";
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('de', 'en');
  ALTER TABLE "_events_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__events_v_published_locale" USING "published_locale"::"public"."enum__events_v_published_locale";
  ALTER TABLE "_opportunities_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__opportunities_v_published_locale";
  CREATE TYPE "public"."enum__opportunities_v_published_locale" AS ENUM('de', 'en');
  ALTER TABLE "_opportunities_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__opportunities_v_published_locale" USING "published_locale"::"public"."enum__opportunities_v_published_locale";
  ALTER TABLE "_news_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__news_v_published_locale";
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('de', 'en');
  ALTER TABLE "_news_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__news_v_published_locale" USING "published_locale"::"public"."enum__news_v_published_locale";
  ALTER TABLE "_pages_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__pages_v_published_locale";
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('de', 'en');
  ALTER TABLE "_pages_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__pages_v_published_locale" USING "published_locale"::"public"."enum__pages_v_published_locale";
  DROP INDEX "pages_sign_video_idx";
  DROP INDEX "_pages_v_version_version_sign_video_idx";
  DROP INDEX "payload_locked_documents_rels_sign_videos_id_idx";
  DROP INDEX "settings_sign_video_idx";
  ALTER TABLE "associations" DROP COLUMN "easy_summary";
  ALTER TABLE "_associations_v" DROP COLUMN "version_easy_summary";
  ALTER TABLE "events" DROP COLUMN "easy_summary";
  ALTER TABLE "_events_v" DROP COLUMN "version_easy_summary";
  ALTER TABLE "opportunities" DROP COLUMN "easy_summary";
  ALTER TABLE "_opportunities_v" DROP COLUMN "version_easy_summary";
  ALTER TABLE "pages" DROP COLUMN "sign_video_id";
  ALTER TABLE "pages" DROP COLUMN "easy_language";
  ALTER TABLE "_pages_v" DROP COLUMN "version_sign_video_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_easy_language";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sign_videos_id";
  ALTER TABLE "settings" DROP COLUMN "sign_video_id";
  DROP TYPE "public"."enum_associations_translation_missing";
  DROP TYPE "public"."enum__associations_v_version_translation_missing";
  DROP TYPE "public"."enum_events_translation_missing";
  DROP TYPE "public"."enum__events_v_version_translation_missing";
  DROP TYPE "public"."enum_opportunities_translation_missing";
  DROP TYPE "public"."enum__opportunities_v_version_translation_missing";
  DROP TYPE "public"."enum_news_translation_missing";
  DROP TYPE "public"."enum__news_v_version_translation_missing";`)
}
