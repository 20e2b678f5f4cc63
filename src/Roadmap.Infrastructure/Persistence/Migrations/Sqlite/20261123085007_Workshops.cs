using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roadmap.Infrastructure.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoadmapId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    VisioLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AllowGuests = table.Column<bool>(type: "INTEGER", nullable: false),
                    JoinCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoFacilitatorIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FocusedItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FocusedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TimerStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TimerEndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TimerStoppedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    MinutesPublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AxisId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActionIds = table.Column<string>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantKey = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsFacilitator = table.Column<bool>(type: "INTEGER", nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastJoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeftAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AxisId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GroupedAxisId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorKey = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AuthorRole = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpvoteCount = table.Column<int>(type: "INTEGER", nullable: false),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PromotedActionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PromotedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MaxChoices = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BallotRevision = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantKey = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LoweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CalledAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdeaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoterKey = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PollId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoterKey = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    CastAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PollId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false)
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
