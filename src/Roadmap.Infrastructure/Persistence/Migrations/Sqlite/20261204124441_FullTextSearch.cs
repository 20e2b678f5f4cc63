using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// An FTS5 table over the actions' title, summary and « En bref », accents removed by its tokenizer and the
    /// ligatures œ and æ spelt out by the triggers that keep it in sync with every insert, edit and delete.
    /// </summary>
    public partial class FullTextSearch : Migration
    {
        private const string Folded = "replace(replace(replace(replace({0}, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')";

        private static string Values(string row) =>
            $"{row}.Id, {string.Format(Folded, row + ".Title")}, {string.Format(Folded, row + ".Summary")}, {string.Format(Folded, row + ".EasyRead")}";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ActionSearch USING fts5(ActionId UNINDEXED, Title, Summary, EasyRead, tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql($"INSERT INTO ActionSearch (ActionId, Title, Summary, EasyRead) SELECT {Values("a")} FROM Actions AS a;");
            migrationBuilder.Sql($"""
                CREATE TRIGGER Actions_SearchInsert AFTER INSERT ON Actions BEGIN
                    INSERT INTO ActionSearch (ActionId, Title, Summary, EasyRead) VALUES ({Values("new")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Actions_SearchUpdate AFTER UPDATE OF Title, Summary, EasyRead ON Actions BEGIN
                    DELETE FROM ActionSearch WHERE ActionId = old.Id;
                    INSERT INTO ActionSearch (ActionId, Title, Summary, EasyRead) VALUES ({Values("new")});
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Actions_SearchDelete AFTER DELETE ON Actions BEGIN
                    DELETE FROM ActionSearch WHERE ActionId = old.Id;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER Actions_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER Actions_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER Actions_SearchInsert;");
            migrationBuilder.Sql("DROP TABLE ActionSearch;");
        }
    }
}
