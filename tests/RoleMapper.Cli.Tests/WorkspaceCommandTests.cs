using System.Text.RegularExpressions;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// <c>roles import</c> and <c>map --confirm-high</c>, each as a real process on a small database, for councils outside the
/// list (<c>org create --unlisted</c>; <see cref="OrgCreateCommandTests"/> tests the command itself).
/// </summary>
public sealed partial class WorkspaceCommandTests : IClassFixture<ImportedDatabase>, IDisposable
{
    private const string Council = "Mercia Borough Council";
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-cli-").FullName;
    private string DbPath => Path.Combine(folder, "cli.db");

    public WorkspaceCommandTests(ImportedDatabase standards) => standards.CopyTo(DbPath);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task RolesImport_SavesTheGoodRows_PrintsEachProblemWithItsRow_AndARepeatChangesNothing()
    {
        await CreateCouncilAsync();
        var file = await WriteAsync("roles.csv", "Job title,Service area,Headcount\nSoftware Developer,ICT,4\n,ICT,1\nSocial Worker,Children,2.5\n=HYPERLINK(\"x\"),ICT,1\n");

        var first = await CliRunner.RunAsync("roles", "import", "--org", Council, "--in", file, "--db", DbPath);
        var again = await CliRunner.RunAsync("roles", "import", "--org", Council, "--in", file, "--db", DbPath);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Row 3 (not saved): The job title is empty, so the row was skipped.", first.Out, StringComparison.Ordinal);
        Assert.Contains("Row 4 (not saved): Headcount 2.5 is not a whole number", first.Out, StringComparison.Ordinal);
        Assert.Contains($"Added 2 roles, updated 0, unchanged 0 for {Council}; skipped 2 rows.", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"Added 0 roles, updated 0, unchanged 2 for {Council}; skipped 2 rows.", again.Out, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "empty.csv", "", "The file is empty." },
        { "people.csv", "Name,Salary\nSam,1\n", "No job title column was found." },
        { "roles.pdf", "%PDF-1.4 x", "The file is a PDF document" },
        { "rows.csv", "Job title\n" + string.Concat(Enumerable.Range(1, RoleFileLimits.MaxRows + 1).Select(i => $"Officer {i}\n")), "The file has more than 20,000 rows of roles." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task RolesImport_BadFile_ExitsNonZeroWithTheWebMessage(string name, string content, string message)
    {
        await CreateCouncilAsync();
        var file = await WriteAsync(name, content);

        var result = await CliRunner.RunAsync("roles", "import", "--org", Council, "--in", file, "--db", DbPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{name}: {message}", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesImport_OneRole_CountsItInTheSingular()
    {
        await CreateCouncilAsync();
        var file = await WriteAsync("one.csv", "Job title,Service area\nSoftware Developer,ICT\n");

        var result = await CliRunner.RunAsync("roles", "import", "--org", Council, "--in", file, "--db", DbPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Added 1 role, updated 0, unchanged 0 for {Council}; skipped 0 rows.", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 of the new roles has a suggested standard, ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesImport_UnknownCouncil_ExitsNonZero()
    {
        var file = await WriteAsync("roles.csv", "Job title\nClerk\n");

        var result = await CliRunner.RunAsync("roles", "import", "--org", "Nowhere Council", "--in", file, "--db", DbPath);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("No council called \"Nowhere Council\" is registered.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapConfirmHigh_ConfirmsEveryHighConfidenceSuggestion_Once()
    {
        await CreateCouncilAsync();
        var file = await WriteAsync("roles.csv", "Job title\nSoftware Developer\nSocial Worker\nTeam Leader\nBusiness Administrator\nChartered Town Planner\nZookeeper of Owls\n");
        var imported = await CliRunner.RunAsync("roles", "import", "--org", Council, "--in", file, "--db", DbPath);
        var high = int.Parse(HighCount().Match(imported.Out).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var first = await CliRunner.RunAsync("map", "--org", Council, "--confirm-high", "--db", DbPath);
        var second = await CliRunner.RunAsync("map", "--org", Council, "--confirm-high", "--db", DbPath);

        Assert.True(high > 0, imported.Out);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Confirmed {high} High-confidence suggestion", first.Out, StringComparison.Ordinal);
        Assert.Contains("Confirmed 0 High-confidence suggestions", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoCouncils_ImportAndConfirmOnlyTheirOwnRoles()
    {
        const string other = "Wessex District Council";
        await CreateCouncilAsync();
        Assert.Equal(0, (await CliRunner.RunAsync("org", "create", other, "--unlisted", "--region", "south-west", "--db", DbPath)).ExitCode);
        var file = await WriteAsync("roles.csv", "Job title\nSoftware Developer\nSocial Worker\nBusiness Administrator\n");

        var intoA = await CliRunner.RunAsync("roles", "import", "--org", Council, "--in", file, "--db", DbPath);
        // The same titles are not duplicates for another council: it cannot see the first one's roles.
        var intoB = await CliRunner.RunAsync("roles", "import", "--org", other, "--in", file, "--db", DbPath);
        var high = int.Parse(HighCount().Match(intoA.Out).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var mapA = await CliRunner.RunAsync("map", "--org", Council, "--confirm-high", "--db", DbPath);
        var mapB = await CliRunner.RunAsync("map", "--org", other, "--confirm-high", "--db", DbPath);

        Assert.Contains($"Added 3 roles, updated 0, unchanged 0 for {Council}", intoA.Out, StringComparison.Ordinal);
        Assert.Contains($"Added 3 roles, updated 0, unchanged 0 for {other}", intoB.Out, StringComparison.Ordinal);
        Assert.True(high > 0, intoA.Out);
        // Had the first council's bulk confirmation reached the second's roles, none would be left to confirm.
        Assert.Contains($"Confirmed {high} High-confidence suggestion", mapA.Out, StringComparison.Ordinal);
        Assert.Contains($"Confirmed {high} High-confidence suggestion", mapB.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_WithoutAnAction_SaysWhatItCanDo()
    {
        var result = await CliRunner.RunAsync("map", "--org", Council, "--db", DbPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--confirm-high", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@", (\d+) with High confidence\.")]
    private static partial Regex HighCount();

    private async Task CreateCouncilAsync() =>
        Assert.Equal(0, (await CliRunner.RunAsync("org", "create", Council, "--unlisted", "--region", "west-midlands", "--db", DbPath)).ExitCode);

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}
