using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoleMapper.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MotTextLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
