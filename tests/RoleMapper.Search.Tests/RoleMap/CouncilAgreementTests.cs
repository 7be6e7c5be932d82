using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Search.Indexing;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Tests.RoleMap;

/// <summary>Council agreement counted across councils from confirmed mappings in a real SQLite database.</summary>
public sealed class CouncilAgreementTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepoPaths.SmallNewFeed);
        // Five councils confirmed ST0070 for the same role, written five ways; four confirmed ST0072 for another role.
        string[] businessSupport = ["Business Support Officer", "Business Support Officer (2 posts)", "Business Support Officer - North",
            "business support officer", "Business Support Officer (Ref 4411)"];
        for (var i = 0; i < 5; i++)
        {
            await using var db = await database.NewCouncilContextAsync();
            db.JobRoles.Add(Seed.Role(businessSupport[i]).ConfirmedAs("ST0070"));
            if (i < 4)
            {
                db.JobRoles.Add(Seed.Role("Contact Centre Agent").ConfirmedAs("ST0072"));
            }
            // A suggestion nobody confirmed counts for nothing.
            db.JobRoles.Add(Seed.Role("Contact Centre Agent").SuggestedAs("ST0070"));
            await db.SaveChangesAsync();
        }
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private CouncilAgreement Agreement() =>
        new(database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(), TitleParser.Load());

    [Fact]
    public async Task AStandard_CountsForATitleReadAlikeOnceFiveCouncilsConfirmedIt()
    {
        var agreed = await Agreement().LoadAsync();
        var title = Assert.Single(agreed);
        Assert.Equal("business support officer", title.Title);
        Assert.Equal(["ST0070"], title.Standards);
        Assert.True(title.Councils >= CouncilAgreement.MinimumCouncils);
    }

    [Fact]
    public async Task TheIndexBuild_UsesItAndTheReasonNamesNoCouncil()
    {
        var contexts = database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>();
        var parser = TitleParser.Load();
        using var index = new StandardsIndex(contexts, NullLogger<StandardsIndex>.Instance, parser, new NoRoleMap(), Agreement());
        await index.RebuildAsync();
        Assert.Equal(1, index.KnownTitleCount);
        var best = new StandardMatcher(index, parser).Match("Business Support Officer").Best!;
        Assert.Equal("ST0070", best.Reference);
        Assert.Contains("5 or more councils that confirmed Business administrator for", best.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Seeded Council", best.Reason, StringComparison.Ordinal);
    }
}
