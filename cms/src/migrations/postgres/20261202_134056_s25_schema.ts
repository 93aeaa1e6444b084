import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_enquiries_lang" ADD VALUE 'uk';
  ALTER TYPE "public"."enum_enquiries_lang" ADD VALUE 'ar';
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
  
  ALTER TABLE "districts" ADD COLUMN "service_area_south" numeric;
  ALTER TABLE "districts" ADD COLUMN "service_area_north" numeric;
  ALTER TABLE "districts" ADD COLUMN "service_area_west" numeric;
  ALTER TABLE "districts" ADD COLUMN "service_area_east" numeric;
  ALTER TABLE "settings" ADD COLUMN "politics_demo_data" boolean DEFAULT false;
  ALTER TABLE "settings" ADD COLUMN "politics_oparl_url" varchar;
  ALTER TABLE "settings" ADD COLUMN "politics_council_website_url" varchar;
  ALTER TABLE "settings" ADD COLUMN "politics_open311_url" varchar;
  ALTER TABLE "settings" ADD COLUMN "politics_report_url" varchar;
  ALTER TABLE "settings_locales" ADD COLUMN "politics_how_to_take_part" varchar;
  ALTER TABLE "districts_council_papers" ADD CONSTRAINT "districts_council_papers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "districts_council_papers_locales" ADD CONSTRAINT "districts_council_papers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."districts_council_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_politics_geozones" ADD CONSTRAINT "settings_politics_geozones_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_politics_geozones" ADD CONSTRAINT "settings_politics_geozones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_politics_tags" ADD CONSTRAINT "settings_politics_tags_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_politics_tags" ADD CONSTRAINT "settings_politics_tags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "districts_council_papers_order_idx" ON "districts_council_papers" USING btree ("_order");
  CREATE INDEX "districts_council_papers_parent_id_idx" ON "districts_council_papers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "districts_council_papers_locales_locale_parent_id_unique" ON "districts_council_papers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "settings_politics_geozones_order_idx" ON "settings_politics_geozones" USING btree ("_order");
  CREATE INDEX "settings_politics_geozones_parent_id_idx" ON "settings_politics_geozones" USING btree ("_parent_id");
  CREATE INDEX "settings_politics_geozones_district_idx" ON "settings_politics_geozones" USING btree ("district_id");
  CREATE INDEX "settings_politics_tags_order_idx" ON "settings_politics_tags" USING btree ("_order");
  CREATE INDEX "settings_politics_tags_parent_id_idx" ON "settings_politics_tags" USING btree ("_parent_id");
  CREATE INDEX "settings_politics_tags_topic_idx" ON "settings_politics_tags" USING btree ("topic_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "districts_council_papers" CASCADE;
  DROP TABLE "districts_council_papers_locales" CASCADE;
  DROP TABLE "settings_politics_geozones" CASCADE;
  DROP TABLE "settings_politics_tags" CASCADE;
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DATA TYPE text;
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DEFAULT 'de'::text;
  DROP TYPE "public"."enum_enquiries_lang";
  CREATE TYPE "public"."enum_enquiries_lang" AS ENUM('de', 'en');
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DEFAULT 'de'::"public"."enum_enquiries_lang";
  ALTER TABLE "enquiries" ALTER COLUMN "lang" SET DATA TYPE "public"."enum_enquiries_lang" USING "lang"::"public"."enum_enquiries_lang";
  ALTER TABLE "districts" DROP COLUMN "service_area_south";
  ALTER TABLE "districts" DROP COLUMN "service_area_north";
  ALTER TABLE "districts" DROP COLUMN "service_area_west";
  ALTER TABLE "districts" DROP COLUMN "service_area_east";
  ALTER TABLE "settings" DROP COLUMN "politics_demo_data";
  ALTER TABLE "settings" DROP COLUMN "politics_oparl_url";
  ALTER TABLE "settings" DROP COLUMN "politics_council_website_url";
  ALTER TABLE "settings" DROP COLUMN "politics_open311_url";
  ALTER TABLE "settings" DROP COLUMN "politics_report_url";
  ALTER TABLE "settings_locales" DROP COLUMN "politics_how_to_take_part";`)
}
