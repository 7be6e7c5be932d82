namespace RoleMapper.Cli.Tests;

/// <summary>
/// Every mistake a user can make on the command line, run as a real process: one sentence on stderr, exit code 1, and
/// no .NET stack trace.
/// </summary>
public sealed class UserErrorTests : IClassFixture<ImportedDatabase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-cli-errors-").FullName;
    private readonly ImportedDatabase standards;

    public UserErrorTests(ImportedDatabase standards) => this.standards = standards;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Db_IsAFolder_SaysTheDatabaseCannotBeOpened()
    {
        var result = await CliRunner.RunAsync("unmatched", "--db", folder);

        AssertOneLine(result, $"Cannot open the database file {folder}: SQLite Error");
    }

    [Fact]
    public async Task Db_IsNotADatabase_SaysSo()
    {
        var path = Write("notes.db", "These are my notes, not a database.");

        var result = await CliRunner.RunAsync("unmatched", "--db", path);

        AssertOneLine(result, $"Cannot open the database file {path}: SQLite Error 26: 'file is not a database'.");
    }

    [Fact]
    public async Task ConnectionString_Malformed_SaysSo()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(Postgres, "unmatched", "--db", "Host=db;;=oops");

        AssertOneLine(result, "Cannot open the database (the connection string is malformed): Format of the initialization string");
    }

    [Fact]
    public async Task ConnectionString_UnknownKeyword_NamesIt()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(Postgres, "unmatched", "--db", "Hots=db;Database=rolemapper");

        AssertOneLine(result, "Cannot open the database Database=rolemapper: Couldn't set hots");
    }

    [Fact]
    public async Task ConnectionString_NoServerThere_NamesTheServer_ButNeverThePassword()
    {
        // Port 1 on this machine: nothing listens, so the connection is refused at once.
        var result = await CliRunner.RunWithEnvironmentAsync(Postgres, "unmatched", "--db", "Host=127.0.0.1;Port=1;Database=rolemapper;Username=hr;Password=s3cret-word");

        AssertOneLine(result, "Cannot open the database Host=127.0.0.1;Port=1;Database=rolemapper: Failed to connect to 127.0.0.1:1");
        Assert.DoesNotContain("s3cret-word", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provider_Misspelt_ListsTheChoices()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["Database__Provider"] = "postgresql" }, "unmatched", "--db", Path.Combine(folder, "x.db"));

        AssertOneLine(result, "Database:Provider must be \"sqlite\" or \"postgres\", not \"postgresql\".");
    }

    public static TheoryData<string[], string> MissingFiles => new()
    {
        { ["roles", "import", "--org", "Mercia Borough Council", "--in", "{folder}/roles.csv"], "{folder}/roles.csv does not exist. Nothing was saved." },
        { ["match", "--in", "{folder}/titles.csv", "--out", "{folder}/out.csv"], "{folder}/titles.csv does not exist." },
        { ["eval", "--set", "{folder}/set.csv"], "{folder}/set.csv does not exist." },
        { ["import", "--from", "{folder}/feed.json.gz"], "The import failed, so nothing was changed: The feed file '{folder}/feed.json.gz' does not exist." },
    };

    [Theory]
    [MemberData(nameof(MissingFiles))]
    public async Task MissingFile_NamesIt(string[] args, string message)
    {
        var result = await RunOnDatabaseAsync(args);

        AssertOneLine(result, message.Replace("{folder}", folder, StringComparison.Ordinal));
    }

    public static TheoryData<string[], string> UnreadableFiles => new()
    {
        { ["roles", "import", "--org", "Mercia Borough Council", "--in", "{folder}"], "{folder} is a folder, not a file. Nothing was saved." },
        { ["match", "--in", "{folder}", "--out", "{folder}/out.csv"], "{folder} is a folder, not a file." },
        { ["eval", "--set", "{folder}"], "{folder} is a folder, not a file." },
        { ["import", "--from", "{folder}/feed.json"], "The import failed, so nothing was changed: The feed is not a JSON array" },
        { ["match", "--in", "{folder}/titles.csv", "--out", "{folder}/no-such-folder/out.csv"], "Could not find a part of the path '{folder}/no-such-folder/out.csv'." },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task UnreadableFile_SaysWhy(string[] args, string message)
    {
        Write("feed.json", "garbage, not a feed");
        Write("titles.csv", "title\nSoftware Developer\n");

        var result = await RunOnDatabaseAsync(args);

        AssertOneLine(result, message.Replace("{folder}", folder, StringComparison.Ordinal));
    }

    public static TheoryData<string[]> UnknownCouncil => new()
    {
        { ["roles", "import", "--org", "Nowhere Council", "--in", "{folder}/roles.csv"] },
        { ["map", "--org", "Nowhere Council", "--confirm-high"] },
        { ["export", "--org", "Nowhere Council", "--out", "{folder}/map.xlsx"] },
    };

    [Theory]
    [MemberData(nameof(UnknownCouncil))]
    public async Task UnknownCouncil_NamesIt(string[] args)
    {
        Write("roles.csv", "Job title\nClerk\n");

        var result = await RunOnDatabaseAsync(args);

        AssertOneLine(result, "No council ");
        Assert.Contains("\"Nowhere Council\"", result.Error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Postgres => new() { ["Database__Provider"] = "postgres" };

    /// <summary>Runs the command on a copy of the imported database, with {folder} in its arguments made real.</summary>
    private Task<CliRunner.Result> RunOnDatabaseAsync(string[] args)
    {
        var db = Path.Combine(folder, "cli.db");
        if (!File.Exists(db))
        {
            standards.CopyTo(db);
        }
        return CliRunner.RunAsync([.. args.Select(a => a.Replace("{folder}", folder, StringComparison.Ordinal)), "--db", db]);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static void AssertOneLine(CliRunner.Result result, string startsWith)
    {
        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith(startsWith, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }
}
