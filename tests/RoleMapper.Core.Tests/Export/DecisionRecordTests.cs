using ClosedXML.Excel;
using RoleMapper.Core.Tests.Maturity;
using RoleMapper.Core.Tests.Workspace;

namespace RoleMapper.Core.Tests.Export;

/// <summary>
/// The whole decision record, from a real database to a file a council hands over: roles imported with their details,
/// decided through Core's <see cref="RoleMapping"/> with notes, exported by <see cref="MapExports.MakeAsync"/>, read back
/// with ClosedXML, and opened and saved again by a real spreadsheet client (LibreOffice, headless).
/// </summary>
// On the run's default provider only: the database side of the map runs on both in CouncilMapQueryTests and
// HostileTextFromTheDatabaseTests, and LibreOffice's minutes here do not depend on the database.
public sealed class DecisionRecordTests() : WorkspaceTest(TestProvider.Default, RepoPaths.SmallNewFeed)
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 30, 9, 0, 0, TimeSpan.Zero));

    protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    /// <summary>One role with every field a council imports, confirmed with an alternative and a rejection; a gap linked to its standard.</summary>
    private async Task<byte[]> ExportAsync()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = (await workspace.Roles.AddAsync(
            [new RoleDetails("Software Developer", "ICT", "Digital team", "Technology", "Grade 7", 6, 5.5m, "Two posts vacant")], "hr@council.example", default)).Single();
        await workspace.Mapping.RejectAsync(role.Id, "ST0003", "Not a finance role", Workspaces.Person, default);
        clock.Advance(TimeSpan.FromDays(1));
        await workspace.Mapping.ConfirmAsync(role.Id, "ST0116", "Fits the digital team", Workspaces.Person, default);
        await workspace.Mapping.AddAlternativeAsync(role.Id, "ST0070", null, Workspaces.Person, default);
        Assert.Empty(await workspace.Gaps.RecordAsync(
            new GapDetails(GapSubject.Role, "Cloud skills", role.Id, Priority: GapPriority.High, LinkedStandards: ["ST0116"]), "hr@council.example", default));
        var made = await MapExports.MakeAsync(workspace.Db, TestModel.Model, clock, null, "hr@council.example", default);
        return made.Export.Content;
    }

    [Fact]
    public async Task Export_RoleMap_CarriesTheCouncilsFields_StandardNames_AndTheDecisionRecord()
    {
        using var map = ExportedMap.Open(await ExportAsync());

        var row = Assert.Single(map.Rows("Role map"));
        Assert.Equal(("ICT", "Digital team", "Technology", "Grade 7"),
            (row["Service area"].GetString(), row["Department or team"].GetString(), row["Job family"].GetString(), row["Grade"].GetString()));
        Assert.Equal((6.0, 5.5), (row["Headcount"].GetDouble(), row["FTE"].GetDouble()));
        Assert.Equal("Two posts vacant", row["Notes"].GetString());
        Assert.Equal(("ST0116", "Software developer"), (row["Standard reference"].GetString(), row["Standard title"].GetString()));
        Assert.Equal("ST0070 Business administrator (level 3)", row["Alternative standards"].GetString());
        Assert.Equal("Fits the digital team", row["Decision note"].GetString());
        Assert.Equal(
            [
                "1 October 2026, hr.lead@council.example: Added ST0070 Business administrator (level 3) as an alternative.",
                "1 October 2026, hr.lead@council.example: Confirmed ST0116 Software developer (level 4) as the main standard. Note: Fits the digital team",
                "30 September 2026, hr.lead@council.example: Rejected ST0003 Professional accounting technician (level 4). Note: Not a finance role",
            ],
            row["Decision history"].GetString().Split('\n'));
        Assert.Equal("ST0116 Software developer (level 4)", Assert.Single(map.Column("Skills gaps", "Linked standards")));
        Assert.Empty(map.Formulas());
    }

    [Fact]
    public async Task Export_OpenedAndSavedByLibreOffice_KeepsEverySheet_ItsValues_AndHowItPrints()
    {
        var original = await ExportAsync();

        var saved = await LibreOffice.ConvertAsync(original, "map.xlsx", "xlsx");

        using var before = ExportedMap.Open(original);
        using var after = ExportedMap.Open(saved);
        Assert.Equal(before.SheetNames, after.SheetNames);
        foreach (var sheet in before.SheetNames.Where(s => s != "Summary"))
        {
            Assert.Equal(Texts(before.Workbook.Worksheet(sheet)), Texts(after.Workbook.Worksheet(sheet)));
        }
        Assert.Equal(Texts(before.Workbook.Worksheet("Summary")), Texts(after.Workbook.Worksheet("Summary")));
        var roleMap = after.Rows("Role map").Single();
        Assert.Equal(("Grade 7", 5.5, "Digital team"), (roleMap["Grade"].GetString(), roleMap["FTE"].GetDouble(), roleMap["Department or team"].GetString()));
        var printed = after.Workbook.Worksheet("Role map").PageSetup;
        Assert.Equal((XLPageOrientation.Landscape, 1, 1, 1), (printed.PageOrientation, printed.PagesWide, printed.FirstRowToRepeatAtTop, printed.LastRowToRepeatAtTop));
        Assert.All(after.Workbook.Worksheets, s => Assert.Equal(1, s.PageSetup.PagesWide));
    }

    [Fact]
    public async Task Export_PrintedToPdfByLibreOffice_FitsEachSheetOnOnePageWide_OnePageASheet()
    {
        var original = await ExportAsync();

        var pdf = await LibreOffice.ConvertAsync(original, "map.xlsx", "pdf");

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        using var book = ExportedMap.Open(original);
        // One page a sheet: nothing in this small map, not the Summary's values, spills onto a page of its own.
        Assert.Equal(book.SheetNames.Count, PdfPages(pdf));
    }

    /// <summary>Every used cell as "A1=text", row by row: what a reader sees, whichever program wrote the file.</summary>
    private static List<string> Texts(IXLWorksheet sheet) =>
        sheet.CellsUsed(c => !c.IsEmpty()).Select(c => $"{c.Address}={c.GetFormattedString()}").ToList();

    /// <summary>How many pages the PDF holds: one "/Type /Page" object each.</summary>
    private static int PdfPages(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page[^s]");
    }
}
