using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Workshops : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Workshops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoadmapId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(160)", maxLength: 160, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: false),
                    Mode = table.Column<int>(type: "int", nullable: false),
                    VisioLink = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    AllowGuests = table.Column<bool>(type: "bit", nullable: false),
                    JoinCode = table.Column<string>(type: "nchar(6)", fixedLength: true, maxLength: 6, nullable: false),
                    CreatedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoFacilitatorIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FocusedItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FocusedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TimerStartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TimerEndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TimerStoppedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Minutes = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: false),
                    MinutesPublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workshops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workshops_Roadmaps_RoadmapId",
                        column: x => x.RoadmapId,
                        principalTable: "Roadmaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopAgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    AxisId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActionIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WorkshopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopAgendaItems_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopAttendances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ParticipantKey = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DisplayName = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Role = table.Column<int>(type: "int", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsFacilitator = table.Column<bool>(type: "bit", nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastJoinedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LeftAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopAttendances_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopIdeas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AxisId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GroupedAxisId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AuthorKey = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AuthorName = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    AuthorRole = table.Column<int>(type: "int", nullable: true),
                    AuthorOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PostedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpvoteCount = table.Column<int>(type: "int", nullable: false),
                    HiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    HiddenReason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PromotedActionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PromotedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopIdeas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopIdeas_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopPolls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Question = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    MaxChoices = table.Column<int>(type: "int", nullable: false),
                    Points = table.Column<int>(type: "int", nullable: false),
                    OpenedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosesAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BallotRevision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopPolls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopPolls_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopRaisedHands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ParticipantKey = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LoweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CalledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopRaisedHands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopRaisedHands_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopIdeaUpvotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IdeaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VoterKey = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopIdeaUpvotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopIdeaUpvotes_WorkshopIdeas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "WorkshopIdeas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopBallots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PollId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VoterKey = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: false),
                    Role = table.Column<int>(type: "int", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Score = table.Column<int>(type: "int", nullable: true),
                    CastAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopBallots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopBallots_WorkshopPolls_PollId",
                        column: x => x.PollId,
                        principalTable: "WorkshopPolls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopPollOptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ActionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PollId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopPollOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopPollOptions_WorkshopPolls_PollId",
                        column: x => x.PollId,
                        principalTable: "WorkshopPolls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopBallotChoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OptionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Points = table.Column<int>(type: "int", nullable: false),
                    BallotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopBallotChoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopBallotChoices_WorkshopBallots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "WorkshopBallots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopAgendaItems_WorkshopId",
                table: "WorkshopAgendaItems",
                column: "WorkshopId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopAttendances_UserId",
                table: "WorkshopAttendances",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopAttendances_WorkshopId_ParticipantKey",
                table: "WorkshopAttendances",
                columns: new[] { "WorkshopId", "ParticipantKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopBallotChoices_BallotId",
                table: "WorkshopBallotChoices",
                column: "BallotId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopBallotChoices_OptionId",
                table: "WorkshopBallotChoices",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopBallots_PollId_VoterKey",
                table: "WorkshopBallots",
                columns: new[] { "PollId", "VoterKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopIdeas_AuthorUserId",
                table: "WorkshopIdeas",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopIdeas_WorkshopId_PostedAt",
                table: "WorkshopIdeas",
                columns: new[] { "WorkshopId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopIdeaUpvotes_IdeaId_VoterKey",
                table: "WorkshopIdeaUpvotes",
                columns: new[] { "IdeaId", "VoterKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopPollOptions_PollId",
                table: "WorkshopPollOptions",
                column: "PollId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopPolls_ClosedAt_ClosesAt",
                table: "WorkshopPolls",
                columns: new[] { "ClosedAt", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopPolls_WorkshopId_OpenedAt",
                table: "WorkshopPolls",
                columns: new[] { "WorkshopId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRaisedHands_WorkshopId_ParticipantKey",
                table: "WorkshopRaisedHands",
                columns: new[] { "WorkshopId", "ParticipantKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRaisedHands_WorkshopId_RaisedAt",
                table: "WorkshopRaisedHands",
                columns: new[] { "WorkshopId", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_JoinCode",
                table: "Workshops",
                column: "JoinCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_RoadmapId_StartsAt",
                table: "Workshops",
                columns: new[] { "RoadmapId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkshopAgendaItems");

            migrationBuilder.DropTable(
                name: "WorkshopAttendances");

            migrationBuilder.DropTable(
                name: "WorkshopBallotChoices");

            migrationBuilder.DropTable(
                name: "WorkshopIdeaUpvotes");

            migrationBuilder.DropTable(
                name: "WorkshopPollOptions");

            migrationBuilder.DropTable(
                name: "WorkshopRaisedHands");

            migrationBuilder.DropTable(
                name: "WorkshopBallots");

            migrationBuilder.DropTable(
                name: "WorkshopIdeas");

            migrationBuilder.DropTable(
                name: "WorkshopPolls");

            migrationBuilder.DropTable(
                name: "Workshops");
        }
    }
}
