using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoleMapper.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddUnmatchedTitles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnmatchedTitles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NormalisedTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExampleTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    BestReference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    FirstSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnmatchedTitles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnmatchedTitles_Count",
                table: "UnmatchedTitles",
                column: "Count");

            migrationBuilder.CreateIndex(
                name: "IX_UnmatchedTitles_NormalisedTitle",
                table: "UnmatchedTitles",
                column: "NormalisedTitle",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnmatchedTitles");
        }
    }
}
