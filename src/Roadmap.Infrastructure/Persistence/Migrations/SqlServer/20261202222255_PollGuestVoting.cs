using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PollGuestVoting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Polls run before this column took guests' ballots: they keep saying so.
            migrationBuilder.AddColumn<bool>(
                name: "GuestsMayVote",
                table: "WorkshopPolls",
                type: "bit",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GuestsMayVote",
                table: "WorkshopPolls");
        }
    }
}
