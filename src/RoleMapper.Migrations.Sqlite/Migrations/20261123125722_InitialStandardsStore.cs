using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoleMapper.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialStandardsStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FeedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", nullable: true),
                    Records = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusChanges = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentChanges = table.Column<int>(type: "INTEGER", nullable: false),
                    Vanished = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    Approved = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedVersionChanges = table.Column<int>(type: "INTEGER", nullable: false),
                    NewlyApproved = table.Column<int>(type: "INTEGER", nullable: false),
                    NoLongerApproved = table.Column<int>(type: "INTEGER", nullable: false),
                    Errors = table.Column<string>(type: "TEXT", nullable: true),
                    Warnings = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AcquiredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "StandardVersions",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VersionMajor = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionMinor = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PausedForStarts = table.Column<bool>(type: "INTEGER", nullable: false),
                    LarsCode = table.Column<int>(type: "INTEGER", nullable: false),
                    TypicalDurationMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxFunding = table.Column<int>(type: "INTEGER", nullable: false),
                    OverviewOfRole = table.Column<string>(type: "TEXT", nullable: false),
                    OccupationalSummary = table.Column<string>(type: "TEXT", nullable: false),
                    JobTitles = table.Column<string>(type: "TEXT", nullable: false),
                    GreenJobTitles = table.Column<string>(type: "TEXT", nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", nullable: false),
                    Knowledge = table.Column<string>(type: "TEXT", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    Behaviours = table.Column<string>(type: "TEXT", nullable: false),
                    Options = table.Column<string>(type: "TEXT", nullable: false),
                    Qualifications = table.Column<string>(type: "TEXT", nullable: false),
                    IntegrationType = table.Column<string>(type: "TEXT", nullable: true),
                    DegreeType = table.Column<string>(type: "TEXT", nullable: true),
                    Regulated = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegulatedBody = table.Column<string>(type: "TEXT", nullable: true),
                    ApprovedForDeliveryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EarliestStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LatestStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangeNote = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StandardPageUrl = table.Column<string>(type: "TEXT", nullable: false),
                    AssessmentPlanUrl = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemovedFromFeedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Duties = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardVersions", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "StandardChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OldStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    NewStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardChanges_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_StartedUtc",
                table: "ImportRuns",
                column: "StartedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_StandardChanges_ImportRunId_Kind",
                table: "StandardChanges",
                columns: new[] { "ImportRunId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_StandardChanges_Reference_AtUtc",
                table: "StandardChanges",
                columns: new[] { "Reference", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StandardVersions_Reference_VersionMajor_VersionMinor",
                table: "StandardVersions",
                columns: new[] { "Reference", "VersionMajor", "VersionMinor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardVersions_Status",
                table: "StandardVersions",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "StandardChanges");

            migrationBuilder.DropTable(
                name: "StandardVersions");

            migrationBuilder.DropTable(
                name: "ImportRuns");
        }
    }
}
