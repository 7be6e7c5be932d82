using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RoleMapper.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting a host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RoleMapperDbContext>
{
    public RoleMapperDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RoleMapperDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
