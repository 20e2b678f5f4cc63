using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// Adds the key of the search's random order (<c>RoadmapAction.ShuffleKey</c>). New actions draw it at random;
    /// existing ones get their id read as a 128-bit number modulo the prime 2^31 - 1: the same value on every provider
    /// (PostgreSQL writes a uuid as lower-case text), spread like the ids' random bits.
    /// </summary>
    public partial class RandomOrderKey : Migration
    {
        private const string Hex = "replace(\"Id\"::text, '-', '')";

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
                terms.Add($"(strpos('0123456789abcdef', substr({Hex}, {i}, 1)) - 1)::bigint * {weight}");
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
                type: "integer",
                nullable: false,
                defaultValue: 0);
            migrationBuilder.Sql($"UPDATE \"Actions\" SET \"ShuffleKey\" = ({IdModuloPrime()})::integer;");
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
