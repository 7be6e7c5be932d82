using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoleMapper.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CouncilWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ServiceArea = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    JobFamily = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: true),
                    Fte = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    MappingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MappedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    MappedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MappedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NeedsReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewFlaggedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SuggestedReference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    SuggestedConfidence = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    SuggestedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SuggestedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRoles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobRoles_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MapExports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportRunId = table.Column<int>(type: "INTEGER", nullable: true),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MapExports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MapExports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MaturityAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SavedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    SavedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Met = table.Column<string>(type: "TEXT", nullable: true),
                    Targets = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaturityAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaturityAssessments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleStandards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    JobRoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    VersionWhenDecided = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleStandards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleStandards_JobRoles_JobRoleId",
                        column: x => x.JobRoleId,
                        principalTable: "JobRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleStandards_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SkillsGaps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    JobRoleId = table.Column<int>(type: "INTEGER", nullable: true),
                    ServiceArea = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PostsAffected = table.Column<int>(type: "INTEGER", nullable: true),
                    HardToFill = table.Column<bool>(type: "INTEGER", nullable: false),
                    SuccessionRisk = table.Column<bool>(type: "INTEGER", nullable: false),
                    LinkedStandards = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillsGaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkillsGaps_JobRoles_JobRoleId",
                        column: x => x.JobRoleId,
                        principalTable: "JobRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SkillsGaps_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRoles_OrganisationId",
                table: "JobRoles",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_JobRoles_OrganisationId_NeedsReview",
                table: "JobRoles",
                columns: new[] { "OrganisationId", "NeedsReview" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRoles_OrganisationId_ServiceArea",
                table: "JobRoles",
                columns: new[] { "OrganisationId", "ServiceArea" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRoles_OrganisationId_Status",
                table: "JobRoles",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MapExports_OrganisationId",
                table: "MapExports",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MapExports_OrganisationId_CreatedUtc",
                table: "MapExports",
                columns: new[] { "OrganisationId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MaturityAssessments_OrganisationId",
                table: "MaturityAssessments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MaturityAssessments_OrganisationId_AssessedOn",
                table: "MaturityAssessments",
                columns: new[] { "OrganisationId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleStandards_JobRoleId_Reference",
                table: "RoleStandards",
                columns: new[] { "JobRoleId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleStandards_OrganisationId",
                table: "RoleStandards",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleStandards_Reference_Kind",
                table: "RoleStandards",
                columns: new[] { "Reference", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_SkillsGaps_JobRoleId",
                table: "SkillsGaps",
                column: "JobRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_SkillsGaps_OrganisationId",
                table: "SkillsGaps",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SkillsGaps_OrganisationId_Status",
                table: "SkillsGaps",
                columns: new[] { "OrganisationId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MapExports");

            migrationBuilder.DropTable(
                name: "MaturityAssessments");

            migrationBuilder.DropTable(
                name: "RoleStandards");

            migrationBuilder.DropTable(
                name: "SkillsGaps");

            migrationBuilder.DropTable(
                name: "JobRoles");
        }
    }
}
