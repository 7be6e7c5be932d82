using Microsoft.EntityFrameworkCore.Design;
using RoleMapper.Core.Data;

namespace RoleMapper.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the Postgres model without starting a host; it connects to no server.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RoleMapperDbContext>
{
    public RoleMapperDbContext CreateDbContext(string[] args) =>
        new(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=rolemapper_design_time").ContextOptions());
}
