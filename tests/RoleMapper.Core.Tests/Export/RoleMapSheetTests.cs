using ClosedXML.Excel;

namespace RoleMapper.Core.Tests.Export;

/// <summary>The Role map's rows: order, typed values, formats and links.</summary>
public sealed class RoleMapSheetTests
{
    [Fact]
    public void Rows_AreSortedByServiceAreaThenTitle_WithRolesWithoutAnAreaLast()
    {
        using var book = Exported.Of(A.CouncilMap.WithRoles(
            A.Role("Refuse Loader", serviceArea: "Waste"),
            A.Role("Accountant") with { ServiceArea = null },
            A.Role("park ranger", serviceArea: "Parks"),
            A.Role("Arborist", serviceArea: "parks")));

        Assert.Equal(["Arborist", "park ranger", "Refuse Loader", "Accountant"], book.Column(SheetNames.RoleMap, "Role"));
    }

    [Fact]
    public void ConfirmedRole_ShowsItsStandardWithTypedValues()
    {
        var role = A.Role("Refuse Loader/Driver", "ST0257", headcount: 42) with
        {
            StandardTitle = "Large goods vehicle (LGV) driver C and E",
            Level = 2,
            Route = "Transport and logistics",
            TypicalDurationMonths = 13,
            MaxFundingGbp = 7000,
            StandardStatus = "Approved for delivery",
            Confidence = "High",
            ConfirmedBy = "Pat Jones",
            AlternativeStandards = ["ST0014", "ST0326"],
        };
        using var book = Exported.Of(A.CouncilMap.WithRoles(role));
        IXLCell Cell(string header) => book.Cell(SheetNames.RoleMap, 1, header);

        Assert.Equal("Refuse Loader/Driver", Cell("Role").GetString());
        Assert.Equal("Waste", Cell("Service area").GetString());
        Assert.Equal((XLDataType.Number, 42.0), (Cell("Headcount").DataType, Cell("Headcount").GetDouble()));
        Assert.Equal("Confirmed", Cell("Mapping status").GetString());
        Assert.Equal("No", Cell("Needs review").GetString());
        Assert.Equal("ST0257", Cell("Standard reference").GetString());
        Assert.Equal("Large goods vehicle (LGV) driver C and E", Cell("Standard title").GetString());
        Assert.Equal(2.0, Cell("Level").GetDouble());
        Assert.Equal("Transport and logistics", Cell("Route").GetString());
        Assert.Equal(13.0, Cell("Typical duration (months)").GetDouble());
        Assert.Equal((XLDataType.Number, 7000.0), (Cell("Maximum funding").DataType, Cell("Maximum funding").GetDouble()));
        Assert.Equal("\"£\"#,##0", Cell("Maximum funding").Style.NumberFormat.Format);
        Assert.Equal("Approved for delivery", Cell("Standard status").GetString());
        Assert.Equal("High", Cell("Confidence").GetString());
        Assert.Equal("Pat Jones", Cell("Confirmed by").GetString());
        Assert.Equal("ST0014; ST0326", Cell("Alternative standards").GetString());
        Assert.Equal("#,##0", Cell("Headcount").Style.NumberFormat.Format);
    }

    [Fact]
    public void Role_CarriesEverythingTheCouncilImportedOrTyped_AndItsDecisionRecord()
    {
        var role = A.Role("Refuse Loader/Driver") with
        {
            Department = "Collections team", JobFamily = "Operational", Grade = "Grade 4", Fte = 37.5m,
            Notes = "Two posts vacant\nRecruiting in spring", DecisionNote = "Licence needed first",
            DecisionHistory = "3 Dec 2026, Pat Jones: Confirmed ST0257 Large goods vehicle (LGV) driver C and E (level 2) as the main standard.",
        };
        using var book = Exported.Of(A.CouncilMap.WithRoles(role));
        IXLCell Cell(string header) => book.Cell(SheetNames.RoleMap, 1, header);

        Assert.Equal(("Collections team", "Operational", "Grade 4"), (Cell("Department or team").GetString(), Cell("Job family").GetString(), Cell("Grade").GetString()));
        Assert.Equal((XLDataType.Number, 37.5), (Cell("FTE").DataType, Cell("FTE").GetDouble()));
        Assert.Equal("Two posts vacant\nRecruiting in spring", Cell("Notes").GetString());
        Assert.Equal("Licence needed first", Cell("Decision note").GetString());
        Assert.StartsWith("3 Dec 2026, Pat Jones: Confirmed ST0257", Cell("Decision history").GetString(), StringComparison.Ordinal);
        Assert.True(Cell("Decision history").Style.Alignment.WrapText);
    }

    [Fact]
    public void ConfirmedOn_IsTheUkDate_FormattedDayMonthYear()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
        var role = A.Role("Refuse Loader") with { ConfirmedAtUtc = new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc) };
        using var book = Exported.Of(A.CouncilMap.WithRoles(role));

        var cell = book.Cell(SheetNames.RoleMap, 1, "Confirmed on");

        Assert.Equal(XLDataType.DateTime, cell.DataType);
        Assert.Equal(new DateTime(2026, 7, 1), cell.GetDateTime());
        Assert.Equal("dd/mm/yyyy", cell.Style.NumberFormat.Format);
    }

    [Fact]
    public void NeedsReview_ShowsYesAndTheReason()
    {
        var role = A.Role("Refuse Loader") with { NeedsReview = true, ReviewReason = "Standard retired on 01/02/2026", StandardStatus = "Retired" };
        using var book = Exported.Of(A.CouncilMap.WithRoles(role));

        Assert.Equal("Yes", book.Cell(SheetNames.RoleMap, 1, "Needs review").GetString());
        Assert.Equal("Standard retired on 01/02/2026", book.Cell(SheetNames.RoleMap, 1, "Review reason").GetString());
        Assert.Equal("Retired", book.Cell(SheetNames.RoleMap, 1, "Standard status").GetString());
    }

    [Fact]
    public void RolesWithoutAStandard_LeaveItsCellsEmpty()
    {
        using var book = Exported.Of(A.CouncilMap.WithRoles(A.UnmappedRole("Park Ranger", headcount: null)));

        Assert.Equal("Unmapped", book.Cell(SheetNames.RoleMap, 1, "Mapping status").GetString());
        foreach (var header in new[] { "Headcount", "Standard reference", "Level", "Maximum funding", "Confirmed on", "Standard page" })
        {
            Assert.True(book.Cell(SheetNames.RoleMap, 1, header).IsEmpty(), header);
        }
    }

    [Fact]
    public void StandardPage_IsAHyperlinkToTheOfficialPage()
    {
        const string url = "https://skillsengland.education.gov.uk/apprenticeships/st0257-v1-1";
        using var book = Exported.Of(A.CouncilMap.WithRoles(A.Role("Refuse Loader") with { StandardPageUrl = url }));

        var cell = book.Cell(SheetNames.RoleMap, 1, "Standard page");

        Assert.Equal(url, cell.GetString());
        Assert.True(cell.HasHyperlink);
        Assert.Equal(new Uri(url), cell.GetHyperlink().ExternalAddress);
    }

    [Fact]
    public void StandardPages_OfManyRoles_AreEachTheirOwnHyperlink()
    {
        static string Page(int i) => $"https://skillsengland.education.gov.uk/apprenticeships/st{i:D4}-v1-0";
        var roles = Enumerable.Range(1, 300).Select(i => A.Role($"Role {i:D3}") with { StandardPageUrl = i % 3 == 0 ? null : Page(i) });
        using var book = Exported.Of(A.CouncilMap.WithRoles([.. roles]));

        var sheet = book.Sheet(SheetNames.RoleMap);

        Assert.Equal(200, sheet.Hyperlinks.Count());
        Assert.All(Enumerable.Range(1, 300), i =>
        {
            var cell = book.Cell(SheetNames.RoleMap, i, "Standard page");
            Assert.Equal(i % 3 != 0, cell.HasHyperlink);
            if (cell.HasHyperlink)
            {
                Assert.Equal(new Uri(Page(i)), cell.GetHyperlink().ExternalAddress);
                Assert.Equal(XLFontUnderlineValues.Single, cell.Style.Font.Underline);
            }
        });
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///C:/Windows/System32/calc.exe")]
    [InlineData("skillsengland.education.gov.uk/apprenticeships/st0257")]
    public void StandardPage_ThatIsNotAWebAddress_IsPlainText(string address)
    {
        using var book = Exported.Of(A.CouncilMap.WithRoles(A.Role("Refuse Loader") with { StandardPageUrl = address }));

        var cell = book.Cell(SheetNames.RoleMap, 1, "Standard page");

        Assert.Equal(address, cell.GetString());
        Assert.False(cell.HasHyperlink);
    }
}
