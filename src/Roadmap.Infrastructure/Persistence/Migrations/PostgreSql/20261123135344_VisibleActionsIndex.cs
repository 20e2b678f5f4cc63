using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class VisibleActionsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Actions_Visible_ByAxis",
                table: "Actions",
                columns: new[] { "RoadmapId", "AxisId", "SupportCount" },
                filter: "\"HiddenAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Actions_Visible_ByAxis",
                table: "Actions");
        }
    }
}
