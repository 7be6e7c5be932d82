using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoleMapper.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeAndMot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MotReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProgrammeYear = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Priorities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LgaSupport = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Strands = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MotReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MotReviews_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsNewRecruits = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsExistingStaff = table.Column<int>(type: "INTEGER", nullable: false),
                    LevyPaid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    LevySpent = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    LevyTransferredOut = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    LevyExpired = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    SchoolsOnLevy = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolStarts = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolsLevySpent = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeYears_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MotReviews_OrganisationId_ReviewedOn",
                table: "MotReviews",
                columns: new[] { "OrganisationId", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeYears_OrganisationId",
                table: "ProgrammeYears",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeYears_OrganisationId_Year",
                table: "ProgrammeYears",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MotReviews");

            migrationBuilder.DropTable(
                name: "ProgrammeYears");
        }
    }
}
