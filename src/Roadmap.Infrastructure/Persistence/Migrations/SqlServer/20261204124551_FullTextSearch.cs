using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// A full-text catalog (accent-insensitive) and index on the actions' title, summary and « En bref », French
    /// (LANGUAGE 1036), kept in sync by SQL Server's automatic change tracking. Full-text DDL cannot run in a transaction.
    /// </summary>
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE FULLTEXT CATALOG [RoadmapCatalog] WITH ACCENT_SENSITIVITY = OFF;", suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE FULLTEXT INDEX ON [Actions] ([Title] LANGUAGE 1036, [Summary] LANGUAGE 1036, [EasyRead] LANGUAGE 1036)
                KEY INDEX [PK_Actions] ON [RoadmapCatalog] WITH CHANGE_TRACKING AUTO;
                """, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON [Actions];", suppressTransaction: true);
            migrationBuilder.Sql("DROP FULLTEXT CATALOG [RoadmapCatalog];", suppressTransaction: true);
        }
    }
}
