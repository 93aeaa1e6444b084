import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "handovers_id" integer;
  ALTER TABLE "handovers_invited" ADD CONSTRAINT "handovers_invited_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."handovers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handovers" ADD CONSTRAINT "handovers_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handovers" ADD CONSTRAINT "handovers_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handovers" ADD CONSTRAINT "handovers_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "handovers_invited_order_idx" ON "handovers_invited" USING btree ("_order");
  CREATE INDEX "handovers_invited_parent_id_idx" ON "handovers_invited" USING btree ("_parent_id");
  CREATE INDEX "handovers_association_idx" ON "handovers" USING btree ("association_id");
  CREATE INDEX "handovers_account_idx" ON "handovers" USING btree ("account_id");
  CREATE INDEX "handovers_confirmed_by_idx" ON "handovers" USING btree ("confirmed_by_id");
  CREATE INDEX "handovers_updated_at_idx" ON "handovers" USING btree ("updated_at");
  CREATE INDEX "handovers_created_at_idx" ON "handovers" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_handovers_fk" FOREIGN KEY ("handovers_id") REFERENCES "public"."handovers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_handovers_id_idx" ON "payload_locked_documents_rels" USING btree ("handovers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "handovers_invited" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handovers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "handovers_invited" CASCADE;
  DROP TABLE "handovers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_handovers_fk";
  
  DROP INDEX "payload_locked_documents_rels_handovers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "handovers_id";`)
}
