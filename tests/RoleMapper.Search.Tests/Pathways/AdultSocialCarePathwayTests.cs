using RoleMapper.Core.Maturity;
using RoleMapper.Core.Pathways;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;

namespace RoleMapper.Search.Tests.Pathways;

/// <summary>
/// Career pathways from the real 22 Aug 2026 snapshot (its Care services, Health and science and Business and
/// administration records, streamed out of the bundled file) and the sector role map built into Search: adult social
/// care gives Adult care worker L2, Lead adult care worker L3, Lead practitioner in adult care L4, Leader in adult care L5.
/// </summary>
public sealed class AdultSocialCarePathwayTests(AdultSocialCarePathwayTests.Snapshot snapshot) : IClassFixture<AdultSocialCarePathwayTests.Snapshot>
{
    private readonly TestDatabase database = snapshot.Database;
    private readonly int council = snapshot.Council;

    /// <summary>The filtered snapshot imported once for the class (streaming it out of the 72 MB file takes a while), and
    /// a council with adult social care roles. The tests only read it, or save pathways the others do not look at.</summary>
    public sealed class Snapshot : IAsyncLifetime
    {
        private static readonly string[] Routes = ["Care services", "Health and science", "Business and administration"];
        private readonly string folder = Path.Combine(Path.GetTempPath(), "rolemapper-tests", Guid.NewGuid().ToString("N"));

        public TestDatabase Database { get; private set; } = null!;
        public int Council { get; private set; }

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync(configure: s =>
            {
                s.AddSingleton<IRoleMapSource>(new RoleMapCsvSource(null));
                s.AddSingleton<ISectorRoleMap, RoleMapForPathways>();
            });
            var feed = FeedFixtures.WriteFiltered(RepoPaths.FullNewFeed, folder,
                (record, _) => Routes.Contains(record.GetProperty("route").GetString()));
            await Database.ImportAsync(feed);
            Council = await Database.CouncilAsync();
            await using var db = Database.ContextFor(Council);
            db.JobRoles.Add(Seed.Role("Care Worker", "Adult Social Care", 120).ConfirmedAs("ST0005"));
            db.JobRoles.Add(Seed.Role("Senior Care Worker", "Adult Social Care", 30).ConfirmedAs("ST0006"));
            db.JobRoles.Add(Seed.Role("Registered Care Home Manager", "Adult Social Care", 4).ConfirmedAs("ST0008"));
            db.JobRoles.Add(Seed.Role("Social Worker (Adults)", "Adult Social Care", 40).ConfirmedAs("ST0510"));
            db.JobRoles.Add(Seed.Role("Payroll Officer", "Finance"));
            await db.SaveChangesAsync();
        }

        public async Task DisposeAsync()
        {
            await Database.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> Rungs(Ladder ladder) =>
        ladder.Rungs.SelectMany(r => r.Standards.Select(s => $"L{r.Level} {s.Reference} {s.Title}"));

    [Fact]
    public async Task ServiceArea_AdultSocialCare_GivesTheAdultCareLadderWithTheCouncilsRolesOnIt()
    {
        await using var workspace = database.WorkspaceFor(council);

        var pathway = await workspace.Get<CareerPathways>().BuildAsync(PathwaySubject.ServiceArea, "adult social care", default);

        Assert.NotNull(pathway);
        Assert.Equal("Adult Social Care", pathway.Name);
        var ladder = pathway.Ladders[0];
        Assert.Equal(
            ["L2 ST0005 Adult care worker", "L3 ST0006 Lead adult care worker", "L4 ST0007 Lead practitioner in adult care", "L5 ST0008 Leader in adult care"],
            Rungs(ladder));
        Assert.Equal("Care services", ladder.Route);
        var onRungs = ladder.Rungs.SelectMany(r => r.Standards).ToDictionary(s => s.Reference);
        Assert.Equal(["Care Worker"], onRungs["ST0005"].CouncilRoles);
        Assert.Equal(["Registered Care Home Manager"], onRungs["ST0008"].CouncilRoles);
        Assert.Empty(onRungs["ST0007"].CouncilRoles);
        // The sector role map's adult social care roles whose first standard is the rung's.
        Assert.Contains("Care Worker", onRungs["ST0005"].SectorRoles);
        Assert.Contains("Senior Care Worker", onRungs["ST0006"].SectorRoles);
    }

    [Fact]
    public async Task ServiceArea_GivesItsMultiRungLadders_AndItsOtherStandardsOnceAsAList()
    {
        await using var workspace = database.WorkspaceFor(council);
        var sector = await workspace.Get<ISectorRoleMap>().LoadAsync(default);
        var areaStandards = sector.Where(r => r.ServiceArea == "Adult Social Care").SelectMany(r => r.Standards)
            .Concat(["ST0005", "ST0006", "ST0008", "ST0510"]).ToHashSet();

        var pathway = await workspace.Get<CareerPathways>().BuildAsync(PathwaySubject.ServiceArea, "Adult Social Care", default);

        Assert.NotNull(pathway);
        // Only fields with two or more levels are ladders; the adult care ladder comes first.
        Assert.All(pathway.Ladders, l => Assert.True(l.Rungs.Count >= 2, string.Join(" → ", Rungs(l))));
        Assert.Equal(["ST0005", "ST0006", "ST0007", "ST0008"], pathway.Ladders[0].Rungs.SelectMany(r => r.Standards).Select(s => s.Reference));
        // Social work has no other level: listed once among the others, with its level and the council's role, not as a ladder.
        var socialWork = Assert.Single(pathway.Others, s => s.Reference == "ST0510");
        Assert.Equal((6, "Social worker (integrated degree)"), (socialWork.Level, socialWork.Title));
        Assert.Equal(["Social Worker (Adults)"], socialWork.CouncilRoles);
        var onLadders = pathway.Ladders.SelectMany(l => l.Rungs).SelectMany(r => r.Standards).Select(s => s.Reference).ToList();
        var others = pathway.Others.Select(s => s.Reference).ToList();
        Assert.Equal(others.Distinct(), others);
        Assert.Empty(others.Intersect(onLadders));
        Assert.True(others.Count > 1, $"others: {string.Join(", ", others)}");
        Assert.All(others, r => Assert.Contains(r, areaStandards));
        Assert.Equal(pathway.Others.OrderBy(s => s.Level).Select(s => s.Level), pathway.Others.Select(s => s.Level));
        // Every approved standard the area uses is either on a ladder or listed.
        var approved = await workspace.Db.StandardVersions.Where(v => v.Status == RoleMapper.Core.Standards.StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null && v.Level > 0)
            .Select(v => v.Reference).Distinct().ToListAsync();
        Assert.Empty(areaStandards.Intersect(approved).Except(onLadders).Except(others));
        // The summary saved as evidence holds the ladders only, one a line.
        Assert.Equal(pathway.Ladders.Count, pathway.Summary.Split('\n').Length);
        Assert.DoesNotContain("ST0510", pathway.Summary);
    }

    [Fact]
    public async Task Standard_WithoutALadder_IsListed_AndCannotBeSavedAsAPathway()
    {
        await using var workspace = database.WorkspaceFor(council);
        var pathways = workspace.Get<CareerPathways>();

        var pathway = await pathways.BuildAsync(PathwaySubject.Standard, "ST0510", default);

        Assert.Empty(pathway!.Ladders);
        Assert.Equal("ST0510", Assert.Single(pathway.Others).Reference);
        Assert.Null(await pathways.SaveAsync(PathwaySubject.Standard, "ST0510", "hr@council.example", default));
    }

    [Fact]
    public async Task Standard_LeadAdultCareWorker_SitsOnTheSameLadder()
    {
        await using var workspace = database.WorkspaceFor(council);

        var pathway = await workspace.Get<CareerPathways>().BuildAsync(PathwaySubject.Standard, "st0006", default);

        Assert.Equal("ST0006 Lead adult care worker (level 3)", pathway!.Name);
        Assert.Equal(["ST0005", "ST0006", "ST0007", "ST0008"], Assert.Single(pathway.Ladders).Rungs.SelectMany(r => r.Standards).Select(s => s.Reference));
    }

    [Fact]
    public async Task Build_UnknownSubjects_AreNone()
    {
        await using var workspace = database.WorkspaceFor(council);
        var pathways = workspace.Get<CareerPathways>();

        Assert.Null(await pathways.BuildAsync(PathwaySubject.ServiceArea, "Harbours", default));
        Assert.Null(await pathways.BuildAsync(PathwaySubject.Standard, "ST9999", default));
        Assert.Null(await pathways.BuildAsync(PathwaySubject.ServiceArea, " ", default));
    }

    [Fact]
    public async Task Save_KeepsThePathwayAsEvidence_CountedByTheMaturityFigures_ListedAndDeletableByItsCouncilOnly()
    {
        int saved;
        await using (var workspace = database.WorkspaceFor(council))
        {
            var pathways = workspace.Get<CareerPathways>();
            var first = await pathways.SaveAsync(PathwaySubject.ServiceArea, "Adult Social Care", "hr@council.example", default);
            // Saving the same subject again replaces it.
            var again = await pathways.SaveAsync(PathwaySubject.ServiceArea, "Adult Social Care", "hr@council.example", default);
            Assert.Equal(first!.Id, again!.Id);
            await pathways.SaveAsync(PathwaySubject.Standard, "ST0006", "hr@council.example", default);
            saved = first.Id;

            var list = await pathways.SavedAsync(default);
            Assert.Equal(["Adult Social Care", "ST0006 Lead adult care worker (level 3)"], list.Select(p => p.Name));
            Assert.StartsWith("ST0005 Adult care worker (L2) → ST0006 Lead adult care worker (L3) → ST0007", list[0].Summary);
            // Only real ladders are saved: every line of the summary has two or more rungs.
            Assert.All(list[0].Summary.Split('\n'), line => Assert.Contains(" → ", line));
            var figures = await MaturityEvidenceFigures.LoadAsync(workspace.Db);
            Assert.Equal((1, 1), (figures.PathwayServiceAreas, figures.PathwayStandards));
        }

        var other = await database.CouncilAsync();
        await using (var theirs = database.WorkspaceFor(other))
        {
            Assert.Empty(await theirs.Get<CareerPathways>().SavedAsync(default));
            Assert.False(await theirs.Get<CareerPathways>().DeleteAsync(saved, default));
        }
        await using (var workspace = database.WorkspaceFor(council))
        {
            Assert.True(await workspace.Get<CareerPathways>().DeleteAsync(saved, default));
            Assert.Single(await workspace.Get<CareerPathways>().SavedAsync(default));
        }
    }
}
