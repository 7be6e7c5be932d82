using RoleMapper.Core.Workspace;

namespace RoleMapper.Cli.Tests;

/// <summary><c>roles import</c> of an updated establishment list, as a real process on a real SQLite file.</summary>
public sealed partial class WorkspaceCommandTests
{
    [Fact]
    public async Task RolesImport_AnUpdatedFile_UpdatesHeadcountAndGrade_KeepsDecisions_AndDoublesNothing()
    {
        await CreateCouncilAsync();
        await ImportRolesAsync("roles.csv", "Job title,Service area,Grade,Headcount\nSoftware Developer,ICT,H7,4\nSocial Worker,Children,SW2,12\nTeam Leader,Customer Services,M1,3\n");
        Assert.Equal(0, (await CliRunner.RunAsync("map", "--org", Council, "--confirm-high", "--db", DbPath)).ExitCode);
        var decided = await DecisionsAsync();
        Assert.Contains(decided, d => d.Value.Status == MappingStatus.Confirmed);

        var result = await ImportRolesAsync("roles-2027.csv", "Job title,Service area,Grade,Headcount\nsoftware developer,ICT,H8,6\nSocial Worker,Children,SW2,12\nPlanning Officer,Planning,P2,2\n");

        Assert.Contains($"Added 1 role, updated 1, unchanged 1 for {Council}; skipped 0 rows.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Row 2 updated: grade \"H7\" -> \"H8\", headcount 4 -> 6.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Kept 1 saved role not in the file (--remove-missing removes them).", result.Out, StringComparison.Ordinal);
        await using (var db = CouncilContext())
        {
            Assert.Equal(["Planning Officer", "Social Worker", "Software Developer", "Team Leader"], await db.JobRoles.OrderBy(r => r.Title).Select(r => r.Title).ToListAsync());
            var developer = await db.JobRoles.SingleAsync(r => r.Title == "Software Developer");
            Assert.Equal(("H8", 6), (developer.Grade, developer.Headcount));
        }
        // Every decision made before the re-import is still there, as it was.
        Assert.Equal(decided, (await DecisionsAsync()).Where(d => decided.ContainsKey(d.Key)).ToDictionary());
    }

    [Fact]
    public async Task RolesImport_RemoveMissing_DeletesSavedRolesTheFileLeavesOut()
    {
        await CreateCouncilAsync();
        await ImportRolesAsync("roles.csv", "Job title,Service area\nSoftware Developer,ICT\nTeam Leader,Customer Services\n");

        var result = await ImportRolesAsync("roles-2027.csv", "Job title,Service area\nSoftware Developer,ICT\n", "--remove-missing");

        Assert.Contains("Removed 1 saved role not in the file, with its decisions.", result.Out, StringComparison.Ordinal);
        await using var db = CouncilContext();
        Assert.Equal(["Software Developer"], await db.JobRoles.Select(r => r.Title).ToListAsync());
    }

    /// <summary>Writes the file and runs <c>roles import</c> on it with the options given, which must succeed.</summary>
    private async Task<CliRunner.Result> ImportRolesAsync(string name, string csv, params string[] options)
    {
        var result = await CliRunner.RunAsync(["roles", "import", "--org", Council, "--in", await WriteAsync(name, csv), .. options, "--db", DbPath]);
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        return result;
    }

    /// <summary>Each role's status, note and standards, by title.</summary>
    private async Task<Dictionary<string, (MappingStatus Status, string? Note, string Standards)>> DecisionsAsync()
    {
        await using var db = CouncilContext();
        var roles = await db.JobRoles.AsNoTracking().Include(r => r.Standards).ToListAsync();
        return roles.ToDictionary(r => r.Title, r => (r.Status, r.MappingNote,
            string.Join(";", r.Standards.OrderBy(s => s.Reference).Select(s => $"{s.Kind}:{s.Reference}"))));
    }

    private RoleMapperDbContext CouncilContext()
    {
        var db = new RoleMapperDbContext(new DatabaseSettings(DatabaseProvider.Sqlite, DatabaseSettings.ConnectionStringFor(DatabaseProvider.Sqlite, DbPath)).ContextOptions());
        db.ScopeToOrganisation(db.Organisations.Single(o => o.Name == Council).Id);
        return db;
    }
}
