using Moq;
using RoleMapper.Core.RoleMap;
using static RoleMapper.TestSupport.Matchers;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>
/// Starting a council from the sector role map through Core's <see cref="StarterRoles"/>, on the small 22 Aug 2026 feed,
/// with a small map of four roles and a fake matcher whose suggestions each test states.
/// </summary>
public abstract class StarterRolesTests(DatabaseProvider provider) : WorkspaceTest(provider, RepoPaths.SmallNewFeed)
{
    public sealed class OnSqlite() : StarterRolesTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : StarterRolesTests(DatabaseProvider.Postgres);

    private static readonly IReadOnlyList<MappedRole> Map =
    [
        Role("software-developer", "ICT and Digital", "Software Developer", ["ST0116", "ST0384"], "Builds and maintains the council's software"),
        Role("ict-team-leader", "ICT and Digital", "ICT Team Leader", ["ST0384"], "Leads a small team of ICT staff"),
        // ST0108 is retired in the feed, so the map's first approved standard is ST0005.
        Role("care-worker", "Adult Social Care", "Care Worker", ["ST0108", "ST0005"], "Personal care at home"),
        Role("canvasser", "Elections and Electoral Services", "Canvasser", [], "Seasonal door-to-door work; no standard fits"),
    ];

    protected override void Configure(IServiceCollection services)
    {
        var map = new Mock<IRoleMapSource>();
        map.Setup(m => m.LoadAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Map);
        services.AddSingleton(map.Object);
    }

    [Fact]
    public async Task Add_GivesEachRoleTheMapsFirstStandardAsASuggestion_NamingTheMap_AndConfirmsNone()
    {
        Matcher.Suggests("Software Developer", Candidate("ST0116", Confidence.High, "the sector role map, which maps 'Software Developer' to Software developer"));
        await using var workspace = Database.WorkspaceFor(Council);

        var outcome = await workspace.Get<StarterRoles>().AddAsync([StarterRoles.All], "pat@council.example", default);

        Assert.Equal(new StarterOutcome(Chosen: 4, Added: 4, AddedWithoutStandard: 1, AlreadySaved: 0), outcome);
        var saved = await Database.ContextFor(Council).JobRoles.AsNoTracking().Include(r => r.Standards).ToDictionaryAsync(r => r.Title);
        var developer = saved["Software Developer"];
        Assert.Equal((MappingStatus.Suggested, "ST0116", "ICT and Digital", "Professional"),
            (developer.Status, developer.SuggestedReference, developer.ServiceArea, developer.JobFamily));
        Assert.Equal("The sector role map maps 'Software Developer' to Software developer: Builds and maintains the council's software", developer.SuggestedReason);
        Assert.Equal(("ST0005", MappingStatus.Suggested), (saved["Care Worker"].SuggestedReference, saved["Care Worker"].Status));
        Assert.StartsWith("The sector role map maps 'Care Worker' to Adult care worker: ", saved["Care Worker"].SuggestedReason, StringComparison.Ordinal);
        Assert.DoesNotContain(saved.Values, r => r.Status == MappingStatus.Confirmed || r.Standards.Count > 0 || r.MappedUtc is not null);
        Assert.Equal(0, await Database.ContextFor(Council).RoleDecisions.CountAsync());
    }

    [Fact]
    public async Task Add_TheMatcherAgrees_ItsConfidenceStands_ElseTheMapsStandardIsOnlyMedium()
    {
        Matcher.Suggests("Software Developer", Candidate("ST0116", Confidence.High));
        Matcher.Suggests("ICT Team Leader", Candidate("ST0070", Confidence.High));
        await using var workspace = Database.WorkspaceFor(Council);

        await workspace.Get<StarterRoles>().AddAsync(["ict and digital"], "test", default);

        var saved = await Database.ContextFor(Council).JobRoles.AsNoTracking().ToDictionaryAsync(r => r.Title, r => (r.SuggestedReference, r.SuggestedConfidence));
        Assert.Equal(2, saved.Count);
        Assert.Equal(("ST0116", Confidence.High), saved["Software Developer"]);
        // The matcher disagreed (High for another standard): people's mapping leads, but not as High, so bulk confirmation leaves it.
        Assert.Equal(("ST0384", Confidence.Medium), saved["ICT Team Leader"]);
    }

    [Fact]
    public async Task Add_ARoleNoStandardFits_IsUnmapped_WithTheMapsReason()
    {
        // The matcher offers a weak standard; the map's word that none fits wins.
        Matcher.Suggests("Canvasser", Candidate("ST0072", Confidence.Low));
        await using var workspace = Database.WorkspaceFor(Council);

        var outcome = await workspace.Get<StarterRoles>().AddAsync(["Elections and Electoral Services"], "test", default);

        Assert.Equal((1, 1), (outcome.Added, outcome.AddedWithoutStandard));
        var canvasser = await Database.ContextFor(Council).JobRoles.AsNoTracking().SingleAsync();
        Assert.Equal((MappingStatus.Unmapped, null, null), (canvasser.Status, canvasser.SuggestedReference, canvasser.SuggestedConfidence));
        Assert.Equal("The sector role map says no standard fits 'Canvasser': Seasonal door-to-door work; no standard fits", canvasser.SuggestedReason);
    }

    [Fact]
    public async Task Add_RolesTheCouncilAlreadyHas_AreSkipped_AndKeepTheirDecisions()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var mine = await workspace.ConfirmedRoleAsync("software developer", "ST0384");
        await workspace.Db.JobRoles.Where(r => r.Id == mine.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ServiceArea, "ICT AND DIGITAL"));

        var outcome = await workspace.Get<StarterRoles>().AddAsync(["ICT and Digital"], "test", default);
        var areas = await workspace.Get<StarterRoles>().AreasAsync(default);

        Assert.Equal(new StarterOutcome(Chosen: 2, Added: 1, AddedWithoutStandard: 0, AlreadySaved: 1), outcome);
        var saved = await Database.ContextFor(Council).JobRoles.AsNoTracking().Include(r => r.Standards).ToListAsync();
        Assert.Equal(2, saved.Count);
        var kept = saved.Single(r => r.Id == mine.Id);
        Assert.Equal((MappingStatus.Confirmed, "ST0384"), (kept.Status, kept.Standards.Single().Reference));
        Assert.Equal(new StarterArea("ICT and Digital", Roles: 2, AlreadySaved: 2, FitNoStandard: 0), areas.Single(a => a.Name == "ICT and Digital"));
    }

    [Fact]
    public async Task Areas_AreListedAToZ_WithTheirCounts()
    {
        await using var workspace = Database.WorkspaceFor(Council);

        var areas = await workspace.Get<StarterRoles>().AreasAsync(default);

        Assert.Equal(
        [
            new StarterArea("Adult Social Care", 1, 0, 0),
            new StarterArea("Elections and Electoral Services", 1, 0, 1),
            new StarterArea("ICT and Digital", 2, 0, 0),
        ], areas);
    }

    [Fact]
    public async Task Add_NoAreaOfTheMap_AddsNothing()
    {
        await using var workspace = Database.WorkspaceFor(Council);

        var outcome = await workspace.Get<StarterRoles>().AddAsync(["Space Programme", ""], "test", default);

        Assert.Equal(0, outcome.Chosen);
        Assert.Equal(0, await Database.ContextFor(Council).JobRoles.CountAsync());
    }

    private static MappedRole Role(string id, string area, string title, string[] standards, string reason) =>
        new(id, area, title, "Professional", [], standards, reason, "2026-08-22");
}
