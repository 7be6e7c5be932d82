using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>
/// Mappings made on the 29 May 2025 feed, then the 22 Aug 2026 feed imported: ST0116 moved from 1.1 to 1.2, ST0002
/// from 1.2 to 2.0, ST0108 was retired, ST0070 did not change.
/// </summary>
public abstract class FlagMappingsForReviewTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : FlagMappingsForReviewTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : FlagMappingsForReviewTests(DatabaseProvider.Postgres);

    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider: provider);
        await database.ImportAsync(RepoPaths.SmallOldFeed);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task NewerFeed_FlagsConfirmedRolesWhoseStandardMovedOn_WithTheReason()
    {
        var council = await database.CouncilAsync();
        var other = await database.CouncilAsync();
        int developer, dental, admin, finance, suggested, rejected, otherDeveloper;
        await using (var workspace = database.WorkspaceFor(council))
        {
            developer = (await workspace.ConfirmedRoleAsync("Software Developer", "ST0116")).Id;
            dental = (await workspace.ConfirmedRoleAsync("Dental Technician", "ST0108")).Id;
            admin = (await workspace.ConfirmedRoleAsync("Business Administrator", "ST0070")).Id;
            finance = (await workspace.ConfirmedRoleAsync("Finance Officer", "ST0070", "ST0002")).Id;
            suggested = (await workspace.Db.RoleAsync("Developer", r => (r.Status, r.SuggestedReference) = (MappingStatus.Suggested, "ST0116"))).Id;
            var role = await workspace.Db.RoleAsync("Practice Manager");
            await workspace.Mapping.RejectAsync(role.Id, "ST0109", null, Workspaces.Person, default);
            rejected = role.Id;
        }
        await using (var workspace = database.WorkspaceFor(other))
        {
            otherDeveloper = (await workspace.ConfirmedRoleAsync("Web Developer", "ST0116")).Id;
        }

        await database.ImportAsync(RepoPaths.SmallNewFeed);

        await using var check = database.NewContext();
        var roles = await check.JobRoles.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
            .ToDictionaryAsync(r => r.Id, r => (r.NeedsReview, r.ReviewReason, r.ReviewFlaggedUtc));
        Assert.Equal((true, "ST0116 moved from version 1.1 to 1.2 on 22/08/2026"), (roles[developer].NeedsReview, roles[developer].ReviewReason));
        Assert.NotNull(roles[developer].ReviewFlaggedUtc);
        Assert.Equal((true, "ST0108 is no longer approved (retired)"), (roles[dental].NeedsReview, roles[dental].ReviewReason));
        Assert.Equal((true, "Alternative ST0002 moved from version 1.2 to 2.0 on 22/08/2026"), (roles[finance].NeedsReview, roles[finance].ReviewReason));
        Assert.True(roles[otherDeveloper].NeedsReview);
        Assert.False(roles[admin].NeedsReview);
        Assert.False(roles[suggested].NeedsReview);
        Assert.False(roles[rejected].NeedsReview);
    }

    [Fact]
    public async Task ConfirmingAgain_ClearsTheFlagAndRecordsTheNewVersion()
    {
        var council = await database.CouncilAsync();
        await using (var workspace = database.WorkspaceFor(council))
        {
            await workspace.ConfirmedRoleAsync("Software Developer", "ST0116");
        }
        await database.ImportAsync(RepoPaths.SmallNewFeed);

        await using var again = database.WorkspaceFor(council);
        var role = await again.Db.JobRoles.SingleAsync();
        Assert.True(role.NeedsReview);
        await again.Mapping.ConfirmAsync(role.Id, "ST0116", "Checked the 1.2 changes", Workspaces.Person, default);

        await using var check = database.ContextFor(council);
        var saved = await check.LoadAsync(role.Id);
        Assert.Equal((false, null, null), (saved.NeedsReview, saved.ReviewReason, saved.ReviewFlaggedUtc));
        Assert.Equal("1.2", saved.Standards.Single().VersionWhenDecided);
    }

    [Fact]
    public async Task SameFeedAgain_FlagsNothing()
    {
        var council = await database.CouncilAsync();
        await using (var workspace = database.WorkspaceFor(council))
        {
            await workspace.ConfirmedRoleAsync("Software Developer", "ST0116");
        }

        await database.ImportAsync(RepoPaths.SmallOldFeed);

        await using var check = database.ContextFor(council);
        Assert.False(await check.JobRoles.AnyAsync(r => r.NeedsReview));
    }

    [Theory]
    [InlineData(StandardStatus.Withdrawn, true, "ST0870 is no longer approved (withdrawn)")]
    [InlineData(StandardStatus.ApprovedForDelivery, false, "ST0870 is no longer approved (no longer in the feed)")]
    public void Reason_WhenNoVersionIsApproved_SaysWhy(StandardStatus status, bool listed, string expected)
    {
        var versions = new[] { new VersionState("1.0", 1, 0, status, listed) };

        Assert.Equal(expected, ReviewReasons.For("ST0870", "1.0", versions, new DateOnly(2026, 8, 22)));
    }

    [Fact]
    public void Reason_WhenTheDecidedVersionIsStillApproved_IsNone()
    {
        var versions = new[] { new VersionState("1.0", 1, 0, StandardStatus.Retired, true), new VersionState("1.1", 1, 1, StandardStatus.ApprovedForDelivery, true) };

        Assert.Null(ReviewReasons.For("ST0070", "1.1", versions, new DateOnly(2026, 8, 22)));
    }
}
