using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Adds the key of the search's random order (<c>RoadmapAction.ShuffleKey</c>). New actions draw it at random;
    /// existing ones get their id read as a 128-bit number modulo the prime 2^31 - 1: the same value on every provider
    /// (SQL Server writes a uniqueidentifier as upper-case text, its bytes in .NET's order), spread like the ids' random bits.
    /// </summary>
    public partial class RandomOrderKey : Migration
    {
        private const string Hex = "REPLACE(CONVERT(char(36), [Id]), '-', '')";

        /// <summary>
        /// The sum of each hex digit times its weight 16^n reduced modulo the prime: a flat sum (no deep nesting), each term
        /// below 2^35 and the whole below 2^40, so 64-bit integers hold it.
        /// </summary>
        private static string IdModuloPrime()
        {
            var terms = new List<string>();
            var weight = 1L;
            for (var i = 32; i >= 1; i--)
            {
                terms.Add($"CAST(CHARINDEX(SUBSTRING({Hex}, {i}, 1), '0123456789ABCDEF') - 1 AS bigint) * {weight}");
                weight = weight * 16 % 2147483647;
            }

            return $"({string.Join(" + ", terms)}) % 2147483647";
        }

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ShuffleKey",
                table: "Actions",
                type: "int",
                nullable: false,
                defaultValue: 0);
            migrationBuilder.Sql($"UPDATE [Actions] SET [ShuffleKey] = {IdModuloPrime()};");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ShuffleKey",
                table: "Actions");
        }
    }
}
