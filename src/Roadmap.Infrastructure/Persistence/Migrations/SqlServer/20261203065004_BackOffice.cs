using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BackOffice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AdvancesAutomatically",
                table: "Roadmaps",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ArchivedAt",
                table: "Roadmaps",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PhaseChangedAt",
                table: "Roadmaps",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhaseMessage",
                table: "Roadmaps",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "Roadmaps",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "VotingRules_CountsShownDuringPhase",
                table: "Roadmaps",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "VotingRules_Proposers",
                table: "Roadmaps",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EpciKind",
                table: "Organisations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Population",
                table: "Organisations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalCodes",
                table: "Organisations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Siren",
                table: "Organisations",
                type: "nchar(9)",
                fixedLength: true,
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ArchivedAt",
                table: "Axes",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ActorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RoadmapId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Action = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Before = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    After = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoadmapTeamMembers",
                columns: table => new
                {
                    RoadmapId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GrantedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoadmapTeamMembers", x => new { x.RoadmapId, x.UserId });
                    table.ForeignKey(
                        name: "FK_RoadmapTeamMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoadmapTeamMembers_Roadmaps_RoadmapId",
                        column: x => x.RoadmapId,
                        principalTable: "Roadmaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandingClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoadmapId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false),
                    Statement = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecisionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandingClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandingClaims_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandingClaims_Roadmaps_RoadmapId",
                        column: x => x.RoadmapId,
                        principalTable: "Roadmaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Kind_OfficialCode",
                table: "Organisations",
                columns: new[] { "Kind", "OfficialCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Siren",
                table: "Organisations",
                column: "Siren",
                unique: true,
                filter: "[Siren] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorId_At",
                table: "AuditEntries",
                columns: new[] { "ActorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_RoadmapId_At",
                table: "AuditEntries",
                columns: new[] { "RoadmapId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RoadmapTeamMembers_UserId",
                table: "RoadmapTeamMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_StandingClaims_OrganisationId",
                table: "StandingClaims",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StandingClaims_RoadmapId_Status_CreatedAt",
                table: "StandingClaims",
                columns: new[] { "RoadmapId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StandingClaims_UserId_CreatedAt",
                table: "StandingClaims",
                columns: new[] { "UserId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "RoadmapTeamMembers");

            migrationBuilder.DropTable(
                name: "StandingClaims");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Kind_OfficialCode",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Siren",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "AdvancesAutomatically",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "PhaseChangedAt",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "PhaseMessage",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "VotingRules_CountsShownDuringPhase",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "VotingRules_Proposers",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "EpciKind",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Population",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PostalCodes",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Siren",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Axes");
        }
    }
}
