using ClosedXML.Excel;
using Moq;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Tests.RoleMap;

/// <summary>
/// The sector role map's download from a small map over the 22 Aug 2026 small feed, made at 00:30 on 1 September UK
/// time (31 August in UTC) and opened again with ClosedXML. In that feed ST0384 is now titled "Team leader" (it was
/// "Team leader / supervisor"), ST0108 is retired, and ST9999 does not exist.
/// </summary>
public abstract class SectorRoleMapWorkbookTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : SectorRoleMapWorkbookTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : SectorRoleMapWorkbookTests(DatabaseProvider.Postgres);

    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";

    private static readonly MappedRole[] Map =
    [
        new("tenancy-officer", "Housing", "Tenancy Officer", "Professional", ["Housing Officer", "Tenancy Management Officer"],
            ["ST0384", "ST0070"], "Team leader for senior tenancy posts; Business administrator for the casework", "2026-08-22"),
        new("allocations-officer", "Housing", "Allocations Officer", "Administrative", [Hyperlink, "Lettings Officer"],
            ["ST0070"], "@Business administrator covers lettings administration", "2026-08-22"),
        new("poll-clerk", "Elections", "Poll Clerk", "Casual", [], [],
            "Casual election staff work a few days a year; no approved standard covers polling stations", "2026-08-22"),
        new("finance-officer", "Finance", "Finance Officer", "Professional", [],
            ["ST0002", "ST0003", "ST0001"], "Assistant accountant first; technician and professional for senior posts", "August 2026"),
        new("dental-officer", "Adult Social Care", "Dental Officer", "Clinical", ["+SUM(1,1)"],
            ["ST0108", "ST9999"], "Dental technician (retired since) and a reference no feed holds", "2025-05-29"),
    ];

    private TestDatabase database = null!;
    private ImportRun run = null!;
    private SectorRoleMapWorkbook.Made made = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider: provider);
        run = await database.ImportGoodFeedAsync(RepoPaths.SmallNewFeed);
        made = await MakeAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<SectorRoleMapWorkbook.Made> MakeAsync()
    {
        var source = new Mock<IRoleMapSource>();
        source.Setup(s => s.LoadAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Map);
        // 23:30 UTC on 31 August is 00:30 BST on 1 September: September's map.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 8, 31, 23, 30, 0, TimeSpan.Zero));
        await using var db = database.NewContext();
        return await new SectorRoleMapWorkbook(source.Object, db, clock).MakeAsync(default);
    }

    [Fact]
    public async Task Make_NamesTheFileForTheUkMonth_AndTheSameMapGivesTheSameBytes()
    {
        Assert.Equal("Sector role map - 2026-09.xlsx", made.FileName);
        Assert.Equal(made.Content, (await MakeAsync()).Content);
    }

    [Fact]
    public void RoleMap_IsOneTableRowPerRole_ByServiceAreaThenRole_WithTodaysTitlesAndLevels()
    {
        using var file = ExportedMap.Open(made.Content);
        Assert.Equal(["Role map", "About"], file.SheetNames);
        var sheet = file.Workbook.Worksheet("Role map");
        var table = Assert.Single(sheet.Tables);
        Assert.Equal(
        [
            "Service area", "Role", "Job family", "Also written as", "Fits a standard",
            "Standard 1 reference", "Standard 1 title", "Standard 1 level",
            "Standard 2 reference", "Standard 2 title", "Standard 2 level",
            "Standard 3 reference", "Standard 3 title", "Standard 3 level",
            "Standards to check", "Reason", "Checked against",
        ], table.Fields.Select(f => f.Name));
        Assert.Equal(Map.Length + 1, table.RangeAddress.LastAddress.RowNumber);
        Assert.True(table.ShowAutoFilter);
        Assert.Equal((1, 2), (sheet.SheetView.SplitRow, sheet.SheetView.SplitColumn));
        Assert.Equal(["Adult Social Care", "Elections", "Finance", "Housing", "Housing"], file.Column("Role map", "Service area"));
        Assert.Equal(["Dental Officer", "Poll Clerk", "Finance Officer", "Allocations Officer", "Tenancy Officer"], file.Column("Role map", "Role"));

        var rows = file.Rows("Role map");
        var tenancy = rows[4];
        Assert.Equal("Housing Officer; Tenancy Management Officer", tenancy["Also written as"].GetString());
        Assert.Equal(("Yes", "ST0384", "Team leader", "ST0070", "Business administrator"),
            (tenancy["Fits a standard"].GetString(), tenancy["Standard 1 reference"].GetString(), tenancy["Standard 1 title"].GetString(),
             tenancy["Standard 2 reference"].GetString(), tenancy["Standard 2 title"].GetString()));
        Assert.Equal(XLDataType.Number, tenancy["Standard 1 level"].DataType);
        Assert.Equal(3, tenancy["Standard 1 level"].GetDouble());
        Assert.Equal("", tenancy["Standards to check"].GetString());
        Assert.Equal(["Assistant accountant", "Professional accounting technician", "Accountancy or taxation professional"],
            new[] { 1, 2, 3 }.Select(n => rows[2][$"Standard {n} title"].GetString()));
        Assert.Equal([3.0, 4.0, 7.0], new[] { 1, 2, 3 }.Select(n => rows[2][$"Standard {n} level"].GetDouble()));

        var dental = rows[0];
        Assert.Equal(("Dental technician (integrated)", "ST9999", ""),
            (dental["Standard 1 title"].GetString(), dental["Standard 2 reference"].GetString(), dental["Standard 2 title"].GetString()));
        Assert.Equal("ST0108: Retired; ST9999: Not in the feed", dental["Standards to check"].GetString());
    }

    [Fact]
    public void RoleMap_ARoleNoStandardFits_HasNoStandardsAndSaysWhy()
    {
        using var file = ExportedMap.Open(made.Content);

        var poll = file.Rows("Role map").Single(r => r["Role"].GetString() == "Poll Clerk");

        Assert.Equal("No", poll["Fits a standard"].GetString());
        Assert.All(poll.Where(c => c.Key.StartsWith("Standard", StringComparison.Ordinal)), c => Assert.True(c.Value.IsEmpty(), c.Key));
        Assert.Equal(Map[2].Reason, poll["Reason"].GetString());
    }

    [Fact]
    public void RoleMap_CheckedAgainst_IsARealDate_OrTheMapsTextWhenItIsNone()
    {
        using var file = ExportedMap.Open(made.Content);
        var rows = file.Rows("Role map");

        var date = rows[4]["Checked against"];
        Assert.Equal(XLDataType.DateTime, date.DataType);
        Assert.Equal(new DateTime(2026, 8, 22), date.GetDateTime());
        Assert.Equal("dd/mm/yyyy", date.Style.NumberFormat.Format);
        Assert.Equal((XLDataType.Text, "August 2026"), (rows[2]["Checked against"].DataType, rows[2]["Checked against"].GetString()));
    }

    [Fact]
    public void Make_TextStartingLikeAFormula_IsWrittenAsText()
    {
        using var file = ExportedMap.Open(made.Content);
        var rows = file.Rows("Role map");

        Assert.Empty(file.Formulas());
        IXLCell[] cells = [rows[3]["Also written as"], rows[0]["Also written as"], rows[3]["Reason"]];
        Assert.Equal([Hyperlink + "; Lettings Officer", "+SUM(1,1)", Map[1].Reason], cells.Select(c => c.GetString()));
        Assert.All(cells, cell =>
        {
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.False(cell.HasFormula, cell.Address.ToString());
            Assert.True(cell.Style.IncludeQuotePrefix, cell.Address.ToString());
        });
    }

    [Fact]
    public void About_SaysWhatTheFileIs_TheFeedDateAndTheCounts()
    {
        using var file = ExportedMap.Open(made.Content);
        var about = file.Workbook.Worksheet("About");
        IXLCell Value(string label) => about.Column(1).CellsUsed().Single(c => c.GetString() == label).CellRight();

        Assert.Equal(XLDataType.DateTime, Value("Standards feed date").DataType);
        Assert.Equal(run.FeedDate.ToDateTime(TimeOnly.MinValue), Value("Standards feed date").GetDateTime());
        Assert.Equal(new DateTime(2026, 9, 1, 0, 30, 0), Value("Made (UK time)").GetDateTime());
        Assert.Equal((5.0, 4.0, 1.0), (Value("Job roles").GetDouble(), Value("Service areas").GetDouble(), Value("Roles no standard fits").GetDouble()));
        Assert.Contains("/role-map", Value("Source").GetString(), StringComparison.Ordinal);
        Assert.Contains(about.Column(1).CellsUsed(), c => c.GetString().Contains("Skills England", StringComparison.Ordinal));
    }
}
