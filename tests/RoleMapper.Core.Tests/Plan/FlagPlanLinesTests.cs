using RoleMapper.Core.Plan;

namespace RoleMapper.Core.Tests.Plan;

/// <summary>
/// Lines planned on the 29 May 2025 feed, then the 22 Aug 2026 feed imported: ST0005's band went from £4,000 to
/// £4,500 (version 2.0), ST0108 was retired, ST0116 got version 1.2 at the same £18,000, ST0070 did not change.
/// </summary>
public abstract class FlagPlanLinesTests(DatabaseProvider provider) : Workspace.WorkspaceTest(provider, RepoPaths.SmallOldFeed)
{
    public sealed class OnSqlite() : FlagPlanLinesTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : FlagPlanLinesTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task NewerFeed_FlagsLinesWhoseStandardRetiredOrBandChanged_WithTheReason()
    {
        var council = Council;
        var other = await Database.CouncilAsync();
        await using (var workspace = Database.WorkspaceFor(council))
        {
            await workspace.AddAsync("ST0005", "2026-27", 10);
            await workspace.AddAsync("ST0108", "2026-27", 1);
            await workspace.AddAsync("ST0116", "2026-27", 2);
            await workspace.AddAsync("ST0070", "2027-28", 3);
        }
        await using (var workspace = Database.WorkspaceFor(other))
        {
            await workspace.AddAsync("ST0005", "2027-28", 1);
        }

        await Database.ImportAsync(RepoPaths.SmallNewFeed);

        await using var check = Database.NewContext();
        var lines = await check.PlanLines.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
            .ToDictionaryAsync(l => (l.OrganisationId, l.Reference), l => (l.NeedsReview, l.ReviewReason));
        Assert.Equal((true, "ST0005's funding band for 2026-27 changed from £4,000 to £4,500 on 22/08/2026"), lines[(council, "ST0005")]);
        Assert.Equal((true, "ST0108 is no longer approved (retired)"), lines[(council, "ST0108")]);
        Assert.Equal((false, null), lines[(council, "ST0116")]);
        Assert.Equal((false, null), lines[(council, "ST0070")]);
        Assert.Equal((true, "ST0005's funding band for 2027-28 changed from £4,000 to £4,500 on 22/08/2026"), lines[(other, "ST0005")]);
    }

    [Fact]
    public async Task Reviewing_ClearsTheFlagAndTakesTheNewBand_AndTheSameFeedAgainFlagsNothing()
    {
        var council = Council;
        await using (var workspace = Database.WorkspaceFor(council))
        {
            await workspace.AddAsync("ST0005", "2026-27", 10);
        }
        await Database.ImportAsync(RepoPaths.SmallNewFeed);

        await using (var workspace = Database.WorkspaceFor(council))
        {
            var flagged = Assert.Single((await workspace.Plan().GetAsync(default)).Lines);
            Assert.True(flagged.NeedsReview);
            Assert.Equal(45_000, flagged.Cost);
            Assert.True(await workspace.Plan().MarkReviewedAsync(flagged.Id, default));
        }
        await Database.ImportAsync(RepoPaths.SmallNewFeed);

        await using var check = Database.ContextFor(council);
        var line = await check.PlanLines.SingleAsync();
        Assert.Equal((false, null, null, 4_500), (line.NeedsReview, line.ReviewReason, line.ReviewFlaggedUtc, line.PricedAt));
    }
}
