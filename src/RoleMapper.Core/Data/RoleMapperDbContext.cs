using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Imports;
using RoleMapper.Core.Jobs;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Data;

/// <summary>
/// The one database context. Pages, the importer and the CLI use it directly (no repository layer).
/// Nothing here is SQLite-specific: the same model runs on PostgreSQL for a shared deployment.
/// </summary>
public class RoleMapperDbContext(DbContextOptions<RoleMapperDbContext> options) : DbContext(options)
{
    public DbSet<StandardVersion> StandardVersions => Set<StandardVersion>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<StandardChange> StandardChanges => Set<StandardChange>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<UnmatchedTitle> UnmatchedTitles => Set<UnmatchedTitle>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RoleMapperDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable in the database and safe when members are added.
        configurationBuilder.Properties<StandardStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ImportOutcome>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ChangeKind>().HaveConversion<string>().HaveMaxLength(16);
        // All instants are UTC; SQLite forgets DateTime.Kind, PostgreSQL insists on it.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
