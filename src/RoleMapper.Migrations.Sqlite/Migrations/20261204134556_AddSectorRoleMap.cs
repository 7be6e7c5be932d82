using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoleMapper.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddSectorRoleMap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RoleMapEntries",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ServiceArea = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JobFamily = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Standards = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CheckedAgainst = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NeedsReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewFlaggedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleMapEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleMapChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleMapChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleMapChanges_RoleMapEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "RoleMapEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RoleMapChanges_EntryId_AtUtc",
                table: "RoleMapChanges",
                columns: new[] { "EntryId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleMapEntries_NeedsReview",
                table: "RoleMapEntries",
                column: "NeedsReview");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoleMapChanges");

            migrationBuilder.DropTable(
                name: "RoleMapEntries");
        }
    }
}
