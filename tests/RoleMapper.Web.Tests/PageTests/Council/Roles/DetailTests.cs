using RoleMapper.Core.Standards;
using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>One role's page: the matcher's suggestions and the mapping decisions made on it.</summary>
public abstract class DetailTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : DetailTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : DetailTests(host);

    [Fact]
    public async Task Get_Role_ShowsTheTopFiveSuggestionsWithConfidenceAndReason()
    {
        var (council, role, admin) = await RoleAsync("Software Developer");

        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");

        var suggestions = page.Document.QuerySelectorAll("[data-testid=suggestions] > li").ToList();
        Assert.InRange(suggestions.Count, 1, 5);
        Assert.Contains(suggestions, s => s.GetAttribute("data-reference") == "ST0116");
        Assert.All(suggestions, s => Assert.EndsWith("confidence", s.QuerySelector(".tag")!.TextContent, StringComparison.Ordinal));
        Assert.All(suggestions, s => Assert.StartsWith("Matched on", s.QuerySelector(".result__reason")!.TextContent, StringComparison.Ordinal));
        Assert.Equal("Suggested", page.One("[data-testid=mapping-status]")!.TextContent);
    }

    [Fact]
    public async Task Post_Confirm_RecordsWhoAndWhen_AndShowsTheCurrentApprovedVersion()
    {
        var (council, role, admin) = await RoleAsync("Software Developer");
        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");

        var after = await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Confirm", ("Reference", "ST0116"), ("Note", "Fits our ICT team"));

        await using var db = host.NewContext();
        var approved = (await ApprovedVersions.ForAsync(db, ["ST0116"], default))["ST0116"];
        Assert.Equal("ST0116 is confirmed as the role's standard.", after.One("[data-testid=done]")!.TextContent.Trim());
        Assert.Equal($"Version {approved.Version}, approved for delivery", after.One("[data-testid=current-version]")!.TextContent);
        Assert.Contains(council.AdminEmail, after.One("[data-testid=mapping]")!.TextContent);
        Assert.Contains("Fits our ICT team", after.One("[data-testid=mapping]")!.TextContent);
        var saved = await host.RoleAsync(council, role.Id);
        Assert.Equal((MappingStatus.Confirmed, council.AdminEmail, council.AdminId), (saved.Status, saved.MappedByName, saved.MappedByUserId));
        var primary = Assert.Single(saved.Standards);
        Assert.Equal(("ST0116", RoleStandardKind.Primary, approved.Version), (primary.Reference, primary.Kind, primary.VersionWhenDecided));
        Assert.NotNull(primary.Confidence);
    }

    [Fact]
    public async Task Post_Alternative_IsListedBesideTheMainStandard()
    {
        var (council, role, admin) = await RoleAsync("Software Developer");
        var other = host.Match("Software Developer", 10).Candidates.First(c => c.Reference != "ST0116").Reference;
        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");
        await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Confirm", ("Reference", "ST0116"));

        var after = await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Alternative", ("Reference", other));

        Assert.Contains(other, after.All("[data-testid=alternatives] li").Single());
        Assert.Equal(["ST0116:Primary", $"{other}:Alternative"], (await host.RoleAsync(council, role.Id)).Standards
            .OrderBy(s => s.Kind).Select(s => $"{s.Reference}:{s.Kind}"));
    }

    [Fact]
    public async Task Post_Reject_TakesTheStandardOutOfTheSuggestions_UntilUndone()
    {
        var (council, role, admin) = await RoleAsync("Software Developer");
        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");

        var after = await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Reject", ("Reference", "ST0116"));

        Assert.DoesNotContain("ST0116", after.Document.QuerySelectorAll("[data-testid=suggestions] > li").Select(li => li.GetAttribute("data-reference")));
        Assert.Contains("ST0116", after.One("[data-testid=rejected]")!.TextContent);
        Assert.NotEqual("ST0116", (await host.RoleAsync(council, role.Id)).SuggestedReference);

        var undone = await admin.PressAsync(after, $"/council/roles/{role.Id}?handler=Remove", ("Reference", "ST0116"));

        Assert.Contains("ST0116", undone.Document.QuerySelectorAll("[data-testid=suggestions] > li").Select(li => li.GetAttribute("data-reference")));
        Assert.Empty((await host.RoleAsync(council, role.Id)).Standards);
    }

    [Fact]
    public async Task Post_Reject_KeepsItsNote_AndTheHistoryShowsIt()
    {
        var (council, role, admin) = await RoleAsync("Software Developer");
        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");

        var after = await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Reject", ("Reference", "ST0116"), ("Note", "Our developers are not apprentices"));

        await using var db = host.NewContext();
        var label = (await StandardLabels.LoadAsync(db, ["ST0116"], default))["ST0116"];
        Assert.StartsWith("ST0116 Software developer (level ", label, StringComparison.Ordinal);
        var entry = after.All("[data-testid=history] li").First();
        Assert.Contains($"Rejected {label}", entry);
        Assert.Contains("Note: Our developers are not apprentices", entry);
        Assert.Contains(council.AdminEmail, entry);
        await using var councilDb = host.CouncilContext(council);
        var kept = await councilDb.RoleDecisions.SingleAsync(d => d.JobRoleId == role.Id);
        Assert.Equal((RoleDecisionKind.Rejected, "ST0116", "Our developers are not apprentices", council.AdminEmail, council.AdminId),
            (kept.Kind, kept.Reference, kept.Note, kept.DecidedByName, kept.DecidedByUserId));
    }

    [Fact]
    public async Task Get_Role_ShowsEveryDecision_NewestFirst_WithItsNote()
    {
        var (council, role, admin) = await RoleAsync("Software Developer");
        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");
        Assert.NotNull(page.One("[data-testid=history-empty]"));
        await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Confirm", ("Reference", "ST0116"), ("Note", "Fits the ICT team"));
        await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Remove", ("Reference", "ST0116"), ("Note", "The team is being outsourced"));
        await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=NoSuitable", ("Note", "Contractors only"));

        var after = await admin.GetPageAsync($"/council/roles/{role.Id}");

        var entries = after.All("[data-testid=history] li").ToList();
        Assert.Equal(3, entries.Count);
        Assert.StartsWith("Decided no apprenticeship standard fits", entries[0], StringComparison.Ordinal);
        Assert.Contains("Note: Contractors only", entries[0]);
        Assert.StartsWith("Took ST0116 Software developer (level ", entries[1], StringComparison.Ordinal);
        Assert.Contains("Note: The team is being outsourced", entries[1]);
        Assert.StartsWith("Confirmed ST0116 Software developer (level ", entries[2], StringComparison.Ordinal);
        Assert.Contains("Note: Fits the ICT team", entries[2]);
        Assert.Equal(["Contractors only", "The team is being outsourced", "Fits the ICT team"],
            after.All("[data-testid=history-note]").Select(n => n["Note: ".Length..]));
    }

    [Fact]
    public async Task Post_NoSuitableStandard_KeepsTheNote()
    {
        var (council, role, admin) = await RoleAsync("Lifeguard");
        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");

        var after = await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=NoSuitable", ("Note", "Trained in-house by the leisure trust"));

        Assert.Equal("No suitable standard", after.One("[data-testid=mapping-status]")!.TextContent);
        Assert.Contains("Trained in-house by the leisure trust", after.One("main")!.TextContent);
        var saved = await host.RoleAsync(council, role.Id);
        Assert.Equal((MappingStatus.NoSuitableStandard, "Trained in-house by the leisure trust"), (saved.Status, saved.MappingNote));
    }

    [Fact]
    public async Task Post_ConfirmAStandardThatIsNotApproved_ShowsWhyAndChangesNothing()
    {
        var (council, role, admin) = await RoleAsync("Software Developer");
        await using var db = host.NewContext();
        var retired = await db.StandardVersions.Where(v => v.Status == StandardStatus.Retired)
            .Where(v => !db.StandardVersions.Any(o => o.Reference == v.Reference && o.Status == StandardStatus.ApprovedForDelivery))
            .Select(v => v.Reference).FirstAsync();
        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");

        var after = await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Confirm", ("Reference", retired));

        Assert.Equal([$"{retired} is not an approved standard, so it cannot be confirmed."], after.Errors);
        Assert.Equal(MappingStatus.Suggested, (await host.RoleAsync(council, role.Id)).Status);
    }

    [Fact]
    public async Task Post_NoteTooLong_IsAnErrorOnTheNote()
    {
        var (_, role, admin) = await RoleAsync("Software Developer");
        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");

        var after = await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Confirm", ("Reference", "ST0116"), ("Note", new string('n', 2001)));

        Assert.Equal(["Enter a note of 2,000 characters or fewer"], after.Errors);
        Assert.NotNull(after.One("#Note-error"));
    }

    [Fact]
    public async Task Get_Search_FindsOtherStandardsToChooseFrom()
    {
        var (_, role, admin) = await RoleAsync("ICT Officer");

        var page = await admin.GetPageAsync($"/council/roles/{role.Id}?q=software+developer");

        Assert.Contains("ST0116", page.Document.QuerySelectorAll("[data-testid=found] > li").Select(li => li.GetAttribute("data-reference")));
        Assert.NotNull(page.One("[data-testid=found] button[value=ST0116][form=decide]"));
    }

    [Fact]
    public async Task Get_RoleNeedingReview_SaysWhy_AndConfirmingAgainClearsIt()
    {
        var (council, role, admin) = await RoleAsync("Software Developer");
        var page = await admin.GetPageAsync($"/council/roles/{role.Id}");
        await admin.PressAsync(page, $"/council/roles/{role.Id}?handler=Confirm", ("Reference", "ST0116"));
        await using (var db = host.CouncilContext(council))
        {
            await db.JobRoles.Where(r => r.Id == role.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.NeedsReview, true).SetProperty(r => r.ReviewReason, "ST0116 moved from version 1.1 to 1.2 on 22/08/2026"));
        }

        var flagged = await admin.GetPageAsync($"/council/roles/{role.Id}");
        var after = await admin.PressAsync(flagged, $"/council/roles/{role.Id}?handler=Confirm", ("Reference", "ST0116"));

        Assert.Contains("ST0116 moved from version 1.1 to 1.2 on 22/08/2026.", flagged.One("[data-testid=review]")!.TextContent);
        Assert.Null(after.One("[data-testid=review]"));
        Assert.False((await host.RoleAsync(council, role.Id)).NeedsReview);
    }

    [Fact]
    public async Task Get_UnknownRole_ReturnsNotFound()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetPageAsync("/council/roles/999999")).Status);
    }

    private async Task<(TestCouncil Council, JobRole Role, HttpClient Admin)> RoleAsync(string title)
    {
        var council = await host.CouncilAsync();
        var role = (await host.RolesAsync(council, title)).Single();
        return (council, role, await host.SignedInAsync(council.AdminEmail));
    }
}
