namespace RoleMapper.Web.Tests.PageTests.Council;

/// <summary>
/// The programme pages and the MOT over real HTTP: a council enters figures, the adviser (sector role) writes and
/// publishes an MOT, and nobody sees what is not theirs: another council's years, a draft, another council's MOT, or
/// the adviser's pages from a council account.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ProgrammeAndMotTests(HostFixture host)
{
    [Fact]
    public async Task Programme_AYearEnteredOnTheForm_IsListedWithItsShares_ForThatCouncilOnly()
    {
        var council = await host.CouncilAsync();
        var other = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        var form = await admin.GetPageAsync("/council/programme/edit");

        var bad = await admin.SubmitAndFollowAsync(form, "[data-testid=programme-form]", ("Values[Year]", "2025-27"), ("Values[Headcount]", "10"), ("Values[StartsNewRecruits]", "11"));
        var list = await admin.SubmitAndFollowAsync(form, "[data-testid=programme-form]", ("Values[Year]", "2025-26"), ("Values[Headcount]", "2,000"),
            ("Values[StartsNewRecruits]", "20"), ("Values[StartsExistingStaff]", "26"), ("Values[LevyPaid]", "£300,000"), ("Values[LevySpent]", "150000"));
        var theirs = await (await host.SignedInAsync(other.AdminEmail)).GetPageAsync("/council/programme");
        var theirEdit = await (await host.SignedInAsync(other.AdminEmail)).GetPageAsync("/council/programme/edit?year=2025");

        Assert.Equal(["The year \"2025-27\" is not a financial year like 2025-26 (two years in a row, from 2017-18)"], bad.Errors);
        var row = WebPage.Normalize(list.One("[data-testid=programme-years] tbody tr")!.TextContent);
        Assert.Contains("2025-26", row, StringComparison.Ordinal);
        Assert.Contains("2.3% Target met", row, StringComparison.Ordinal);
        Assert.Contains("50.0%", row, StringComparison.Ordinal);
        Assert.NotNull(theirs.One("[data-testid=no-years]"));
        Assert.Equal(HttpStatusCode.NotFound, theirEdit.Status);
    }

    [Fact]
    public async Task Mot_CouncilUsersCannotOpenTheAdvisersPages()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        using var response = await admin.GetAsync($"/sector/mot?council={council.Id}");

        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mot_TheCouncilSeesItsMotOnlyOncePublished_AndNoOtherCouncilEver()
    {
        var council = await host.CouncilAsync();
        var other = await host.CouncilAsync();
        var sector = await host.SignedInSectorAsync();
        var start = await sector.GetPageAsync($"/sector/mot?council={council.Id}");
        var edit = await sector.SubmitAndFollowAsync(start, "[data-testid=start-mot]");
        var id = int.Parse(edit.Path.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var owner = await host.SignedInAsync(council.AdminEmail);
        var stranger = await host.SignedInAsync(other.AdminEmail);

        var saved = await sector.SubmitAndFollowAsync(edit, "[data-testid=mot-form]", ("ReviewedOn", "2026-09-01"), ("Year", "2025-26"),
            ("External[workforce-development]", "Maturing"), ("Comment[workforce-development]", "=HYPERLINK(\"http://x\")"),
            ("Priorities", "Cost the plan"), ("LgaSupport", "Levy transfer workshop"), ("then", "save"));
        var draftSeen = await owner.GetPageAsync($"/council/mot?id={id}");
        var published = await sector.SubmitAndFollowAsync(saved, "[data-testid=mot-form]", ("ReviewedOn", "2026-09-01"), ("Year", "2025-26"),
            ("External[workforce-development]", "Maturing"), ("Priorities", "Cost the plan"), ("LgaSupport", "Levy transfer workshop"), ("then", "publish"));
        var ownView = await owner.GetPageAsync("/council/mot");
        var strangerView = await stranger.GetPageAsync($"/council/mot?id={id}");
        var strangerList = await stranger.GetPageAsync("/council/mot");

        Assert.Contains("=HYPERLINK", saved.One("[data-testid=mot-comments]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, draftSeen.Status);
        Assert.Null(published.One("[data-testid=mot-form]"));
        Assert.Equal("Cost the plan", ownView.One("[data-testid=mot-priorities]")!.TextContent);
        Assert.Contains("Maturing", ownView.One("[data-testid=mot-strands]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, strangerView.Status);
        Assert.NotNull(strangerList.One("[data-testid=no-mot]"));
    }
}
