using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class WorkshopSubmissionKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionKey",
                table: "Workshops",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_CreatedById_SubmissionKey",
                table: "Workshops",
                columns: new[] { "CreatedById", "SubmissionKey" },
                unique: true,
                filter: "[SubmissionKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workshops_CreatedById_SubmissionKey",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "Workshops");
        }
    }
}
