using ClosedXML.Excel;

namespace RoleMapper.Core.Tests.Export;

/// <summary>Standards used, Skills gaps and Changes since last export: what each row shows, and in what order.</summary>
public sealed class SectionSheetTests
{
    [Fact]
    public void StandardsUsed_CountsConfirmedRolesAndTheirPosts_MostPostsFirst()
    {
        using var book = Exported.Of(A.CouncilMap.WithRoles(
            A.Role("Refuse Loader", "ST0001", headcount: 10),
            A.Role("Recycling Loader", "ST0001", headcount: 5),
            A.Role("Waste Loader", "st0001", headcount: null),
            A.Role("HGV Driver", "ST0257", headcount: 40),
            A.Role("Street Cleaner", "ST0999", headcount: 99) with { Status = MappingStatus.Suggested }));

        Assert.Equal(["ST0257", "ST0001"], book.Column(SheetNames.StandardsUsed, "Standard reference"));
        Assert.Equal(["1", "3"], book.Column(SheetNames.StandardsUsed, "Roles"));
        Assert.Equal(["40", "15"], book.Column(SheetNames.StandardsUsed, "Posts"));
        Assert.Equal("Standard ST0257", book.Cell(SheetNames.StandardsUsed, 1, "Standard title").GetString());
        Assert.Equal(5000.0, book.Cell(SheetNames.StandardsUsed, 1, "Maximum funding").GetDouble());
        Assert.Equal("\"£\"#,##0", book.Cell(SheetNames.StandardsUsed, 1, "Maximum funding").Style.NumberFormat.Format);
        Assert.True(book.Cell(SheetNames.StandardsUsed, 1, "Standard page").HasHyperlink);
    }

    [Fact]
    public void SkillsGaps_ShowEachGap_HighestPriorityAndOpenFirst()
    {
        var gap = A.Gap("Not enough qualified HGV drivers", GapPriority.High) with
        {
            RoleOrServiceArea = "Refuse Loader/Driver",
            PostsAffected = 12,
            HardToFill = true,
            SuccessionRisk = false,
            LinkedStandards = ["ST0257", "ST0014"],
            TargetDate = new DateOnly(2026, 9, 30),
        };
        using var book = Exported.Of(A.CouncilMap.WithGaps(
            A.Gap("Closed one", GapPriority.High, GapStatus.Closed),
            A.Gap("Low one", GapPriority.Low),
            gap,
            A.Gap("Planned", GapPriority.High, GapStatus.PlanInPlace)));
        IXLCell Cell(string header) => book.Cell(SheetNames.SkillsGaps, 1, header);

        Assert.Equal(["Not enough qualified HGV drivers", "Planned", "Closed one", "Low one"], book.Column(SheetNames.SkillsGaps, "Skills gap"));
        Assert.Equal(["Open", "Plan in place", "Closed", "Open"], book.Column(SheetNames.SkillsGaps, "Status"));
        Assert.Equal("Refuse Loader/Driver", Cell("Role or service area").GetString());
        Assert.Equal("High", Cell("Priority").GetString());
        Assert.Equal(12.0, Cell("Posts affected").GetDouble());
        Assert.Equal(("Yes", "No"), (Cell("Hard to fill").GetString(), Cell("Succession risk").GetString()));
        Assert.Equal("ST0257; ST0014", Cell("Linked standards").GetString());
        Assert.Equal(new DateTime(2026, 9, 30), Cell("Target date").GetDateTime());
        Assert.Equal("dd/mm/yyyy", Cell("Target date").Style.NumberFormat.Format);
        Assert.True(Cell("Skills gap").Style.Alignment.WrapText);
    }

    [Fact]
    public void Changes_ShowWhatChangedAndTheRolesItTouches_NewestFirst()
    {
        using var book = Exported.Of(A.CouncilMap.WithChanges(
            A.Change("ST0257", FeedChangeKind.NewVersion, "HGV Driver") with { ChangedOn = new DateOnly(2026, 1, 5) },
            A.Change("ST0001", FeedChangeKind.Retired, "Refuse Loader", "Recycling Loader") with { ChangedOn = new DateOnly(2026, 2, 20) },
            A.Change("ST0099", FeedChangeKind.Vanished, "Caretaker") with { ChangedOn = new DateOnly(2026, 2, 20) },
            A.Change("ST0014", FeedChangeKind.Withdrawn) with { ChangedOn = new DateOnly(2026, 1, 5) }));

        Assert.Equal(["ST0001", "ST0099", "ST0014", "ST0257"], book.Column(SheetNames.Changes, "Standard reference"));
        Assert.Equal(["Retired", "No longer in the feed", "Withdrawn", "New version"], book.Column(SheetNames.Changes, "What changed"));
        Assert.Equal(["2", "1", "0", "1"], book.Column(SheetNames.Changes, "Roles affected"));
        Assert.Equal("Refuse Loader; Recycling Loader", book.Cell(SheetNames.Changes, 1, "Role titles").GetString());
        Assert.Equal(new DateTime(2026, 2, 20), book.Cell(SheetNames.Changes, 1, "Date").GetDateTime());
        Assert.Equal("Standard ST0001", book.Cell(SheetNames.Changes, 1, "Standard title").GetString());
    }
}
