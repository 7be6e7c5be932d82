using ClosedXML.Excel;
using RoleMapper.Core.Plan;
using RoleMapper.Core.Programme;
using RoleMapper.Core.Tests.Maturity;
using RoleMapper.Core.Tests.Plan;

namespace RoleMapper.Core.Tests.Export;

/// <summary>The Plan sheet: its lines and the levy account by year, read back from the written file; text kept formula-safe.</summary>
public sealed class PlanSheetTests
{
    private static PlanLineView Line(string label, int year, int starts, int? price, string? note = null, string? flag = null) =>
        new(1, label[..6], label, new FinancialYear(year), starts, price, note, null, flag is not null, flag);

    private static PlanView Plan(IReadOnlyList<PlanLineView> lines, long? levy = 120_000) => new()
    {
        Saved = true,
        FirstYear = new FinancialYear(2026),
        AnnualLevy = levy,
        Years = [new(2026), new(2027), new(2028)],
        Lines = lines,
        OtherLines = [],
        Levy = levy is { } l ? LevyForecast.Run(new(2026), l, 0, [lines.Sum(x => x.Cost), 0, 0], 24) : [],
        Target = [],
        TargetShare = 0.023,
        LevyExpiryMonths = 24,
        Candidates = [],
    };

    [Fact]
    public void Plan_ShowsEachLineAndTheLevyByYear()
    {
        var map = A.CouncilMap with
        {
            Plan = Plan([
                Line("ST1025 Urban driver (level 2)", 2027, 2, 7_000),
                Line("ST0005 Adult care worker (level 2)", 2026, 10, 4_500, flag: "ST0005's funding band for 2026-27 changed from £4,000 to £4,500 on 22/08/2026"),
                Line("ST0108 Dental technician (integrated) (level 5)", 2026, 1, null, flag: "ST0108 is no longer approved (retired)"),
            ]),
        };
        using var book = Exported.Of(map);

        Assert.Contains(SheetNames.Plan, book.SheetOrder);
        Assert.Equal(["ST0005 Adult care worker (level 2)", "ST0108 Dental technician (integrated) (level 5)", "ST1025 Urban driver (level 2)"],
            book.Column(SheetNames.Plan, "Standard").Take(3));
        Assert.Equal("2026-27", book.Cell(SheetNames.Plan, 1, "Year").GetString());
        Assert.Equal((10.0, 4_500.0, 45_000.0), (book.Cell(SheetNames.Plan, 1, "Starts").GetDouble(),
            book.Cell(SheetNames.Plan, 1, "Unit price").GetDouble(), book.Cell(SheetNames.Plan, 1, "Cost").GetDouble()));
        Assert.Equal(NumberFormats.Pounds, book.Cell(SheetNames.Plan, 1, "Cost").Style.NumberFormat.Format);
        Assert.True(book.Cell(SheetNames.Plan, 2, "Unit price").IsEmpty());
        Assert.Equal("ST0108 is no longer approved (retired)", book.Cell(SheetNames.Plan, 2, "Flag").GetString());
        Assert.Equal("", book.Cell(SheetNames.Plan, 3, "Flag").GetString());

        // The levy table starts three rows below the lines: header, then one row a year.
        var sheet = book.Sheet(SheetNames.Plan);
        var header = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "Levy by year").Address.RowNumber;
        Assert.Equal(["Levy by year", "Available", "Spend", "Not covered by levy", "Left", "Expiring"],
            sheet.Row(header).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(["2026-27", "2027-28", "2028-29"], Enumerable.Range(header + 1, 3).Select(r => sheet.Cell(r, 1).GetString()));
        // £59,000 planned in 2026-27 against £120,000 of levy; the rest is left and grows.
        Assert.Equal([120_000.0, 59_000, 0, 61_000, 0], Enumerable.Range(2, 5).Select(c => sheet.Cell(header + 1, c).GetDouble()));
        Assert.Equal(181_000.0, sheet.Cell(header + 2, 5).GetDouble());
        Assert.Equal(NumberFormats.Pounds, sheet.Cell(header + 1, 2).Style.NumberFormat.Format);
        Assert.Equal(2, sheet.Tables.Count());
    }

    [Fact]
    public void Plan_WithoutLevy_SaysToEnterIt_AndNoPlanMeansNoSheet()
    {
        using (var book = Exported.Of(A.CouncilMap with { Plan = Plan([], levy: null) }))
        {
            Assert.Equal("No starts planned yet.", book.Sheet(SheetNames.Plan).Cell(2, 1).GetString());
            Assert.StartsWith("Enter the levy", book.Sheet(SheetNames.Plan).Cell(4, 1).GetString());
        }
        using var none = Exported.Of(A.CouncilMap);
        Assert.DoesNotContain(SheetNames.Plan, none.SheetOrder);
    }

    [Theory]
    [MemberData(nameof(FormulaSafetyTests.Hostile), MemberType = typeof(FormulaSafetyTests))]
    public void Plan_FormulaLikeText_IsText(string text)
    {
        using var book = Exported.Of(A.CouncilMap with { Plan = Plan([Line(text + " label", 2026, 1, 100, note: text, flag: text)]) });
        var expected = text.Replace('\r', '\n');

        foreach (var header in new[] { "Price note", "Flag" })
        {
            var cell = book.Cell(SheetNames.Plan, 1, header);
            Assert.Equal((expected, XLDataType.Text, false, true), (cell.GetString(), cell.DataType, cell.HasFormula, cell.Style.IncludeQuotePrefix));
        }
        Assert.DoesNotContain(book.SheetXml(SheetNames.Plan).Descendants(), e => e.Name.LocalName == "f");
    }

    [Fact]
    public async Task FromTheDatabase_ThePlanIsPricedFromTheFeed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepoPaths.SmallNewFeed);
        var council = await database.CouncilAsync();
        await using (var workspace = database.WorkspaceFor(council))
        {
            await workspace.SettingsAsync("2026-27", levy: 50_000);
            await workspace.AddAsync("ST0005", "2026-27", 4);
        }
        await using var db = database.ContextFor(council);

        var map = (await CouncilMapQuery.BuildAsync(db, TestModel.Model, "hr@council.example", new DateTime(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc), default)).Map;
        using var book = Exported.Of(map);

        Assert.Equal("ST0005 Adult care worker (level 2)", book.Cell(SheetNames.Plan, 1, "Standard").GetString());
        Assert.Equal(18_000.0, book.Cell(SheetNames.Plan, 1, "Cost").GetDouble());
    }
}
