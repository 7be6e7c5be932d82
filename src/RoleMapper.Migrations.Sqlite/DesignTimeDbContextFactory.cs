using Microsoft.EntityFrameworkCore.Design;
using RoleMapper.Core.Data;

namespace RoleMapper.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the Sqlite model without starting a host; it opens no file.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RoleMapperDbContext>
{
    public RoleMapperDbContext CreateDbContext(string[] args) =>
        new(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db").ContextOptions());
}
