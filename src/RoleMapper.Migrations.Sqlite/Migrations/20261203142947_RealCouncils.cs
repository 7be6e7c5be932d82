using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoleMapper.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RealCouncils : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OnsCode",
                table: "Organisations",
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CouncilLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilLog_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JoinRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JoinRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JoinRequests_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JoinRequests_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_OnsCode",
                table: "Organisations",
                column: "OnsCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Status",
                table: "Organisations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilLog_OrganisationId_AtUtc",
                table: "CouncilLog",
                columns: new[] { "OrganisationId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JoinRequests_OrganisationId_DecidedUtc",
                table: "JoinRequests",
                columns: new[] { "OrganisationId", "DecidedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JoinRequests_UserId",
                table: "JoinRequests",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CouncilLog");

            migrationBuilder.DropTable(
                name: "JoinRequests");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_OnsCode",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Status",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OnsCode",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Organisations");
        }
    }
}
