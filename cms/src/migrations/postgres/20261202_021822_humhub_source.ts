import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_associations_source_system" AS ENUM('humhub');
  CREATE TYPE "public"."enum__associations_v_version_source_system" AS ENUM('humhub');
  CREATE TYPE "public"."enum_events_source_system" AS ENUM('humhub');
  CREATE TYPE "public"."enum__events_v_version_source_system" AS ENUM('humhub');
  CREATE TYPE "public"."enum_news_source_system" AS ENUM('humhub');
  CREATE TYPE "public"."enum__news_v_version_source_system" AS ENUM('humhub');
  ALTER TABLE "associations" ADD COLUMN "source_system" "enum_associations_source_system";
  ALTER TABLE "associations" ADD COLUMN "source_external_id" varchar;
  ALTER TABLE "associations" ADD COLUMN "source_url" varchar;
  ALTER TABLE "associations" ADD COLUMN "source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "associations" ADD COLUMN "source_hash" varchar;
  ALTER TABLE "_associations_v" ADD COLUMN "version_source_system" "enum__associations_v_version_source_system";
  ALTER TABLE "_associations_v" ADD COLUMN "version_source_external_id" varchar;
  ALTER TABLE "_associations_v" ADD COLUMN "version_source_url" varchar;
  ALTER TABLE "_associations_v" ADD COLUMN "version_source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "_associations_v" ADD COLUMN "version_source_hash" varchar;
  ALTER TABLE "events" ADD COLUMN "source_system" "enum_events_source_system";
  ALTER TABLE "events" ADD COLUMN "source_external_id" varchar;
  ALTER TABLE "events" ADD COLUMN "source_url" varchar;
  ALTER TABLE "events" ADD COLUMN "source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "source_hash" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_source_system" "enum__events_v_version_source_system";
  ALTER TABLE "_events_v" ADD COLUMN "version_source_external_id" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_source_url" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_source_hash" varchar;
  ALTER TABLE "news" ADD COLUMN "source_system" "enum_news_source_system";
  ALTER TABLE "news" ADD COLUMN "source_external_id" varchar;
  ALTER TABLE "news" ADD COLUMN "source_url" varchar;
  ALTER TABLE "news" ADD COLUMN "source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "source_hash" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_source_system" "enum__news_v_version_source_system";
  ALTER TABLE "_news_v" ADD COLUMN "version_source_external_id" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_source_url" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_source_hash" varchar;
  CREATE INDEX "associations_source_source_system_idx" ON "associations" USING btree ("source_system");
  CREATE INDEX "associations_source_source_external_id_idx" ON "associations" USING btree ("source_external_id");
  CREATE INDEX "_associations_v_version_source_version_source_system_idx" ON "_associations_v" USING btree ("version_source_system");
  CREATE INDEX "_associations_v_version_source_version_source_external_i_idx" ON "_associations_v" USING btree ("version_source_external_id");
  CREATE INDEX "events_source_source_system_idx" ON "events" USING btree ("source_system");
  CREATE INDEX "events_source_source_external_id_idx" ON "events" USING btree ("source_external_id");
  CREATE INDEX "_events_v_version_source_version_source_system_idx" ON "_events_v" USING btree ("version_source_system");
  CREATE INDEX "_events_v_version_source_version_source_external_id_idx" ON "_events_v" USING btree ("version_source_external_id");
  CREATE INDEX "news_source_source_system_idx" ON "news" USING btree ("source_system");
  CREATE INDEX "news_source_source_external_id_idx" ON "news" USING btree ("source_external_id");
  CREATE INDEX "_news_v_version_source_version_source_system_idx" ON "_news_v" USING btree ("version_source_system");
  CREATE INDEX "_news_v_version_source_version_source_external_id_idx" ON "_news_v" USING btree ("version_source_external_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "associations_source_source_system_idx";
  DROP INDEX "associations_source_source_external_id_idx";
  DROP INDEX "_associations_v_version_source_version_source_system_idx";
  DROP INDEX "_associations_v_version_source_version_source_external_i_idx";
  DROP INDEX "events_source_source_system_idx";
  DROP INDEX "events_source_source_external_id_idx";
  DROP INDEX "_events_v_version_source_version_source_system_idx";
  DROP INDEX "_events_v_version_source_version_source_external_id_idx";
  DROP INDEX "news_source_source_system_idx";
  DROP INDEX "news_source_source_external_id_idx";
  DROP INDEX "_news_v_version_source_version_source_system_idx";
  DROP INDEX "_news_v_version_source_version_source_external_id_idx";
  ALTER TABLE "associations" DROP COLUMN "source_system";
  ALTER TABLE "associations" DROP COLUMN "source_external_id";
  ALTER TABLE "associations" DROP COLUMN "source_url";
  ALTER TABLE "associations" DROP COLUMN "source_imported_at";
  ALTER TABLE "associations" DROP COLUMN "source_hash";
  ALTER TABLE "_associations_v" DROP COLUMN "version_source_system";
  ALTER TABLE "_associations_v" DROP COLUMN "version_source_external_id";
  ALTER TABLE "_associations_v" DROP COLUMN "version_source_url";
  ALTER TABLE "_associations_v" DROP COLUMN "version_source_imported_at";
  ALTER TABLE "_associations_v" DROP COLUMN "version_source_hash";
  ALTER TABLE "events" DROP COLUMN "source_system";
  ALTER TABLE "events" DROP COLUMN "source_external_id";
  ALTER TABLE "events" DROP COLUMN "source_url";
  ALTER TABLE "events" DROP COLUMN "source_imported_at";
  ALTER TABLE "events" DROP COLUMN "source_hash";
  ALTER TABLE "_events_v" DROP COLUMN "version_source_system";
  ALTER TABLE "_events_v" DROP COLUMN "version_source_external_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_source_url";
  ALTER TABLE "_events_v" DROP COLUMN "version_source_imported_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_source_hash";
  ALTER TABLE "news" DROP COLUMN "source_system";
  ALTER TABLE "news" DROP COLUMN "source_external_id";
  ALTER TABLE "news" DROP COLUMN "source_url";
  ALTER TABLE "news" DROP COLUMN "source_imported_at";
  ALTER TABLE "news" DROP COLUMN "source_hash";
  ALTER TABLE "_news_v" DROP COLUMN "version_source_system";
  ALTER TABLE "_news_v" DROP COLUMN "version_source_external_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_source_url";
  ALTER TABLE "_news_v" DROP COLUMN "version_source_imported_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_source_hash";
  DROP TYPE "public"."enum_associations_source_system";
  DROP TYPE "public"."enum__associations_v_version_source_system";
  DROP TYPE "public"."enum_events_source_system";
  DROP TYPE "public"."enum__events_v_version_source_system";
  DROP TYPE "public"."enum_news_source_system";
  DROP TYPE "public"."enum__news_v_version_source_system";`)
}
