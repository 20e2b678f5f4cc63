using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SubmissionKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Actions_ProposerId",
                table: "Actions");

            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionKey",
                table: "Actions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Actions_ProposerId_SubmissionKey",
                table: "Actions",
                columns: new[] { "ProposerId", "SubmissionKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Actions_ProposerId_SubmissionKey",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "Actions");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_ProposerId",
                table: "Actions",
                column: "ProposerId");
        }
    }
}
