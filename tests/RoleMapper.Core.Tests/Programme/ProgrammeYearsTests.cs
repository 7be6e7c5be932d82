using System.Text;
using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Tests.Programme;

/// <summary>A council's programme figures through Core's <see cref="ProgrammeYears"/>: the form, the CSV import and tenancy.</summary>
public abstract class ProgrammeYearsTests(DatabaseProvider provider) : Workspace.WorkspaceTest(provider)
{
    public sealed class OnSqlite() : ProgrammeYearsTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : ProgrammeYearsTests(DatabaseProvider.Postgres);

    private const string Headings = "Year,Headcount,Starts new recruits,Starts existing staff,Levy paid,Levy spent,Levy transferred out,Levy expired,Schools on levy,School starts,Schools levy spent";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));

    protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    private static Dictionary<ProgrammeField, string?> Form(string year = "2025-26", string headcount = "4,000", string newRecruits = "30",
        string existing = "50", string paid = "£600,000.00", string spent = "450000.5") => new()
    {
        [ProgrammeField.Year] = year,
        [ProgrammeField.Headcount] = headcount,
        [ProgrammeField.StartsNewRecruits] = newRecruits,
        [ProgrammeField.StartsExistingStaff] = existing,
        [ProgrammeField.LevyPaid] = paid,
        [ProgrammeField.LevySpent] = spent,
        [ProgrammeField.LevyTransferredOut] = "£12,500.50",
        [ProgrammeField.LevyExpired] = "",
        [ProgrammeField.SchoolsOnLevy] = "40",
        [ProgrammeField.SchoolStarts] = "6",
        [ProgrammeField.SchoolsLevySpent] = "30000",
    };

    private async Task<ProgrammeImportResult> ImportAsync(int council, string csv, string name = "programme.csv")
    {
        await using var workspace = Database.WorkspaceFor(council);
        return await workspace.Get<ProgrammeYears>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name, "pat@council.example");
    }

    private async Task<List<ProgrammeYear>> SavedAsync(int council)
    {
        await using var db = Database.ContextFor(council);
        return await db.ProgrammeYears.OrderBy(y => y.Year).ToListAsync();
    }

    [Fact]
    public async Task Save_FromTheForm_ReadsPoundsAndCounts_AndListsShares()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var years = workspace.Get<ProgrammeYears>();

        Assert.Empty(await years.SaveAsync(Form(), editing: null, "pat"));
        var list = await years.ListAsync();

        var saved = Assert.Single(await SavedAsync(Council));
        Assert.Equal((2025, 4000, 80, 600_000m, 450_000.50m, 12_500.50m, 0m, 40, 6, 30_000m),
            (saved.Year, saved.Headcount, saved.Starts, saved.LevyPaid, saved.LevySpent, saved.LevyTransferredOut, saved.LevyExpired,
             saved.SchoolsOnLevy, saved.SchoolStarts, saved.SchoolsLevySpent));
        Assert.Equal(("2025-26", "pat", clock.GetUtcNow().UtcDateTime), (saved.YearText, saved.UpdatedByName, saved.UpdatedUtc));
        var shares = Assert.Single(list);
        Assert.Equal(0.02, shares.StartsShare!.Value, 6);
        Assert.Equal(450_000.50 / 600_000, shares.LevySpendShare!.Value, 9);
        Assert.Equal((0.023, false, 92), (shares.TargetShare, shares.MeetsTarget, shares.TargetStarts));
    }

    [Fact]
    public async Task Save_WithBadFigures_SavesNothing_AndNamesEachProblem()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var years = workspace.Get<ProgrammeYears>();

        var problems = await years.SaveAsync(Form(year: "2025-27", headcount: "=1+1", newRecruits: "-3", paid: "£1,000,000,001", spent: "12.345"), null, "pat");
        var tooManyStarts = await years.SaveAsync(Form(headcount: "70"), null, "pat");

        Assert.Equal(
        [
            "The year \"2025-27\" is not a financial year like 2025-26 (two years in a row, from 2017-18)",
            "Headcount must be a whole number, not \"=1+1\"",
            "Starts new recruits cannot be negative",
            "Levy paid of £1,000,000,001.00 is more than £1,000,000,000: check the figure",
            "Levy spent has more than two decimal places: give pounds and pence",
        ], problems.Select(p => p.Message));
        Assert.Equal(["Starts (80) cannot be more than the headcount (70)"], tooManyStarts.Select(p => p.Message));
        Assert.Empty(await SavedAsync(Council));
    }

    [Fact]
    public async Task Save_ASecondTimeForTheSameYear_IsRefused_ButEditingItChangesIt()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var years = workspace.Get<ProgrammeYears>();
        Assert.Empty(await years.SaveAsync(Form(), null, "pat"));

        var again = await years.SaveAsync(Form(headcount: "5000"), null, "pat");
        var edited = await years.SaveAsync(Form(headcount: "5000"), editing: 2025, "sam");

        Assert.Equal(["2025-26 is already saved: change that year instead"], again.Select(p => p.Message));
        Assert.Empty(edited);
        Assert.Equal((5000, "sam"), (await SavedAsync(Council)).Select(y => (y.Headcount, y.UpdatedByName)).Single());
    }

    [Fact]
    public async Task Import_GoodFile_AddsAndReplacesYears_InAnyColumnOrderAndSeparator()
    {
        Assert.True((await ImportAsync(Council, $"{Headings}\n2024-25,3900,20,40,\"£580,000\",400000,0,0,38,4,25000\n")).Saved);

        var result = await ImportAsync(Council,
            "headcount;YEAR;Levy paid (£);levy_spent\r\n4000;2024-25;£590,000.00;500000\r\n\r\n4100;2025-26;600000;610000.25\r\n");

        Assert.Equal((true, 1, 1), (result.Saved, result.Added, result.Updated));
        var saved = await SavedAsync(Council);
        Assert.Equal([(2024, 4000, 590_000m, 500_000m, 0), (2025, 4100, 600_000m, 610_000.25m, 0)],
            saved.Select(y => (y.Year, y.Headcount, y.LevyPaid, y.LevySpent, y.SchoolsOnLevy)));
    }

    [Fact]
    public async Task Import_OneBadRow_WritesNothing_AndGivesEveryBadRowItsNumberAndReason()
    {
        var csv = $"{Headings}\n" +
                  "2023-24,3800,10,10,500000,400000,0,0,0,0,0\n" +
                  "2024-25,20,15,10,500000,400000,0,0,0,0,0\n" +
                  "2025-2027,3900,10,10,500000,400000,0,0,0,0,0\n" +
                  "2023-24,3800,10,10,-5,400000,0,0,0,0,0\n" +
                  "2026-27,\t=HYPERLINK(\"http://evil.example\"),10,10,500000,99999999999999999999999999999999,0,0,0,0,0\n" +
                  "2023-24,3800,10,10,500000,400000,0,0,0,0,0\n";

        var result = await ImportAsync(Council, csv);

        Assert.False(result.Saved);
        Assert.Equal(
        [
            "Row 3: Starts (25) cannot be more than the headcount (20)",
            "Row 4: The year \"2025-2027\" is not a financial year like 2025-26 (two years in a row, from 2017-18)",
            "Row 5: Levy paid cannot be negative",
            "Row 6: Headcount must be a whole number, not \"=HYPERLINK(\"http://evil.example\")\"",
            "Row 6: Levy spent must be an amount in pounds, like £12,500.50 or 12500.5, not \"99999999999999999999999999999999\"",
            "Row 7: 2023-24 is already on row 2: give each year once",
        ], result.Problems.Select(p => p.ToString()));
        Assert.Empty(await SavedAsync(Council));
    }

    [Theory]
    [InlineData("Name,Grade\nBob,3\n", "Row 1: The first row must be headings, with at least \"Year\" and \"Headcount\".")]
    [InlineData("Year,Headcount,Year\n2025-26,10,2025-26\n", "Row 1: The heading \"Year\" appears twice")]
    [InlineData("Year,Headcount\n", "The file has headings but no years under them")]
    [InlineData("\n\n", "The file is empty")]
    public async Task Import_FileWithoutUsableHeadingsOrRows_IsRefused(string csv, string expected)
    {
        var result = await ImportAsync(Council, csv);

        Assert.StartsWith(expected, Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
        Assert.Empty(await SavedAsync(Council));
    }

    [Fact]
    public async Task Import_AWorkbookOrAHugeFile_IsRefusedWhole()
    {
        using var xlsx = new ClosedXML.Excel.XLWorkbook();
        xlsx.AddWorksheet("Programme").Cell(1, 1).Value = "Year";
        var bytes = new MemoryStream();
        xlsx.SaveAs(bytes);
        await using var workspace = Database.WorkspaceFor(Council);
        var workbook = await workspace.Get<ProgrammeYears>().ImportAsync(new MemoryStream(bytes.ToArray()), "programme.xlsx", "pat");
        var huge = await ImportAsync(Council, Headings + "\n" + new string('1', 6 * 1024 * 1024));

        Assert.False(workbook.Saved);
        Assert.StartsWith("The file is larger than 5 MB.", Assert.Single(huge.Problems).Message, StringComparison.Ordinal);
        Assert.StartsWith("Programme figures are read from a CSV file.", Assert.Single(workbook.Problems).Message, StringComparison.Ordinal);
        Assert.Empty(await SavedAsync(Council));
    }

    [Fact]
    public async Task Import_Windows1252PoundSign_IsReadAsPounds()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var bytes = Workspace.RoleFiles.RoleFiles.Windows1252.GetBytes("Year,Headcount,Levy paid\n2025-26,100,\"£1,250.75\"\n");

        var result = await workspace.Get<ProgrammeYears>().ImportAsync(new MemoryStream(bytes), "p.csv", "pat");

        Assert.True(result.Saved, string.Join("; ", result.Problems));
        Assert.Equal(1_250.75m, (await SavedAsync(Council)).Single().LevyPaid);
    }

    [Fact]
    public async Task Years_OfOneCouncil_AreInvisibleToAnother()
    {
        var other = await Database.CouncilAsync();
        Assert.True((await ImportAsync(Council, "Year,Headcount\n2025-26,100\n")).Saved);

        await using var theirs = Database.WorkspaceFor(other);
        var years = theirs.Get<ProgrammeYears>();

        Assert.Empty(await years.ListAsync());
        Assert.Null(await years.FindAsync(2025));
        // The same year is theirs to save: uniqueness is per council.
        Assert.Empty(await years.SaveAsync(Form(), null, "them"));
        Assert.Equal(100, (await SavedAsync(Council)).Single().Headcount);
    }
}
