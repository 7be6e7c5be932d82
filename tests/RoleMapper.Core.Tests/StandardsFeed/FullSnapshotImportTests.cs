using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>The two full real snapshots give exact figures (shared/data/ifate/SOURCE.md, "Differences between the two snapshots").</summary>
public sealed class FullSnapshotImportTests
{
    [Fact]
    public async Task OldThenNewSnapshot_MatchesTheKnownDifferences()
    {
        await using var db = await TestDatabase.CreateAsync();

        var first = await db.ImportAsync(RepoPaths.FullOldFeed);
        var second = await db.ImportAsync(RepoPaths.FullNewFeed);

        Assert.Equal(ImportOutcome.Succeeded, first.Outcome);
        Assert.Equal(1594, first.Records);
        Assert.Equal(715, first.Approved);
        Assert.Equal(ImportOutcome.Succeeded, second.Outcome);
        Assert.Equal(1950, second.Records);
        Assert.Equal(369, second.Added);
        Assert.Equal(13, second.Vanished);
        Assert.Equal(298, second.StatusChanges);
        Assert.Equal(713, second.Approved);
        Assert.Equal(241, second.ApprovedVersionChanges);
        Assert.Equal(21, second.NewlyApproved);
        Assert.Equal(23, second.NoLongerApproved);
        Assert.Empty(second.Errors);

        await using var context = db.NewContext();
        var changes = await context.StandardChanges.Where(c => c.ImportRunId == second.Id && c.Kind == ChangeKind.StatusChanged).ToListAsync();
        Assert.Equal(264, changes.Count(c => c is { OldStatus: StandardStatus.ApprovedForDelivery, NewStatus: StandardStatus.Retired }));
        Assert.Equal(15, changes.Count(c => c is { OldStatus: StandardStatus.InDevelopment, NewStatus: StandardStatus.ApprovedForDelivery }));
        Assert.Equal(11, changes.Count(c => c is { OldStatus: StandardStatus.InDevelopment, NewStatus: StandardStatus.Retired }));
        Assert.Equal(7, changes.Count(c => c is { OldStatus: StandardStatus.ProposalInDevelopment, NewStatus: StandardStatus.InDevelopment }));
        Assert.Equal(1, changes.Count(c => c is { OldStatus: StandardStatus.InDevelopment, NewStatus: StandardStatus.Withdrawn }));
        Assert.Equal(1594 + 369, await context.StandardVersions.CountAsync());
    }
}
