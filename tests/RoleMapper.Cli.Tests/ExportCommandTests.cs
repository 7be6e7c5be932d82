using System.Security.Cryptography;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// <c>rolemapper export</c> against a database prepared in-process: two councils, the older then the newer small feed,
/// so the map has a feed change to show.
/// </summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-cli-export-").FullName;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepoPaths.SmallOldFeed);
        await using (var db = await database.NewCouncilContextAsync("Mid Wessex Council", OrganisationType.Unitary, EnglishRegion.NorthWest))
        {
            db.JobRoles.Add(Seed.Role("Assistant accountant").ConfirmedAs("ST0002"));
            db.SkillsGaps.Add(Seed.Gap("Year-end closedown"));
            await db.SaveChangesAsync();
        }
        await using (var db = await database.NewCouncilContextAsync("North Fell Council", OrganisationType.Unitary, EnglishRegion.NorthWest))
        {
            db.JobRoles.Add(Seed.Role("Fell warden", "Parks").ConfirmedAs("ST0070"));
            await db.SaveChangesAsync();
        }
        await database.ImportAsync(RepoPaths.SmallNewFeed);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private RoleMapperDbContext Council(string name)
    {
        var db = database.NewContext();
        db.ScopeToOrganisation(db.Organisations.Single(o => o.Name == name).Id);
        return db;
    }

    [Fact]
    public async Task Export_WritesTheCouncilsMap_AndKeepsTheExport()
    {
        var path = Path.Combine(folder, "map.xlsx");

        var result = await CliRunner.RunAsync("export", "--org", "  mid WESSEX   council ", "--out", path, "--db", database.FilePath);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 job role, 1 skills gap, 1 feed change", result.Out, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(path);
        using (var map = ExportedMap.Open(bytes))
        {
            Assert.Equal(["Assistant accountant"], map.Column("Role map", "Role"));
            Assert.Equal(["Year-end closedown"], map.Column("Skills gaps", "Skills gap"));
            Assert.Equal(["ST0002"], map.Column("Changes since last export", "Standard reference"));
            Assert.Equal("Mid Wessex Council", map.Summary("Council").GetString());
        }
        await using var db = Council("Mid Wessex Council");
        var export = await db.MapExports.SingleAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), export.Sha256);
        Assert.Equal(bytes, export.Content);
        Assert.EndsWith("(command line)", export.CreatedByName, StringComparison.Ordinal);
        Assert.Equal(await db.ImportRuns.MaxAsync(r => r.Id), export.ImportRunId);
    }

    [Fact]
    public async Task Export_TwiceToAFolder_UsesTheUsualName_AndTheSecondHasNoChangesLeft()
    {
        await CliRunner.RunAsync("export", "--org", "Mid Wessex Council", "--out", folder, "--db", database.FilePath);

        var second = await CliRunner.RunAsync("export", "--org", "Mid Wessex Council", "--out", folder, "--db", database.FilePath);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 feed changes", second.Out, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Matches(@"RoleMapper - Mid Wessex Council - \d{4}-\d{2}\.xlsx$", file);
    }

    [Fact]
    public async Task Export_OtherCouncil_HoldsOnlyItsOwnData()
    {
        var path = Path.Combine(folder, "north.xlsx");

        var result = await CliRunner.RunAsync("export", "--org", "North Fell Council", "--out", path, "--db", database.FilePath);

        Assert.Equal(0, result.ExitCode);
        using var map = ExportedMap.Open(await File.ReadAllBytesAsync(path));
        Assert.Equal(["Fell warden"], map.Column("Role map", "Role"));
        Assert.Empty(map.Rows("Skills gaps"));
        Assert.Empty(map.Rows("Changes since last export"));
        await using var db = Council("Mid Wessex Council");
        Assert.Equal(0, await db.MapExports.CountAsync());
    }

    [Fact]
    public async Task Export_UnknownCouncil_ExitsNonZero_AndWritesNothing()
    {
        var path = Path.Combine(folder, "nowhere.xlsx");

        var result = await CliRunner.RunAsync("export", "--org", "Nowhere Council", "--out", path, "--db", database.FilePath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No council is called \"Nowhere Council\"", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Export_UnwritableFile_ExitsNonZero_AndKeepsNoExport()
    {
        var path = Path.Combine(folder, "missing-folder", "map.xlsx");

        var result = await CliRunner.RunAsync("export", "--org", "Mid Wessex Council", "--out", path, "--db", database.FilePath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Could not write", result.Error, StringComparison.Ordinal);
        await using var db = Council("Mid Wessex Council");
        Assert.Equal(0, await db.MapExports.CountAsync());
    }

    [Fact]
    public async Task Export_WithoutOrg_ExitsNonZero()
    {
        var result = await CliRunner.RunAsync("export", "--out", Path.Combine(folder, "x.xlsx"), "--db", database.FilePath);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--org", result.Error, StringComparison.Ordinal);
    }
}
