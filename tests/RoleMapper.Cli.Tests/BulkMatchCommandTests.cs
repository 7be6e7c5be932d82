using ClosedXML.Excel;
using CsvHelper;
using RoleMapper.Cli.Bulk;

namespace RoleMapper.Cli.Tests;

/// <summary><c>rolemapper match --in --out</c> end to end on a small file of our own, to CSV and to Excel.</summary>
[Collection(SnapshotCollection.Name)]
public sealed class BulkMatchCommandTests(SnapshotDatabase snapshot) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-bulk-").FullName;

    [Fact]
    public void HeaderNamingTheTitleColumn_ThatColumnIsRead()
    {
        var path = Write("Department,Job Title\nCare,Senior Carer\nHighways,\"Road Worker, Patching\"\n");
        var (rows, problems) = TitleFile.Read(path);
        Assert.Equal([new TitleRow(2, "Senior Carer"), new TitleRow(3, "Road Worker, Patching")], rows);
        Assert.Empty(problems);
    }

    [Fact]
    public void NoTitleHeader_TheFirstColumnIsRead()
    {
        var (rows, _) = TitleFile.Read(Write("Plumber\nBricklayer\n"));
        Assert.Equal(["Plumber", "Bricklayer"], rows.Select(r => r.Title));
    }

    [Fact]
    public void BadRows_AreReportedWithTheirLineNumbers()
    {
        var (rows, problems) = TitleFile.Read(Write("title\nPlumber\n\n\"\"\n" + new string('x', 300) + "\n"));
        Assert.Equal(2, rows.Count);
        Assert.Contains("line 4: no title", problems);
        Assert.Contains(problems, p => p.StartsWith("line 5: the title is longer than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_HasOneRowPerTitleInInputOrder()
    {
        var input = Write("title\nSocial Workers\n=HYPERLINK(\"http://x\")\nPlumber\n");
        var output = Path.Combine(folder, "out.csv");
        var (code, stdout, _) = await InProcess.RunAsync("match", "--in", input, "--out", output, "--db", snapshot.FilePath, "--no-log", "--top", "3");
        Assert.Equal(0, code);
        Assert.StartsWith("Matched 3 titles", stdout, StringComparison.Ordinal);
        using var csv = CsvReader.FromFile(output);
        var rows = new List<(string Line, string Title, string Reference)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString("line"), csv.GetString("title"), csv.GetString("reference")));
        }
        Assert.Equal([("2", "Social Workers", "ST0510"), ("3", "'=HYPERLINK(\"http://x\")", ""), ("4", "Plumber", "ST0303")], rows);
    }

    [Fact]
    public async Task Excel_IsWrittenWithTextKeptAsText()
    {
        var input = Write("title\nSocial Workers\n=1+1\n");
        var output = Path.Combine(folder, "out.xlsx");
        var (code, _, _) = await InProcess.RunAsync("match", "--in", input, "--out", output, "--db", snapshot.FilePath, "--no-log");
        Assert.Equal(0, code);
        using var workbook = new XLWorkbook(output);
        var sheet = workbook.Worksheet("Matches");
        Assert.Equal("reference", sheet.Cell(1, 4).GetString());
        Assert.Equal("ST0510", sheet.Cell(2, 4).GetString());
        Assert.False(sheet.Cell(3, 2).HasFormula);
        Assert.Equal("=1+1", sheet.Cell(3, 2).GetString());
    }

    [Fact]
    public async Task WeakTitles_AreAddedToTheUnmatchedLog_AndGoodOnesAreNot()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportGoodFeedAsync(RepoPaths.SmallNewFeed);
        var input = Write("title\nMace Bearer\nMACE BEARER (2 posts)\nSocial Worker\n");

        var (code, stdout, _) = await InProcess.RunAsync("match", "--in", input, "--out", Path.Combine(folder, "out.csv"), "--db", database.FilePath);

        Assert.Equal(0, code);
        Assert.EndsWith("2 weak titles logged", stdout.Trim(), StringComparison.Ordinal);
        await using var db = database.NewContext();
        var logged = await db.UnmatchedTitles.AsNoTracking().Select(u => new { u.NormalisedTitle, u.Count }).ToListAsync();
        Assert.Equal([("mace bearer", 2)], logged.Select(u => (u.NormalisedTitle, u.Count)));
    }

    [Theory]
    [InlineData("match")]
    [InlineData("match", "Plumber", "--in", "x.csv", "--out", "y.csv")]
    [InlineData("match", "--in", "x.csv")]
    [InlineData("match", "--in", "x.csv", "--out", "y.txt")]
    public async Task UnclearRequest_IsRefused(params string[] args)
    {
        var (code, _, errors) = await InProcess.RunAsync(args);
        Assert.NotEqual(0, code);
        Assert.NotEmpty(errors);
    }

    private string Write(string text)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
