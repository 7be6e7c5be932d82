using static RoleMapper.TestSupport.Matchers;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>
/// The cached top suggestion of each role, kept by Core's <see cref="RoleSuggestions"/> from a fake matcher whose answers
/// each test states (the real matcher's after a feed import: Search.Tests' SuggestionsAfterImportTests).
/// </summary>
public abstract class RoleSuggestionsTests(DatabaseProvider provider) : WorkspaceTest(provider, RepoPaths.SmallOldFeed)
{
    public sealed class OnSqlite() : RoleSuggestionsTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : RoleSuggestionsTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Refresh_FillsTheMatchersBestAndSetsTheStatus_AndWritesNothingWhenNothingChanged()
    {
        Matcher.Suggests("Software Developer", Candidate("ST0116", Confidence.High, "typical job title 'Software developer'"), Candidate("ST0117"));
        Matcher.Suggests("Dental Technician", Candidate("ST0108", Confidence.Medium));
        await using var workspace = Database.WorkspaceFor(await Database.CouncilAsync());
        await workspace.Db.JobRoles.AddRangeAsync(new JobRole { Title = "Software Developer" }, new JobRole { Title = "Qzxv Wplk" },
            new JobRole { Title = "Dental Technician", Status = MappingStatus.NoSuitableStandard });
        await workspace.Db.SaveChangesAsync();

        var changed = await workspace.Suggestions.RefreshAllAsync(default);

        var roles = await workspace.Db.JobRoles.AsNoTracking().ToDictionaryAsync(r => r.Title);
        Assert.Equal(3, changed);
        Assert.Equal((MappingStatus.Suggested, "ST0116", Confidence.High, "typical job title 'Software developer'"),
            (roles["Software Developer"].Status, roles["Software Developer"].SuggestedReference, roles["Software Developer"].SuggestedConfidence, roles["Software Developer"].SuggestedReason));
        Assert.Equal((MappingStatus.Unmapped, null), (roles["Qzxv Wplk"].Status, roles["Qzxv Wplk"].SuggestedReference));
        // A decision already made is not undone by a suggestion.
        Assert.Equal((MappingStatus.NoSuitableStandard, "ST0108"), (roles["Dental Technician"].Status, roles["Dental Technician"].SuggestedReference));
        Assert.Equal(0, await workspace.Suggestions.RefreshAllAsync(default));
    }

    [Fact]
    public async Task Refresh_SkipsStandardsTheCouncilRejectedForThatRole()
    {
        Matcher.Suggests("Software Developer", Candidate("ST0116"), Candidate("ST0117", Confidence.Medium));
        await using var workspace = Database.WorkspaceFor(await Database.CouncilAsync());
        var added = await workspace.Roles.AddAsync([new RoleDetails("Software Developer"), new RoleDetails("Software Developer") { ServiceArea = "Elsewhere" }], "test", default);
        var (rejecting, other) = (added[0], added[1]);
        Assert.Equal("ST0116", rejecting.SuggestedReference);

        await workspace.Mapping.RejectAsync(rejecting.Id, "ST0116", null, new Decider(null, "test"), default);

        await using var check = Database.ContextFor(workspace.Db.CurrentOrganisationId!.Value);
        var saved = await check.JobRoles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.SuggestedReference);
        Assert.Equal("ST0117", saved[rejecting.Id]);
        Assert.Equal("ST0116", saved[other.Id]);
    }

    [Fact]
    public async Task AFeedImport_RefreshesTheSuggestionsOfEveryCouncil()
    {
        Matcher.Suggests("Dental Technician", Candidate("ST0108"));
        var councils = new[] { await Database.CouncilAsync(), await Database.CouncilAsync() };
        foreach (var council in councils)
        {
            await using var workspace = Database.WorkspaceFor(council);
            await workspace.Roles.AddAsync([new RoleDetails("Dental Technician")], "test", default);
        }
        // What the matcher says once the new feed has retired ST0108.
        Matcher.Suggests("Dental Technician", Candidate("ST0109", Confidence.Medium));

        await Database.ImportAsync(RepoPaths.SmallNewFeed);

        await using var check = Database.NewContext();
        var after = await check.JobRoles.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
            .Where(r => councils.Contains(r.OrganisationId)).Select(r => r.SuggestedReference).ToListAsync();
        Assert.Equal(["ST0109", "ST0109"], after);
    }
}
