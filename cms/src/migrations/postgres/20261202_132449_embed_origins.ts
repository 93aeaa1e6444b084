import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "settings_embeds_allowed_origins" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"origin" varchar NOT NULL,
  	"note" varchar
  );
  
  ALTER TABLE "settings_embeds_allowed_origins" ADD CONSTRAINT "settings_embeds_allowed_origins_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "settings_embeds_allowed_origins_order_idx" ON "settings_embeds_allowed_origins" USING btree ("_order");
  CREATE INDEX "settings_embeds_allowed_origins_parent_id_idx" ON "settings_embeds_allowed_origins" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "settings_embeds_allowed_origins" CASCADE;`)
}
