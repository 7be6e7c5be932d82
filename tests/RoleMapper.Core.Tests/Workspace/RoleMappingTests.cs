using static RoleMapper.TestSupport.Matchers;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>
/// The decisions a Council makes about a role's standards, on the small 22 Aug 2026 feed, through Core's
/// <see cref="RoleMapping"/> as the role page makes them; the matcher is a fake whose suggestions each test states.
/// </summary>
public abstract class RoleMappingTests(DatabaseProvider provider) : WorkspaceTest(provider, RepoPaths.SmallNewFeed)
{
    public sealed class OnSqlite() : RoleMappingTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : RoleMappingTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Confirm_RecordsWhoWhenTheApprovedVersionAndTheMatchersView()
    {
        Matcher.Suggests("Software Developer", Candidate("ST0116", Confidence.High, "title words: software, developer"));
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.Db.RoleAsync("Software Developer", r => r.Status = MappingStatus.Suggested);

        var decision = await workspace.Mapping.ConfirmAsync(role.Id, " st0116 ", "Fits the ICT team", Workspaces.Person, default);

        Assert.Equal(Decision.Done, decision);
        await using var check = Database.ContextFor(Council);
        var saved = await check.LoadAsync(role.Id);
        Assert.Equal(MappingStatus.Confirmed, saved.Status);
        Assert.Equal("Fits the ICT team", saved.MappingNote);
        Assert.Equal(Workspaces.Person.Name, saved.MappedByName);
        Assert.NotNull(saved.MappedUtc);
        var primary = Assert.Single(saved.Standards);
        Assert.Equal(("ST0116", RoleStandardKind.Primary, "1.2", Confidence.High, "title words: software, developer"),
            (primary.Reference, primary.Kind, primary.VersionWhenDecided, primary.Confidence, primary.Reason));
    }

    [Fact]
    public async Task Confirm_AStandardThatIsNotApproved_IsRefused()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.Db.RoleAsync("Dental technician");

        var decision = await workspace.Mapping.ConfirmAsync(role.Id, "ST0108", null, Workspaces.Person, default);

        Assert.Equal(Decision.Refused("ST0108 is not an approved standard, so it cannot be confirmed."), decision);
        Assert.Equal(0, await workspace.Db.RoleStandards.CountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ST0116ST0116X")]
    public async Task Confirm_NoReadableReference_AsksForAStandard(string reference)
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.Db.RoleAsync("Software Developer");

        Assert.Equal(Decision.Refused(RoleMapping.ChooseAStandard), await workspace.Mapping.ConfirmAsync(role.Id, reference, null, Workspaces.Person, default));
    }

    [Fact]
    public async Task Decide_AnotherCouncilsRole_IsNotFound()
    {
        int theirs;
        await using (var other = Database.WorkspaceFor(await Database.CouncilAsync()))
        {
            theirs = (await other.Db.RoleAsync("Software Developer")).Id;
        }
        await using var workspace = Database.WorkspaceFor(Council);

        Assert.Equal(Decision.NotFound, await workspace.Mapping.ConfirmAsync(theirs, "ST0116", null, Workspaces.Person, default));
        Assert.Equal(Decision.NotFound, await workspace.Mapping.NoSuitableStandardAsync(theirs, null, Workspaces.Person, default));
    }

    [Fact]
    public async Task ConfirmAnother_ReplacesThePrimaryAndKeepsAlternatives()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.ConfirmedRoleAsync("Finance Assistant", "ST0002", "ST0070");

        await workspace.Mapping.ConfirmAsync(role.Id, "ST0003", null, Workspaces.Person, default);

        var saved = await Database.ContextFor(Council).LoadAsync(role.Id);
        Assert.Equal(["ST0003:Primary", "ST0070:Alternative"], saved.Standards.OrderBy(s => s.Reference).Select(s => $"{s.Reference}:{s.Kind}"));
    }

    [Fact]
    public async Task Alternative_BeforeAPrimary_IsRefused()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.Db.RoleAsync("Team Leader");

        var decision = await workspace.Mapping.AddAlternativeAsync(role.Id, "ST0384", null, Workspaces.Person, default);

        Assert.Equal(DecisionOutcome.Refused, decision.Outcome);
        Assert.StartsWith("Confirm the role's main standard first", decision.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectThePrimary_ReopensTheRole_AndTheNextBestSuggestionTakesItsPlace()
    {
        Matcher.Suggests("Business Support Officer", Candidate("ST0070"), Candidate("ST0072", Confidence.Medium, "keyword 'customer'"));
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.ConfirmedRoleAsync("Business Support Officer", "ST0070");

        await workspace.Mapping.RejectAsync(role.Id, "ST0070", "Not an admin role here", Workspaces.Person, default);

        var saved = await Database.ContextFor(Council).LoadAsync(role.Id);
        Assert.Equal((MappingStatus.Suggested, "ST0072", Confidence.Medium), (saved.Status, saved.SuggestedReference, saved.SuggestedConfidence));
        Assert.Null(saved.MappedByName);
        // The confirmation's note no longer stands; the rejection's note is in the history.
        Assert.Null(saved.MappingNote);
        var rejection = await Database.ContextFor(Council).RoleDecisions.OrderBy(d => d.Id).LastAsync(d => d.JobRoleId == role.Id);
        Assert.Equal((RoleDecisionKind.Rejected, "ST0070", "Not an admin role here"), (rejection.Kind, rejection.Reference, rejection.Note));
        Assert.Equal(RoleStandardKind.Rejected, Assert.Single(saved.Standards).Kind);
    }

    [Fact]
    public async Task NoSuitableStandard_DropsPrimaryAndAlternativesButKeepsRejections()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.ConfirmedRoleAsync("Lifeguard", "ST0070", "ST0072");
        await workspace.Mapping.RejectAsync(role.Id, "ST0384", null, Workspaces.Person, default);

        await workspace.Mapping.NoSuitableStandardAsync(role.Id, "No pool apprenticeship", Workspaces.Person, default);

        var saved = await Database.ContextFor(Council).LoadAsync(role.Id);
        Assert.Equal(MappingStatus.NoSuitableStandard, saved.Status);
        Assert.Equal("No pool apprenticeship", saved.MappingNote);
        Assert.Equal(["ST0384:Rejected"], saved.Standards.Select(s => $"{s.Reference}:{s.Kind}"));
    }

    [Fact]
    public async Task Remove_ARejection_ForgetsIt_AndTheStandardIsSuggestedAgain()
    {
        Matcher.Suggests("Customer Service Adviser", Candidate("ST0072"));
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.Db.RoleAsync("Customer Service Adviser");
        await workspace.Mapping.RejectAsync(role.Id, "ST0072", null, Workspaces.Person, default);
        Assert.Null((await Database.ContextFor(Council).LoadAsync(role.Id)).SuggestedReference);

        await workspace.Mapping.RemoveAsync(role.Id, "ST0072", null, Workspaces.Person, default);

        var saved = await Database.ContextFor(Council).LoadAsync(role.Id);
        Assert.Empty(saved.Standards);
        Assert.Equal((MappingStatus.Suggested, "ST0072"), (saved.Status, saved.SuggestedReference));
    }

    [Fact]
    public async Task ConfirmHighConfidence_ConfirmsOnlyHighSuggestionsOfApprovedStandards()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var db = workspace.Db;
        Action<JobRole> Suggest(string reference, Confidence confidence) => r =>
            (r.Status, r.SuggestedReference, r.SuggestedConfidence, r.SuggestedReason) = (MappingStatus.Suggested, reference, confidence, "title words");
        var high = await db.RoleAsync("Software Developer", Suggest("ST0116", Confidence.High));
        var highInPlanning = await db.RoleAsync("Town Planner", r => { Suggest("ST0536", Confidence.High)(r); r.ServiceArea = "Planning"; });
        var medium = await db.RoleAsync("Accounts Assistant", Suggest("ST0002", Confidence.Medium));
        var retired = await db.RoleAsync("Dental Technician", Suggest("ST0108", Confidence.High));

        var all = await workspace.Mapping.ConfirmHighConfidenceAsync(q => q.Where(r => r.ServiceArea == null), chosen: null, Workspaces.Person, default);

        Assert.Equal(1, all);
        await using var check = Database.ContextFor(Council);
        var statuses = await check.JobRoles.ToDictionaryAsync(r => r.Id, r => r.Status);
        Assert.Equal(MappingStatus.Confirmed, statuses[high.Id]);
        Assert.Equal(MappingStatus.Suggested, statuses[highInPlanning.Id]);
        Assert.Equal(MappingStatus.Suggested, statuses[medium.Id]);
        Assert.Equal(MappingStatus.Suggested, statuses[retired.Id]);
        var decided = await check.RoleStandards.SingleAsync();
        Assert.Equal((high.Id, "1.2", Confidence.High), (decided.JobRoleId, decided.VersionWhenDecided, decided.Confidence));
        Assert.Equal(RoleMapping.BulkNote, (await check.JobRoles.SingleAsync(r => r.Id == high.Id)).MappingNote);
    }

    [Fact]
    public async Task ConfirmHighConfidence_Chosen_ConfirmsOnlyTheChosenThatAreStillHighSuggestionsOfTheStandardShown()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var db = workspace.Db;
        Action<JobRole> Suggest(string reference, Confidence confidence) => r =>
            (r.Status, r.SuggestedReference, r.SuggestedConfidence) = (MappingStatus.Suggested, reference, confidence);
        var ticked = await db.RoleAsync("Software Developer", Suggest("ST0116", Confidence.High));
        var unticked = await db.RoleAsync("Team Leader", Suggest("ST0384", Confidence.High));
        var medium = await db.RoleAsync("Accounts Assistant", Suggest("ST0002", Confidence.Medium));
        var confirmed = await workspace.ConfirmedRoleAsync("Business Administrator", "ST0070");
        var otherCouncil = await Database.CouncilAsync("Other Council");
        int othersRole;
        await using (var other = Database.ContextFor(otherCouncil))
        {
            othersRole = (await other.RoleAsync("Software Developer", Suggest("ST0116", Confidence.High))).Id;
        }

        var count = await workspace.Mapping.ConfirmHighConfidenceAsync(q => q,
            [new(ticked.Id, "ST0116"), new(medium.Id, "ST0002"), new(confirmed.Id, "ST0070"), new(othersRole, "ST0116"), new(ticked.Id, "ST0116")],
            Workspaces.Person, default);

        Assert.Equal(1, count);
        await using var check = Database.NewContext();
        var statuses = await check.JobRoles.IgnoreQueryFilters().ToDictionaryAsync(r => r.Id, r => r.Status);
        Assert.Equal(MappingStatus.Confirmed, statuses[ticked.Id]);
        Assert.Equal(MappingStatus.Suggested, statuses[unticked.Id]);
        Assert.Equal(MappingStatus.Suggested, statuses[medium.Id]);
        Assert.Equal(MappingStatus.Suggested, statuses[othersRole]);
        // The confirmed role was not confirmed again: its one decision is the person's own, not a bulk one.
        Assert.Equal([RoleDecisionKind.Confirmed, RoleDecisionKind.ConfirmedInBulk],
            await check.RoleDecisions.IgnoreQueryFilters().OrderBy(d => d.Id).Select(d => d.Kind).ToListAsync());
        Assert.Equal(ticked.Id, (await check.RoleDecisions.IgnoreQueryFilters().SingleAsync(d => d.Kind == RoleDecisionKind.ConfirmedInBulk)).JobRoleId);
    }

    [Fact]
    public async Task ConfirmHighConfidence_ASuggestionThatChangedSinceItWasShown_IsNotConfirmed()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        // Shown as ST0116; the refresh has since suggested ST0384 for it, still High.
        var role = await workspace.Db.RoleAsync("Software Developer", r =>
            (r.Status, r.SuggestedReference, r.SuggestedConfidence) = (MappingStatus.Suggested, "ST0384", Confidence.High));

        var count = await workspace.Mapping.ConfirmHighConfidenceAsync(q => q, [new(role.Id, "ST0116")], Workspaces.Person, default);

        Assert.Equal(0, count);
        await using var check = Database.ContextFor(Council);
        Assert.Equal(MappingStatus.Suggested, (await check.JobRoles.SingleAsync()).Status);
    }

    [Fact]
    public async Task ConfirmHighConfidence_NoneChosen_ConfirmsNothing()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        await workspace.Db.RoleAsync("Software Developer", r =>
            (r.Status, r.SuggestedReference, r.SuggestedConfidence) = (MappingStatus.Suggested, "ST0116", Confidence.High));

        var count = await workspace.Mapping.ConfirmHighConfidenceAsync(q => q, [], Workspaces.Person, default);

        Assert.Equal(0, count);
        Assert.False(await Database.ContextFor(Council).JobRoles.AnyAsync(r => r.Status == MappingStatus.Confirmed));
    }

    [Fact]
    public async Task EveryDecision_IsKeptInTheHistory_WithItsNoteWhoAndWhen()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.Db.RoleAsync("Finance Assistant");
        var mapping = workspace.Mapping;
        var other = new Decider("user-2", "finance.lead@council.example");

        await mapping.ConfirmAsync(role.Id, "ST0002", "Fits the team", Workspaces.Person, default);
        await mapping.AddAlternativeAsync(role.Id, "ST0070", "Also for admin posts", Workspaces.Person, default);
        await mapping.RejectAsync(role.Id, "ST0003", "Too senior", other, default);
        await mapping.RemoveAsync(role.Id, "ST0070", "Admin posts moved out", other, default);
        await mapping.NoSuitableStandardAsync(role.Id, "Trained in-house", Workspaces.Person, default);

        await using var check = Database.ContextFor(Council);
        var history = await check.RoleDecisions.Where(d => d.JobRoleId == role.Id).OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(
        [
            (RoleDecisionKind.Confirmed, "ST0002", "2.0", "Fits the team", "hr.lead@council.example"),
            (RoleDecisionKind.AlternativeAdded, "ST0070", "1.0", "Also for admin posts", "hr.lead@council.example"),
            (RoleDecisionKind.Rejected, "ST0003", "2.0", "Too senior", "finance.lead@council.example"),
            (RoleDecisionKind.Removed, "ST0070", "1.0", "Admin posts moved out", "finance.lead@council.example"),
            (RoleDecisionKind.NoSuitableStandard, null, null, "Trained in-house", "hr.lead@council.example"),
        ], history.Select(d => (d.Kind, d.Reference, d.Version, d.Note, d.DecidedByName)));
        Assert.All(history, d => Assert.Equal((Council, d.DecidedByName == "hr.lead@council.example" ? "user-1" : "user-2"), (d.OrganisationId, d.DecidedByUserId)));
        Assert.All(history, d => Assert.NotEqual(default, d.DecidedUtc));
    }

    [Fact]
    public async Task RefusedDecision_AddsNothingToTheHistory()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.Db.RoleAsync("Dental technician");

        await workspace.Mapping.ConfirmAsync(role.Id, "ST0108", "Retired standard", Workspaces.Person, default);
        var removed = await workspace.Mapping.RemoveAsync(role.Id, "ST0116", null, Workspaces.Person, default);

        Assert.Equal(Decision.Refused("ST0116 is not part of the role's mapping."), removed);
        Assert.Equal(0, await Database.ContextFor(Council).RoleDecisions.CountAsync());
    }

    [Fact]
    public async Task ConfirmHighConfidence_RecordsEachInTheHistoryAsABulkDecision()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.Db.RoleAsync("Software Developer", r =>
            (r.Status, r.SuggestedReference, r.SuggestedConfidence) = (MappingStatus.Suggested, "ST0116", Confidence.High));

        await workspace.Mapping.ConfirmHighConfidenceAsync(q => q, chosen: null, Workspaces.Person, default);

        var logged = await Database.ContextFor(Council).RoleDecisions.SingleAsync();
        Assert.Equal((role.Id, RoleDecisionKind.ConfirmedInBulk, "ST0116", "1.2", RoleMapping.BulkNote),
            (logged.JobRoleId, logged.Kind, logged.Reference, logged.Version, logged.Note));
    }

    [Fact]
    public async Task History_IsTheCouncilsOwn()
    {
        await using (var workspace = Database.WorkspaceFor(Council))
        {
            await workspace.ConfirmedRoleAsync("Software Developer", "ST0116");
        }
        var otherCouncil = await Database.CouncilAsync();

        await using var theirs = Database.ContextFor(otherCouncil);
        Assert.Equal(0, await theirs.RoleDecisions.CountAsync());
        Assert.Equal(1, await Database.ContextFor(Council).RoleDecisions.CountAsync());
    }

    [Fact]
    public async Task DeletingTheRole_TakesItsHistoryWithIt()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = await workspace.ConfirmedRoleAsync("Software Developer", "ST0116");

        await workspace.Roles.DeleteAsync(role.Id, default);

        Assert.Equal(0, await Database.ContextFor(Council).RoleDecisions.CountAsync());
    }
}
