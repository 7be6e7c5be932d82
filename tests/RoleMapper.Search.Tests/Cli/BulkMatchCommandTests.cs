using ClosedXML.Excel;
using CsvHelper;
using RoleMapper.Cli.Bulk;

namespace RoleMapper.Search.Tests.Cli;

/// <summary><c>rolemapper match --in --out</c> end to end on a small file of our own, to CSV and to Excel.</summary>
[Collection(SnapshotCollection.Name)]
public sealed class BulkMatchCommandTests(SnapshotIndex snapshot) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-bulk-").FullName;

    [Fact]
    public void Reads_the_title_column_when_a_header_names_it()
    {
        var path = Write("Department,Job Title\nCare,Senior Carer\nHighways,\"Road Worker, Patching\"\n");
        var (rows, problems) = TitleFile.Read(path);
        Assert.Equal([new TitleRow(2, "Senior Carer"), new TitleRow(3, "Road Worker, Patching")], rows);
        Assert.Empty(problems);
    }

    [Fact]
    public void Reads_the_first_column_when_there_is_no_title_header()
    {
        var (rows, _) = TitleFile.Read(Write("Plumber\nBricklayer\n"));
        Assert.Equal(["Plumber", "Bricklayer"], rows.Select(r => r.Title));
    }

    [Fact]
    public void Reports_bad_rows_with_their_line_numbers()
    {
        var (rows, problems) = TitleFile.Read(Write("title\nPlumber\n\n\"\"\n" + new string('x', 300) + "\n"));
        Assert.Equal(2, rows.Count);
        Assert.Contains("line 4: no title", problems);
        Assert.Contains(problems, p => p.StartsWith("line 5: the title is longer than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Writes_one_csv_row_per_title_in_input_order()
    {
        var input = Write("title\nSocial Workers\n=HYPERLINK(\"http://x\")\nPlumber\n");
        var output = Path.Combine(folder, "out.csv");
        var (code, stdout, _) = await EvalCommandTests.RunAsync("match", "--in", input, "--out", output, "--db", snapshot.Database.FilePath, "--no-log", "--top", "3");
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
    public async Task Writes_an_excel_workbook_with_text_kept_as_text()
    {
        var input = Write("title\nSocial Workers\n=1+1\n");
        var output = Path.Combine(folder, "out.xlsx");
        var (code, _, _) = await EvalCommandTests.RunAsync("match", "--in", input, "--out", output, "--db", snapshot.Database.FilePath, "--no-log");
        Assert.Equal(0, code);
        using var workbook = new XLWorkbook(output);
        var sheet = workbook.Worksheet("Matches");
        Assert.Equal("reference", sheet.Cell(1, 4).GetString());
        Assert.Equal("ST0510", sheet.Cell(2, 4).GetString());
        Assert.False(sheet.Cell(3, 2).HasFormula);
        Assert.Equal("=1+1", sheet.Cell(3, 2).GetString());
    }

    [Theory]
    [InlineData("match")]
    [InlineData("match", "Plumber", "--in", "x.csv", "--out", "y.csv")]
    [InlineData("match", "--in", "x.csv")]
    [InlineData("match", "--in", "x.csv", "--out", "y.txt")]
    public async Task Refuses_an_unclear_request(params string[] args)
    {
        var (code, _, errors) = await EvalCommandTests.RunAsync(args);
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
