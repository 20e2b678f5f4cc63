using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// A stored generated <c>tsvector</c> on the actions (French configuration over unaccented text, title weighted A,
    /// summary and « En bref » B) and its GIN index. <c>unaccent</c> is only STABLE, so an IMMUTABLE wrapper naming its
    /// dictionary lets a generated column use it.
    /// </summary>
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                CREATE FUNCTION roadmap_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Actions" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('french'::regconfig, roadmap_unaccent("Title")), 'A')
                    || setweight(to_tsvector('french'::regconfig, roadmap_unaccent("Summary")), 'B')
                    || setweight(to_tsvector('french'::regconfig, roadmap_unaccent("EasyRead")), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Actions_SearchVector" ON "Actions" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Actions_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Actions" DROP COLUMN "SearchVector";""");
            migrationBuilder.Sql("DROP FUNCTION roadmap_unaccent(text);");
        }
    }
}
