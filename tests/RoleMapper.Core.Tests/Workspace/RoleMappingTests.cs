using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Workspace;
using RoleMapper.TestSupport;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>The decisions a council makes about a role's standards, on the small 22 Aug 2026 feed.</summary>
public sealed class RoleMappingTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private int council;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepoPaths.SmallNewFeed);
        council = await database.CouncilAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Confirm_RecordsWhoWhenAndTheApprovedVersion()
    {
        await using var db = database.ContextFor(council);
        var role = await db.RoleAsync("Software Developer", r => r.Status = MappingStatus.Suggested);

        var problem = await db.Mapping().ConfirmAsync(role, "ST0116", "Fits the ICT team", new SuggestionFacts(Confidence.High, "title words"), Workspaces.Person, default);

        Assert.Null(problem);
        await using var check = database.ContextFor(council);
        var saved = await check.LoadAsync(role.Id);
        Assert.Equal(MappingStatus.Confirmed, saved.Status);
        Assert.Equal("Fits the ICT team", saved.MappingNote);
        Assert.Equal(Workspaces.Person.Name, saved.MappedByName);
        Assert.NotNull(saved.MappedUtc);
        var primary = Assert.Single(saved.Standards);
        Assert.Equal(("ST0116", RoleStandardKind.Primary, "1.2", Confidence.High), (primary.Reference, primary.Kind, primary.VersionWhenDecided, primary.Confidence));
    }

    [Fact]
    public async Task Confirm_AStandardThatIsNotApproved_IsRefused()
    {
        await using var db = database.ContextFor(council);
        var role = await db.RoleAsync("Dental technician");

        var problem = await db.Mapping().ConfirmAsync(role, "ST0108", null, SuggestionFacts.None, Workspaces.Person, default);

        Assert.Equal("ST0108 is not an approved standard, so it cannot be confirmed.", problem);
        Assert.Equal(0, await db.RoleStandards.CountAsync());
    }

    [Fact]
    public async Task ConfirmAnother_ReplacesThePrimaryAndKeepsAlternatives()
    {
        await using var db = database.ContextFor(council);
        var role = await db.ConfirmedRoleAsync("Finance Assistant", "ST0002", "ST0070");

        await db.Mapping().ConfirmAsync(role, "ST0003", null, SuggestionFacts.None, Workspaces.Person, default);

        var saved = await database.ContextFor(council).LoadAsync(role.Id);
        Assert.Equal(["ST0003:Primary", "ST0070:Alternative"], saved.Standards.OrderBy(s => s.Reference).Select(s => $"{s.Reference}:{s.Kind}"));
    }

    [Fact]
    public async Task Alternative_BeforeAPrimary_IsRefused()
    {
        await using var db = database.ContextFor(council);
        var role = await db.RoleAsync("Team Leader");

        var problem = await db.Mapping().AddAlternativeAsync(role, "ST0384", SuggestionFacts.None, Workspaces.Person, default);

        Assert.StartsWith("Confirm the role's main standard first", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectThePrimary_ReopensTheRoleAndKeepsTheRejection()
    {
        await using var db = database.ContextFor(council);
        var role = await db.ConfirmedRoleAsync("Business Support Officer", "ST0070");
        role.SuggestedReference = "ST0070";
        await db.SaveChangesAsync();

        await db.Mapping().RejectAsync(role, "ST0070", "Not an admin role here", SuggestionFacts.None, Workspaces.Person, default);

        var saved = await database.ContextFor(council).LoadAsync(role.Id);
        Assert.Equal(MappingStatus.Suggested, saved.Status);
        Assert.Null(saved.MappedByName);
        Assert.Equal("Not an admin role here", saved.MappingNote);
        Assert.Equal(RoleStandardKind.Rejected, Assert.Single(saved.Standards).Kind);
    }

    [Fact]
    public async Task NoSuitableStandard_DropsPrimaryAndAlternativesButKeepsRejections()
    {
        await using var db = database.ContextFor(council);
        var role = await db.ConfirmedRoleAsync("Lifeguard", "ST0070", "ST0072");
        await db.Mapping().RejectAsync(role, "ST0384", null, SuggestionFacts.None, Workspaces.Person, default);

        await db.Mapping().NoSuitableStandardAsync(role, "No pool apprenticeship", Workspaces.Person, default);

        var saved = await database.ContextFor(council).LoadAsync(role.Id);
        Assert.Equal(MappingStatus.NoSuitableStandard, saved.Status);
        Assert.Equal("No pool apprenticeship", saved.MappingNote);
        Assert.Equal(["ST0384:Rejected"], saved.Standards.Select(s => $"{s.Reference}:{s.Kind}"));
    }

    [Fact]
    public async Task Remove_ARejection_ForgetsIt()
    {
        await using var db = database.ContextFor(council);
        var role = await db.RoleAsync("Customer Service Adviser");
        await db.Mapping().RejectAsync(role, "ST0072", null, SuggestionFacts.None, Workspaces.Person, default);

        await db.Mapping().RemoveAsync(role, "ST0072", default);

        Assert.Empty((await database.ContextFor(council).LoadAsync(role.Id)).Standards);
    }

    [Fact]
    public async Task ConfirmHighConfidence_ConfirmsOnlyHighSuggestionsOfApprovedStandards()
    {
        await using var db = database.ContextFor(council);
        Action<Core.Workspace.JobRole> Suggest(string reference, Confidence confidence) => r =>
            (r.Status, r.SuggestedReference, r.SuggestedConfidence, r.SuggestedReason) = (MappingStatus.Suggested, reference, confidence, "title words");
        var high = await db.RoleAsync("Software Developer", Suggest("ST0116", Confidence.High));
        var highInPlanning = await db.RoleAsync("Town Planner", r => { Suggest("ST0536", Confidence.High)(r); r.ServiceArea = "Planning"; });
        var medium = await db.RoleAsync("Accounts Assistant", Suggest("ST0002", Confidence.Medium));
        var retired = await db.RoleAsync("Dental Technician", Suggest("ST0108", Confidence.High));

        var all = await db.Mapping().ConfirmHighConfidenceAsync(q => q.Where(r => r.ServiceArea == null), Workspaces.Person, default);

        Assert.Equal(1, all);
        await using var check = database.ContextFor(council);
        var statuses = await check.JobRoles.ToDictionaryAsync(r => r.Id, r => r.Status);
        Assert.Equal(MappingStatus.Confirmed, statuses[high.Id]);
        Assert.Equal(MappingStatus.Suggested, statuses[highInPlanning.Id]);
        Assert.Equal(MappingStatus.Suggested, statuses[medium.Id]);
        Assert.Equal(MappingStatus.Suggested, statuses[retired.Id]);
        var decided = await check.RoleStandards.SingleAsync();
        Assert.Equal((high.Id, "1.2", Confidence.High), (decided.JobRoleId, decided.VersionWhenDecided, decided.Confidence));
        Assert.Equal(RoleMapping.BulkNote, (await check.JobRoles.SingleAsync(r => r.Id == high.Id)).MappingNote);
    }
}
