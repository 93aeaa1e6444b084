import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
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
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";`)
}
