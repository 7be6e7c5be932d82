using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RoleMapper.Core.Tests.Providers;

/// <summary>
/// Each provider keeps its own migrations (docs/adr/0001). These fail when a model change has no migration for one of
/// them (run tools/add-migration.sh NAME), or when the two providers' schemas stop having the same tables, columns
/// and indexes. Neither needs a server: the models are built offline.
/// </summary>
public sealed class ProviderModelTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    private static RoleMapperDbContext Context(DatabaseProvider provider) => new(new DatabaseSettings(provider,
        provider == DatabaseProvider.Sqlite ? "Data Source=model-only.db" : "Host=127.0.0.1;Database=model_only").ContextOptions());

    [Theory]
    [MemberData(nameof(Providers))]
    public void MigrationsOfEachProvider_AreUpToDateWithTheModel(DatabaseProvider provider)
    {
        using var db = Context(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed since the last {provider} migration: run tools/add-migration.sh NAME.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void BothProviders_MigrateToTheSameTablesColumnsAndIndexes()
    {
        var sqlite = Schema(DatabaseProvider.Sqlite);
        var postgres = Schema(DatabaseProvider.Postgres);

        Assert.Contains("JobLeases.ExpiresUtc", sqlite);
        Assert.Equal(sqlite.Except(postgres).ToList(), []);
        Assert.Equal(postgres.Except(sqlite).ToList(), []);
    }

    /// <summary>The latest migration's snapshot of one provider as lines "table", "table.column", "table index name".</summary>
    private static SortedSet<string> Schema(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model
            ?? throw new InvalidOperationException($"The {provider} migrations have no model snapshot.");
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }
        var model = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot, designTime: true, validationLogger: null);
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.GetRelationalModel().Tables)
        {
            lines.Add(table.Name);
            lines.UnionWith(table.Columns.Select(c => $"{table.Name}.{c.Name}{(c.IsNullable ? " null" : "")}"));
            lines.UnionWith(table.Indexes.Select(i => $"{table.Name} index {i.Name}{(i.IsUnique ? " unique" : "")}"));
            lines.UnionWith(table.ForeignKeyConstraints.Select(f => $"{table.Name} foreign key {f.Name} {f.OnDeleteAction}"));
        }
        return lines;
    }
}
