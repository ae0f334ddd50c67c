import pg from 'pg';

// A comparable description of a database's schema, read from PostgreSQL's own catalogues. Used to
// prove that the migrations build exactly what prisma/schema.prisma describes.

export interface Catalogue {
  columns: string[];
  generatedColumns: string[];
  indexes: string[];
  constraints: string[];
  enums: string[];
  extensions: string[];
  functions: string[];
  triggers: string[];
}

export async function readCatalogue(url: string): Promise<Catalogue> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const lines = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((row) => row.line);
  try {
    return {
      columns: await lines(`
        SELECT concat_ws(' | ', table_name, column_name, udt_name, is_nullable, column_default,
                         character_maximum_length, numeric_precision, numeric_scale, datetime_precision) AS line
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY 1`),
      generatedColumns: await lines(`
        SELECT table_name || '.' || column_name AS line FROM information_schema.columns
        WHERE table_schema = 'public' AND is_generated = 'ALWAYS' ORDER BY 1`),
      indexes: await lines(`
        SELECT indexdef AS line FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
      constraints: await lines(`
        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
        FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
        ORDER BY 1`),
      enums: await lines(`
        SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname ORDER BY 1`),
      extensions: await lines(`SELECT extname AS line FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`),
      functions: await lines(`
        SELECT p.proname AS line FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        ORDER BY 1`),
      triggers: await lines(`
        SELECT tgrelid::regclass || '.' || tgname AS line FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`),
    };
  } finally {
    await client.end();
  }
}
