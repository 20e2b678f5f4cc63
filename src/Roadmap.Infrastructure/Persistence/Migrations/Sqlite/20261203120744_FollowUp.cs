using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionIndicators");

            migrationBuilder.AddColumn<Guid>(
                name: "UpdateId",
                table: "Comments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Difficulty",
                table: "Actions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DifficultyExplanation",
                table: "Actions",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "DifficultySince",
                table: "Actions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProgressRule",
                table: "Actions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ActionBudgetYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Committed = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    Spent = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionBudgetYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionBudgetYears_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPilots",
                columns: table => new
                {
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NamedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NamedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPilots", x => new { x.ActionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ActionPilots_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionPilots_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoadmapId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StatusAfter = table.Column<int>(type: "INTEGER", nullable: true),
                    ProgressAfter = table.Column<int>(type: "INTEGER", nullable: true),
                    CommentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionUpdates_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionUpdates_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ActionUpdates_Roadmaps_RoadmapId",
                        column: x => x.RoadmapId,
                        principalTable: "Roadmaps",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Baseline = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: true),
                    BaselineOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Target = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LatestValue = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: true),
                    LatestMeasuredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasuredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrectedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_IndicatorValues_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValueCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PreviousMeasuredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreviousValue = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: false),
                    PreviousSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PreviousComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CorrectedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IndicatorValueId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValueCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValueCorrections_AspNetUsers_CorrectedById",
                        column: x => x.CorrectedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_IndicatorValueCorrections_IndicatorValues_IndicatorValueId",
                        column: x => x.IndicatorValueId,
                        principalTable: "IndicatorValues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_UpdateId_CreatedAt",
                table: "Comments",
                columns: new[] { "UpdateId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionBudgetYears_ActionId_Year",
                table: "ActionBudgetYears",
                columns: new[] { "ActionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionPilots_UserId",
                table: "ActionPilots",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionUpdates_ActionId_OccurredOn",
                table: "ActionUpdates",
                columns: new[] { "ActionId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionUpdates_AuthorId_SubmissionKey",
                table: "ActionUpdates",
                columns: new[] { "AuthorId", "SubmissionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionUpdates_RoadmapId_PostedAt",
                table: "ActionUpdates",
                columns: new[] { "RoadmapId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ActionId_Position",
                table: "Indicators",
                columns: new[] { "ActionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueCorrections_CorrectedById",
                table: "IndicatorValueCorrections",
                column: "CorrectedById");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueCorrections_IndicatorValueId",
                table: "IndicatorValueCorrections",
                column: "IndicatorValueId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_ActionId_MeasuredOn",
                table: "IndicatorValues",
                columns: new[] { "ActionId", "MeasuredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorId_MeasuredOn",
                table: "IndicatorValues",
                columns: new[] { "IndicatorId", "MeasuredOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_RecordedById",
                table: "IndicatorValues",
                column: "RecordedById");

            migrationBuilder.AddForeignKey(
                name: "FK_Comments_ActionUpdates_UpdateId",
                table: "Comments",
                column: "UpdateId",
                principalTable: "ActionUpdates",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Comments_ActionUpdates_UpdateId",
                table: "Comments");

            migrationBuilder.DropTable(
                name: "ActionBudgetYears");

            migrationBuilder.DropTable(
                name: "ActionPilots");

            migrationBuilder.DropTable(
                name: "ActionUpdates");

            migrationBuilder.DropTable(
                name: "IndicatorValueCorrections");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Comments_UpdateId_CreatedAt",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "UpdateId",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "Difficulty",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "DifficultyExplanation",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "DifficultySince",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "ProgressRule",
                table: "Actions");

            migrationBuilder.CreateTable(
                name: "ActionIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Baseline = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Target = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionIndicators_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionIndicators_ActionId",
                table: "ActionIndicators",
                column: "ActionId");
        }
    }
}
