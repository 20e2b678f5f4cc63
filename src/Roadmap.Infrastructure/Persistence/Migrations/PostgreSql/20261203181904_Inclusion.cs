using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Inclusion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HandCountedAt",
                table: "WorkshopPolls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HandCount",
                table: "WorkshopPollOptions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EasyRead",
                table: "Actions",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MediatedSupportCount",
                table: "Actions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "MediatedContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RoadmapId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActionId = table.Column<Guid>(type: "uuid", nullable: true),
                    AxisId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResidentFirstName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResidentInitial = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgeBracket = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Body = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    ConsentVersion = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CorrectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HiddenReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DedupeKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediatedContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediatedContributions_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MediatedContributions_AspNetUsers_MediatorId",
                        column: x => x.MediatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MediatedContributions_Axes_AxisId",
                        column: x => x.AxisId,
                        principalTable: "Axes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MediatedContributions_Organisations_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediatedContributions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediatedContributions_Roadmaps_RoadmapId",
                        column: x => x.RoadmapId,
                        principalTable: "Roadmaps",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MediatorGrants",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GrantedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediatorGrants", x => new { x.UserId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_MediatorGrants_AspNetUsers_GrantedById",
                        column: x => x.GrantedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MediatorGrants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MediatorGrants_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediatedContributions_ActionId_Kind",
                table: "MediatedContributions",
                columns: new[] { "ActionId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_MediatedContributions_AxisId",
                table: "MediatedContributions",
                column: "AxisId");

            migrationBuilder.CreateIndex(
                name: "IX_MediatedContributions_CommuneId",
                table: "MediatedContributions",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_MediatedContributions_DedupeKey",
                table: "MediatedContributions",
                column: "DedupeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediatedContributions_MediatorId_CreatedAt",
                table: "MediatedContributions",
                columns: new[] { "MediatorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediatedContributions_OrganisationId",
                table: "MediatedContributions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MediatedContributions_RoadmapId_Kind",
                table: "MediatedContributions",
                columns: new[] { "RoadmapId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_MediatorGrants_GrantedById",
                table: "MediatorGrants",
                column: "GrantedById");

            migrationBuilder.CreateIndex(
                name: "IX_MediatorGrants_OrganisationId",
                table: "MediatorGrants",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediatedContributions");

            migrationBuilder.DropTable(
                name: "MediatorGrants");

            migrationBuilder.DropColumn(
                name: "HandCountedAt",
                table: "WorkshopPolls");

            migrationBuilder.DropColumn(
                name: "HandCount",
                table: "WorkshopPollOptions");

            migrationBuilder.DropColumn(
                name: "EasyRead",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "MediatedSupportCount",
                table: "Actions");
        }
    }
}
