using Microsoft.EntityFrameworkCore.Design;

namespace RoleMapper.Core.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build one provider's model without starting a host; it opens no file and
/// connects to no server. Each migrations project declares one (<c>tools/add-migration.sh</c> uses them).
/// </summary>
public abstract class DesignTimeContextFactory(DatabaseProvider provider) : IDesignTimeDbContextFactory<RoleMapperDbContext>
{
    public RoleMapperDbContext CreateDbContext(string[] args) => new(new DatabaseSettings(provider, provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=design-time.db",
        _ => "Host=localhost;Database=rolemapper_design_time",
    }).ContextOptions());
}
