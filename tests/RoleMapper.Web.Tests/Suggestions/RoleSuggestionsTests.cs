using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Workspace;
using RoleMapper.Search;
using RoleMapper.Search.Suggestions;
using RoleMapper.TestSupport;

namespace RoleMapper.Web.Tests.Suggestions;

/// <summary>
/// The cached top suggestion of each role, on the small feed fixtures with Core and Search wired as the hosts wire
/// them (here because this project already references Search). Rankings are not assumed: only what must hold whatever
/// the matcher's method, such as a retired standard never being suggested.
/// </summary>
public sealed class RoleSuggestionsTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(configure: s => s.AddRoleMapperSearch(new ConfigurationBuilder().Build()));
        await database.ImportAsync(RepoPaths.SmallOldFeed);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private RoleSuggestions Suggestions => database.Services.GetRequiredService<RoleSuggestions>();

    [Fact]
    public async Task Refresh_FillsTheMatchersBestAndSetsTheStatus()
    {
        var council = await database.CouncilAsync();
        await using var db = database.ContextFor(council);
        db.JobRoles.AddRange(new JobRole { Title = "Software Developer" }, new JobRole { Title = "Qzxv Wplk" },
            new JobRole { Title = "Dental Technician", Status = MappingStatus.NoSuitableStandard });
        await db.SaveChangesAsync();

        var changed = await Suggestions.RefreshAsync(db, null, default);

        var roles = await db.JobRoles.AsNoTracking().ToDictionaryAsync(r => r.Title);
        var best = database.Services.GetRequiredService<StandardMatcher>().Match("Software Developer").Best!;
        Assert.Equal(3, changed);
        Assert.Equal((MappingStatus.Suggested, best.Reference, best.Confidence, best.Reason),
            (roles["Software Developer"].Status, roles["Software Developer"].SuggestedReference, roles["Software Developer"].SuggestedConfidence, roles["Software Developer"].SuggestedReason));
        Assert.Equal((MappingStatus.Unmapped, null), (roles["Qzxv Wplk"].Status, roles["Qzxv Wplk"].SuggestedReference));
        // A decision already made is not undone by a suggestion.
        Assert.Equal(MappingStatus.NoSuitableStandard, roles["Dental Technician"].Status);
        Assert.NotNull(roles["Dental Technician"].SuggestedReference);
        Assert.Equal(0, await Suggestions.RefreshAsync(db, null, default));
    }

    [Fact]
    public async Task Refresh_SkipsStandardsTheCouncilRejectedForThatRole()
    {
        var council = await database.CouncilAsync();
        await using var db = database.ContextFor(council);
        var rejecting = new JobRole { Title = "Software Developer" };
        var other = new JobRole { Title = "Software Developer", ServiceArea = "Elsewhere" };
        db.JobRoles.AddRange(rejecting, other);
        await db.SaveChangesAsync();
        await Suggestions.RefreshAsync(db, null, default);
        var top = rejecting.SuggestedReference!;
        db.RoleStandards.Add(new RoleStandard { JobRoleId = rejecting.Id, Reference = top, Kind = RoleStandardKind.Rejected });
        await db.SaveChangesAsync();

        await Suggestions.RefreshAsync(db, [rejecting.Id], default);

        Assert.NotEqual(top, rejecting.SuggestedReference);
        Assert.Equal(top, other.SuggestedReference);
    }

    [Fact]
    public async Task NewerFeed_RefreshesEveryCouncil_AndNeverSuggestsARetiredStandard()
    {
        var first = await database.CouncilAsync();
        var second = await database.CouncilAsync();
        var before = new DateTime(2025, 5, 30, 0, 0, 0, DateTimeKind.Utc);
        foreach (var council in new[] { first, second })
        {
            await using var db = database.ContextFor(council);
            // As the older feed left it: ST0108 was approved then; the newer feed retires it.
            db.JobRoles.Add(new JobRole { Title = "Dental Technician", Status = MappingStatus.Suggested, SuggestedReference = "ST0108", SuggestedUtc = before });
            await db.SaveChangesAsync();
        }

        await database.ImportAsync(RepoPaths.SmallNewFeed);

        await using var check = database.NewContext();
        var after = await check.JobRoles.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
            .Where(r => r.OrganisationId == first || r.OrganisationId == second).Select(r => new { r.SuggestedReference, r.SuggestedUtc }).ToListAsync();
        Assert.Equal(2, after.Count);
        Assert.All(after, r => Assert.NotEqual("ST0108", r.SuggestedReference));
        Assert.All(after, r => Assert.True(r.SuggestedUtc > before));
    }
}
